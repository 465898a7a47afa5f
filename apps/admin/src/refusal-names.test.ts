import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RefusalReason } from '@zi/schema/public-enums';
import { describe, expect, it } from 'vitest';

/**
 * The portal names a refusal reason through the enum generated from the schema
 * (`RefusalReason.TOO_LONG`, a table typed `Record<RefusalReason, …>`), never as a bare string, so a
 * reason the API renames or drops fails the type check instead of matching nothing.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLIENT_SOURCES = ['apps/admin/src', 'apps/public/src', 'packages/ui/src'];

/**
 * The sentences of each reason, keyed by it: their dictionaries' types (`refusal.${RefusalReason}`)
 * name every key, and the values each sentence needs, in a table typed `Record<RefusalReason, …>`.
 */
const TYPED_TABLES = ['apps/admin/src/refusals.ts'];
/** The portal-wide dictionaries (`messages/`, where the refusal sentences are) and each feature's (`messages.id.ts`). */
const isDictionary = (file: string) => file.includes('/messages/') || /\/messages\.\w+\.ts$/.test(file);

const NAMES = Object.values(RefusalReason).join('|');
/** A reason as a quoted string, or as the bare key of an object literal. */
const BARE_REASON = new RegExp(`(?<![\\w.])['"](?:${NAMES})['"]|^\\s*(?:${NAMES})\\s*:`);

const isShipped = (name: string) =>
  /\.(?:ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !/^test-(?:fixtures|render)\./.test(name);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(relative);
    return isShipped(entry.name) ? [relative] : [];
  });
}

/** The lines of `source` that name a reason as a bare string. */
const bareReasons = (file: string, source: string) =>
  source
    .split('\n')
    .flatMap((text, index) => (BARE_REASON.test(text) ? [`${file}:${index + 1} ${text.trim()}`] : []));

describe('refusal reasons in a client package', () => {
  it('are named through the generated RefusalReason', () => {
    const files = CLIENT_SOURCES.flatMap(sourceFiles).filter(
      (file) => !isDictionary(file) && !TYPED_TABLES.includes(file),
    );
    // The guard reads the sources it guards: an empty list would pass on nothing.
    expect(files).toContain('apps/admin/src/workflow/incomplete.ts');
    expect(files).toContain('apps/admin/src/editing/autosave.ts');
    const found = files.flatMap((file) => bareReasons(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches the shapes a bare reason takes, and leaves the enum’s', () => {
    const caught = (line: string) => bareReasons('x.ts', line).length > 0;
    expect(caught("    extensions: { field: 'note', reason: 'TOO_LONG', max: 4000 },")).toBe(true);
    expect(caught("  TPI_INCOMPLETE: 'TPI',")).toBe(true);
    expect(caught('if (reason === "INCOMPLETE") return \'UNIT\';')).toBe(true);
    expect(caught('    extensions: { reason: RefusalReason.TOO_LONG, max: 4000 },')).toBe(false);
    expect(caught("  [RefusalReason.TPI_INCOMPLETE]: 'TPI',")).toBe(false);
    expect(caught("const key = 'refusal.TOO_LONG';")).toBe(false);
  });
});
