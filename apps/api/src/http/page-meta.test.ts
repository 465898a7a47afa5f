import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DirectoryUnitsDocument } from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, graphql, type TestApp } from '../test/harness.js';

const INDEX = `<!doctype html>
<html lang="id">
  <head>
    <meta name="description" content="Registri terbuka." />
    <title>Registri Zona Integritas</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

let app: TestApp;
beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'zi-site-'));
  await writeFile(path.join(dir, 'index.html'), INDEX);
  app = await createTestApp({ publicAppDir: dir });
});
afterAll(() => app.close());

const page = async (pathname: string) => (await fetch(`${app.url}${pathname}`)).text();

describe('pages as crawlers and link previews see them', () => {
  it("gives a unit page the unit's name, stage and Open Graph tags", async () => {
    const result = await graphql(`${app.url}/graphql`, DirectoryUnitsDocument, {
      first: 1,
      filter: { stage: 'WBBM' },
    });
    const unit = result.data?.units.edges[0]?.node;
    if (!unit) throw new Error('The demo has no WBBM unit.');
    const html = await page(`/units/${unit.id}`);
    expect(html).toContain(`<title>${unit.name} · Registri Zona Integritas</title>`);
    expect(html).toContain(`<meta name="description" content="${unit.name} berpredikat Menuju WBBM.`);
    expect(html).toContain(`<meta property="og:title" content="${unit.name} · Registri Zona Integritas" />`);
    expect(html).toMatch(/<meta property="og:url" content="http:\/\/127\.0\.0\.1:\d+\/units\/[\w-]+" \/>/);
  });

  it('describes the fixed pages and leaves unknown ones as they are', async () => {
    expect(await page('/verifikasi?kode=PI-AAAA-BBBB')).toContain(
      '<title>Verifikasi pakta integritas · Registri',
    );
    expect(await page('/data')).toContain('CC BY 4.0');
    expect(await page('/units/not-a-unit')).toContain('<title>Registri Zona Integritas</title>');
    expect(await page('/')).toBe(INDEX);
  });

  it('escapes what it injects', async () => {
    await app.dataSource.query(
      `UPDATE unit SET name = 'Dinas "Kreatif" <Baru>' WHERE name = 'Dinas Pariwisata'`,
    );
    const result = await graphql(`${app.url}/graphql`, DirectoryUnitsDocument, {
      first: 1,
      filter: { search: 'Kreatif' },
    });
    const html = await page(`/units/${result.data?.units.edges[0]?.node.id}`);
    expect(html).toContain(
      '<title>Dinas &quot;Kreatif&quot; &lt;Baru&gt; · Registri Zona Integritas</title>',
    );
    expect(html).not.toContain('<Baru>');
  });
});
