import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';

/** One request the bench repeats: a GraphQL document, the operation in it and its variables. */
export interface Scenario {
  name: string;
  body: string;
  /** Its SQL is explained (ANALYZE, BUFFERS) into the results file. */
  explain: boolean;
}

const OPERATIONS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../packages/schema/operations/public',
);

/** Searches a journalist types: a word of unit names and an acronym held as an alias. */
const NAME_WORD = 'puskesmas';
const ACRONYM = 'DPMPTSP';

/** The public app's own operations (packages/schema/operations/public), as its pages send them. */
async function operation(file: string, operationName: string, variables: object): Promise<string> {
  const query = await readFile(path.join(OPERATIONS, file), 'utf8');
  return JSON.stringify({ query, operationName, variables });
}

/** The directory page's request: its first page (20), by name, with the filter given. */
const directory = (filter: object) =>
  operation('units.graphql', 'DirectoryUnits', {
    first: 20,
    filter,
    orderBy: { field: 'NAME', direction: 'ASC' },
  });

/**
 * The largest province and one of its regencies, by the registry's region rule (decision 0035), so
 * that a province filter matches many units and a city filter a few hundred.
 */
export async function journalistRegions(dataSource: DataSource): Promise<{ province: string; city: string }> {
  const byRegion = `FROM unit u JOIN instansi i ON i.id = u.instansi_id WHERE u.archived_at IS NULL`;
  const [{ province }] = (await dataSource.query(
    `SELECT split_part(unit_region(u.region_code, i.region_code), '.', 1) AS province ${byRegion}
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  )) as [{ province: string }];
  const [inProvince] = (await dataSource.query(
    `SELECT i.region_code AS city ${byRegion} AND i.region_code LIKE $1 || '.%'
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    [province],
  )) as Array<{ city: string }>;
  // The demo province's regencies may all sit at province level: the city is then the province.
  return { province, city: inProvince?.city ?? province };
}

/** What a journalist asks the public registry: the directory filtered and searched, and statistics. */
export async function journalistScenarios(regions: { province: string; city: string }): Promise<Scenario[]> {
  const { province, city } = regions;
  const scenario = async (name: string, body: Promise<string>, explain = false): Promise<Scenario> => ({
    name,
    body: await body,
    explain,
  });
  return Promise.all([
    scenario(`directory by name, province ${province}`, directory({ regionCode: province }), true),
    scenario(`directory by name, city ${city}`, directory({ regionCode: city }), true),
    scenario('directory by name, active predicate WBK', directory({ predicate: 'WBK' })),
    scenario(`directory by name, search "${NAME_WORD}"`, directory({ search: NAME_WORD }), true),
    scenario(`directory by name, search "${ACRONYM}"`, directory({ search: ACRONYM }), true),
    scenario(
      `directory by name, search "${NAME_WORD}", city ${city}`,
      directory({ search: NAME_WORD, regionCode: city }),
    ),
    scenario('statistics', operation('statistics.graphql', 'Statistics', {})),
    scenario(
      `statistics, province ${province}`,
      operation('statistics.graphql', 'Statistics', { filter: { regionCode: province } }),
      true,
    ),
    scenario(
      `statistics, city ${city}`,
      operation('statistics.graphql', 'Statistics', { filter: { regionCode: city } }),
    ),
  ]);
}
