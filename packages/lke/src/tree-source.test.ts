import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('provenance of the official tree', () => {
  it('is exactly what the importer makes of the ministry sheet in data/source', () => {
    const output = path.join(mkdtempSync(path.join(tmpdir(), 'lke-')), 'tree.json');
    execFileSync(process.execPath, [
      path.join(packageDir, 'scripts/import-lke-csv.mjs'),
      path.join(packageDir, 'data/source/lke_zi_permenpanrb_90_2021.csv'),
      output,
    ]);
    const committed = readFileSync(
      path.join(packageDir, 'src/frameworks/permenpanrb-90-2021/tree.json'),
      'utf8',
    );
    expect(readFileSync(output, 'utf8')).toBe(committed);
  });
});
