import type { DataSource } from 'typeorm';
import { Db } from '../db/db.js';
import {
  type Feature,
  factoriesOf,
  type Made,
  type ServiceConfig,
  type ServiceDeps,
} from '../modules/feature.js';
import * as modules from '../modules/index.js';

type MadeServices = Made<(typeof modules)[keyof typeof modules], 'services'>;

/** `ctx.services`: each name a feature's factory makes. An interface, so factories may refer to it. */
export interface Services extends MadeServices {}

/**
 * The application's services, made once at start and shared by every request. A service is made
 * when first asked for, so a factory may use any other service whatever the order of the features.
 */
export function createServices(dataSource: DataSource, config: ServiceConfig): Services {
  const services = {} as Services;
  const deps: ServiceDeps = { db: new Db(dataSource), config, services };
  const making = new Set<string>();
  for (const [name, make] of factoriesOf(Object.values<Feature>(modules), 'services')) {
    Object.defineProperty(services, name, {
      enumerable: true,
      configurable: true,
      get() {
        if (making.has(name)) throw new Error(`The service "${name}" needs itself to be made.`);
        making.add(name);
        const made = make(deps);
        Object.defineProperty(services, name, { value: made, enumerable: true });
        return made;
      },
    });
  }
  return { ...services };
}
