import { defineConfig } from 'vitest/config';

// Vite applies tsconfig decorator flags only to files a tsconfig includes, so they are set here
// explicitly: type-graphql and TypeORM read `design:type` metadata.
export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    globalSetup: ['src/test/global-setup.ts'],
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
