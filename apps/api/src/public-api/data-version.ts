import type { EntityManager } from 'typeorm';
import { publicDataVersionRow } from './data-version.queries.js';

/** The version of the public data, read from the database (the API holds it from `VersionListener`). */
export async function publicDataVersion(manager: EntityManager): Promise<string> {
  const [row] = await publicDataVersionRow(manager);
  return row?.version ?? '0';
}
