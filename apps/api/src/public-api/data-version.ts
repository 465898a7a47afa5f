import type { DataSource, EntityManager } from 'typeorm';

/** The version of the public data; every write to a public table bumps it (a trigger). */
export async function publicDataVersion(dataSource: DataSource | EntityManager): Promise<string> {
  const [row] = (await dataSource.query('SELECT version FROM public_data_version')) as { version: string }[];
  return row?.version ?? '0';
}
