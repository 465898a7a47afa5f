import type { IndonesianTimeZone } from '../../common/indonesian-time.js';
import { defineQuery } from '../../common/sql-query.js';

/** The time zone an instansi tells every date and time in (its region's, migration 1766500000000). */
export const instansiTimeZone = defineQuery<{ instansiId: string }, { time_zone: IndonesianTimeZone }>({
  sql: 'SELECT time_zone FROM instansi WHERE id = :instansiId',
  columns: { time_zone: 'text' },
});
