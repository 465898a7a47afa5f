import type { DataSource } from 'typeorm';
import { type Feature, factoriesOf, type Made } from '../modules/feature.js';
import * as modules from '../modules/index.js';

type MadeLoaders = Made<(typeof modules)[keyof typeof modules], 'loaders'>;

/** `ctx.loaders`: each name a feature's factory makes. */
export interface Loaders extends MadeLoaders {}

/** Made fresh for every request, so batching never leaks data between viewers. */
export function createLoaders(dataSource: DataSource): Loaders {
  const loaders = factoriesOf(Object.values<Feature>(modules), 'loaders');
  return Object.fromEntries(loaders.map(([name, make]) => [name, make(dataSource)])) as Loaders;
}
