import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { DataSource } from 'typeorm';
import type { Context } from '../common/context.js';
import { isDatabaseBusy } from '../common/errors.js';
import { publicDataVersion } from './data-version.js';

/**
 * Whole public responses cached per public data version, so a write is visible to the next read.
 * When the version cannot be read in time (the database is too busy), the request neither reads
 * nor fills the cache: it runs, and says the server is busy if it cannot either; never served stale.
 */
export function versionedResponseCache(dataSource: DataSource): ApolloServerPlugin<Context> {
  const versionUnknown = new WeakSet<Context>();
  const cachable = async ({ contextValue }: { contextValue: Context }) => !versionUnknown.has(contextValue);
  return responseCachePlugin<Context>({
    sessionId: async () => null,
    extraCacheKeyData: ({ contextValue }) =>
      publicDataVersion(dataSource).catch((error: unknown) => {
        if (!isDatabaseBusy(error)) throw error;
        versionUnknown.add(contextValue);
        return null;
      }),
    shouldReadFromCache: cachable,
    shouldWriteToCache: cachable,
  }) as ApolloServerPlugin<Context>;
}
