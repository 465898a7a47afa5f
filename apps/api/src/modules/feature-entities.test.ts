import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { entities } from '../db/data-source.js';

const modulesDir = path.dirname(fileURLToPath(import.meta.url));

/** Each `@Entity()` class declared in a module's source, as `module/ClassName`. */
function declaredEntities(): string[] {
  return readdirSync(modulesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .flatMap((file) => {
      const source = readFileSync(path.join(modulesDir, file), 'utf8');
      const [module] = file.split(path.sep);
      return [...source.matchAll(/@Entity\([^)]*\)\s*export class (\w+)/g)].map(
        ([, name]) => `${module}/${name}`,
      );
    });
}

describe('feature entities', () => {
  it('every entity a module declares is listed by that module’s feature, once', () => {
    const declared = declaredEntities();
    expect(declared.length).toBeGreaterThan(20);
    const listed = entities.map((entity) => entity.name);
    expect([...listed].sort()).toEqual(declared.map((name) => name.split('/')[1]).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('the DataSource knows a table for each listed entity', () => {
    const tables = new Set(getMetadataArgsStorage().tables.map((table) => table.target));
    expect(entities.length).toBeGreaterThan(20);
    for (const entity of entities) expect(tables.has(entity)).toBe(true);
  });
});
