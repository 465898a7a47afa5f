import { createHash } from 'node:crypto';
import { DirectoryUnitsDocument, UnitPageDocument } from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../common/csv.js';
import { parseCsv } from '../../test/csv.js';
import { createTestApp, graphql, type TestApp } from '../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

interface Manifest {
  license: { id: string };
  version: string;
  files: Array<{ name: string; path: string; sha256: string; bytes: number; rows?: number }>;
  title: { id: string; en: string };
  dictionary: Record<
    string,
    {
      title: { id: string; en: string };
      columns: Array<{ name: string; description: { id: string; en: string } }>;
    }
  >;
}

const manifest = async () => (await (await fetch(`${app.url}/open-data/index.json`)).json()) as Manifest;

describe('open data downloads', () => {
  it('publishes a manifest with license, version, dictionary and a checksum per file', async () => {
    const index = await manifest();
    expect(index.license.id).toBe('CC-BY-4.0');
    expect(index.files.map((file) => file.name).sort()).toEqual(
      [
        'instansi.csv',
        'pacts.csv',
        'predicates.csv',
        'registry.json',
        'stage_events.csv',
        'units.csv',
      ].sort(),
    );
    for (const file of index.files) {
      const body = Buffer.from(await (await fetch(`${app.url}${file.path}`)).arrayBuffer());
      expect(createHash('sha256').update(body).digest('hex')).toBe(file.sha256);
      expect(body.length).toBe(file.bytes);
    }
    // Bahasa Indonesia first, English second: every title and column says what it is in both.
    expect(index.title.id).toBe('Registri Zona Integritas — data terbuka');
    for (const dataset of Object.values(index.dictionary)) {
      expect(dataset.title.id.length * dataset.title.en.length).toBeGreaterThan(0);
      for (const column of dataset.columns) {
        expect(column.description.id, column.name).not.toBe(column.description.en);
        expect(column.description.id.length, column.name).toBeGreaterThan(0);
      }
    }
    expect(index.dictionary.units?.columns[1]?.description.id).toBe('Nama unit kerja.');
    expect(Object.keys(index.dictionary.units?.columns[0] ?? {})).toEqual(['name', 'type', 'description']);
    const sums = await (await fetch(`${app.url}/open-data/SHA256SUMS`)).text();
    expect(sums).toContain(`${index.files.find((file) => file.name === 'units.csv')?.sha256}  units.csv`);
  });

  it('serves units.csv that parses and matches the public API', async () => {
    const response = await fetch(`${app.url}/open-data/units.csv`);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="?zona-integritas-units-v\d+\.csv"?/,
    );
    const [header, ...rows] = parseCsv(await response.text());
    expect(header?.slice(0, 3)).toEqual(['unit_id', 'unit_name', 'kind']);
    expect(rows).toHaveLength(253);
    const api = await graphql(`${app.url}/graphql`, DirectoryUnitsDocument, {
      first: 100,
      filter: { stage: 'BUILDING' },
    });
    const nodes = [];
    for (const { node } of api.data?.units.edges ?? []) {
      const page = await graphql(`${app.url}/graphql`, UnitPageDocument, { id: node.id });
      nodes.push({ ...node, aliases: page.data?.unit?.aliases ?? [] });
    }
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.some((unit) => unit.aliases.length > 0)).toBe(true);
    for (const unit of nodes) {
      const row = rows.find((candidate) => candidate[0] === unit.id);
      expect(row?.[1]).toBe(unit.name);
      expect(row?.[header?.indexOf('current_stage') ?? -1]).toBe('building');
      expect(row?.[header?.indexOf('aliases') ?? -1]).toBe(unit.aliases.join('|'));
    }
  });

  it('answers a revalidation with 304 and a new version after data changes', async () => {
    const first = await fetch(`${app.url}/open-data/units.csv`);
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${app.url}/open-data/units.csv`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const before = await manifest();
    await app.dataSource.query(`UPDATE unit SET address = 'Jl. Baru No. 1' WHERE name = 'Dinas Sosial'`);
    const after = await manifest();
    expect(after.version).not.toBe(before.version);
    const changed = await fetch(`${app.url}/open-data/units.csv`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
  });

  it('names the files it has when asked for one it has not', async () => {
    const response = await fetch(`${app.url}/open-data/secrets.csv`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'No file "secrets.csv". See /open-data/index.json.' });
  });
});

describe('CSV writing', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        { a: 'x, "y"', b: '=HYPERLINK("http://evil")' },
        { a: null, b: 3 },
      ],
    );
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['x, "y"', `'=HYPERLINK("http://evil")`],
      ['', '3'],
    ]);
  });
});

describe('Atom feed of changes', () => {
  it('lists the latest stage moves and pacts, newest first, linking to unit pages', async () => {
    const response = await fetch(`${app.url}/open-data/feed.atom`);
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const feed = await response.text();
    expect(feed).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    const entries = feed.match(/<entry>/g) ?? [];
    expect(entries).toHaveLength(100);
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map(
      (match) => match[1] ?? '',
    );
    expect(updated).toHaveLength(100);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed).toMatch(
      /<link rel="alternate" type="text\/html" href="http:\/\/127\.0\.0\.1:\d+\/units\/[\w-]+"\/>/,
    );
    expect(feed).toMatch(/ditetapkan sebagai unit Menuju WBBM|mencanangkan Zona Integritas/);
  });
});
