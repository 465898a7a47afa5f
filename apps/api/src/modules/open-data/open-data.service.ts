import { createHash } from 'node:crypto';
import { toCsv } from '../../common/csv.js';
import { toGlobalId } from '../../common/global-id.js';
import type { Db } from '../../db/db.js';
import { publicDataVersion } from '../../public-api/data-version.js';
import { DATASETS, type Dataset, type Row } from './datasets.js';

export const LICENSE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export interface SnapshotFile {
  name: string;
  mediaType: string;
  body: Buffer;
  sha256: string;
  rows?: number;
}

export interface Snapshot {
  version: string;
  generatedAt: string;
  files: Map<string, SnapshotFile>;
}

/** IDs as the API gives them, so a row can be looked up with `node(id:)`. */
function withGlobalIds(dataset: Dataset, row: Row): Row {
  const converted = { ...row };
  for (const { name, globalIdOf } of dataset.columns) {
    if (globalIdOf && typeof row[name] === 'string') converted[name] = toGlobalId(globalIdOf, row[name]);
  }
  return converted;
}

const file = (name: string, mediaType: string, body: string, rows?: number): SnapshotFile => {
  const buffer = Buffer.from(body, 'utf8');
  return { name, mediaType, body: buffer, sha256: createHash('sha256').update(buffer).digest('hex'), rows };
};

/**
 * The whole public registry as downloadable files (CSV per dataset, one JSON, a manifest with
 * license, version, data dictionary and SHA-256 per file). Built once per data version and kept
 * until the data changes, so a download never costs more than a lookup.
 */
export class OpenDataService {
  private cached: Promise<Snapshot> | undefined;
  private cachedVersion: string | undefined;

  constructor(private readonly db: Db) {}

  async snapshot(): Promise<Snapshot> {
    const version = await publicDataVersion(this.db.manager);
    if (!this.cached || this.cachedVersion !== version) {
      this.cachedVersion = version;
      this.cached = this.build(version);
      this.cached.catch(() => {
        this.cached = undefined;
      });
    }
    return this.cached;
  }

  private async build(version: string): Promise<Snapshot> {
    const generatedAt = new Date().toISOString();
    const data = new Map<Dataset, Row[]>();
    for (const dataset of DATASETS) {
      const rows = (await this.db.manager.query(dataset.sql)) as Row[];
      data.set(
        dataset,
        rows.map((row) => withGlobalIds(dataset, row)),
      );
    }

    const files = new Map<string, SnapshotFile>();
    for (const [dataset, rows] of data) {
      const name = `${dataset.name}.csv`;
      const columns = dataset.columns.map((column) => column.name);
      files.set(name, file(name, 'text/csv; charset=utf-8', toCsv(columns, rows), rows.length));
    }
    const json = {
      version,
      generatedAt,
      license: LICENSE,
      ...Object.fromEntries([...data].map(([d, rows]) => [d.name, rows])),
    };
    files.set('registry.json', file('registry.json', 'application/json', JSON.stringify(json)));

    const manifest = {
      // Bahasa Indonesia first, English second, as every text the platform writes (decision 0052).
      title: { id: 'Registri Zona Integritas — data terbuka', en: 'Zona Integritas registry — open data' },
      description: {
        id: 'Unit kerja yang membangun Zona Integritas, tahapnya, predikat WBK/WBBM, dan pakta integritasnya.',
        en: 'Units building integrity zones (Zona Integritas), their stages, WBK/WBBM predicates and integrity pacts.',
      },
      license: LICENSE,
      attribution: 'Zona Integritas open registry',
      version,
      generatedAt,
      files: [...files.values()].map(({ name, mediaType, body, sha256, rows }) => ({
        name,
        path: `/open-data/${name}`,
        mediaType,
        bytes: body.length,
        sha256,
        rows,
      })),
      dictionary: Object.fromEntries(
        DATASETS.map((dataset) => [
          dataset.name,
          {
            title: dataset.title,
            columns: dataset.columns.map(({ name, type, description }) => ({ name, type, description })),
          },
        ]),
      ),
    };
    files.set('index.json', file('index.json', 'application/json', JSON.stringify(manifest, null, 2)));
    const sums = [...files.values()]
      .filter((f) => f.name !== 'index.json')
      .map((f) => `${f.sha256}  ${f.name}`);
    files.set('SHA256SUMS', file('SHA256SUMS', 'text/plain; charset=utf-8', `${sums.join('\n')}\n`));
    return { version, generatedAt, files };
  }
}
