import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { RefusalReason } from './refusal-reason.js';

const SOURCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every TypeScript file under apps/api/src, with its text. */
async function sources(): Promise<Array<{ file: string; text: string }>> {
  const entries = await readdir(SOURCE_DIR, { recursive: true });
  const files = entries.filter((entry) => entry.endsWith('.ts')).sort();
  return Promise.all(
    files.map(async (file) => ({ file, text: await readFile(path.join(SOURCE_DIR, file), 'utf8') })),
  );
}

const isTest = (file: string) => file.endsWith('.test.ts');
// A reason written as a quoted name: after `reason: `, or `.reason).toBe(` in a test.
const REASON_LITERAL = /\breason\b(?:\)\.to(?:Be|Equal)\(|[^\w\n]{1,16})['"`]([A-Z][A-Z0-9_]*)['"`]/g;
const MEMBERS = new Set<string>(Object.values(RefusalReason));

describe('refusal reasons', () => {
  it('are named by their wire value, which is what the schema lists', () => {
    for (const [name, value] of Object.entries(RefusalReason)) expect(value).toBe(name);
  });

  it('are emitted, all of them, into both committed schemas', async () => {
    for (const name of ['public', 'admin']) {
      const schema = buildSchema(
        await readFile(path.join(repoRoot, `packages/schema/${name}.graphql`), 'utf8'),
      );
      const type = schema.getType('RefusalReason') as GraphQLEnumType | undefined;
      // The committed schema is printed sorted by name (schema/sdl.ts).
      expect(
        type?.getValues().map((value) => value.name),
        name,
      ).toEqual(Object.values(RefusalReason).sort());
    }
  });

  it('are given by the API only as members of RefusalReason, never as strings', async () => {
    const shipped = (await sources()).filter(({ file }) => !isTest(file));
    // The guard reads the sources it guards: an empty list would pass on nothing.
    expect(shipped.map(({ file }) => file)).toContain('common/refusal-reason.ts');
    const written = shipped.flatMap(({ file, text }) =>
      [...text.matchAll(REASON_LITERAL)].map((match) => `${file}: ${match[0]}`),
    );
    expect(written).toEqual([]);
  });

  it('that the tests expect on the wire are members of RefusalReason', async () => {
    const expected = (await sources())
      .filter(({ file }) => isTest(file))
      .flatMap(({ text }) => [...text.matchAll(REASON_LITERAL)].map((match) => match[1] ?? ''));
    expect(expected.length).toBeGreaterThan(50);
    expect([...new Set(expected)].filter((reason) => !MEMBERS.has(reason)).sort()).toEqual([]);
  });
});
