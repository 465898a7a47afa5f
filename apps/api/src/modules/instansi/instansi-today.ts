import type { EntityManager } from 'typeorm';
import { todayIn } from '../../common/dates.js';
import { timeZoneOr } from '../../common/indonesian-time.js';
import { instansiTimeZone } from './instansi-time-zone.queries.js';

/** Today in the instansi's time zone: the date of what it issues (an LHE, a proposal's letters, a report). */
export async function todayOfInstansi(manager: EntityManager, instansiId: string, now = Date.now()) {
  const [instansi] = await instansiTimeZone(manager, { instansiId });
  return todayIn(timeZoneOr(instansi?.time_zone), now);
}
