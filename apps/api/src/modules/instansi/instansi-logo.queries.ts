import { defineCommand, defineQuery } from '../../common/sql-query.js';

/** The logo on an instansi's letterhead, or none. */
export const letterheadLogo = defineQuery<{ instansiId: string }, { logo: Buffer; type: string }>({
  sql: `SELECT letterhead_logo AS logo, letterhead_logo_type AS type FROM instansi
        WHERE id = :instansiId AND letterhead_logo IS NOT NULL`,
  columns: { logo: 'bytea', type: 'text' },
});

export const setLetterheadLogo = defineCommand<{
  instansiId: string;
  logo: Buffer | null;
  type: string | null;
}>('UPDATE instansi SET letterhead_logo = :logo, letterhead_logo_type = :type WHERE id = :instansiId');
