/**
 * Today's calendar date in western Indonesian time (WIB, UTC+7): deadlines and decree dates are
 * days in Indonesia, not in UTC. (Units in WITA/WIT are an hour or two ahead; a per-instansi zone
 * would refine this.)
 */
export function todayInIndonesia(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}
