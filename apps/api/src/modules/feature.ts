import type { Request, Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Services } from '../common/services.js';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Projections } from '../public-api/compiled/projection.js';
import type { Viewer } from './auth/viewer.js';

export type ServiceConfig = Pick<
  Config,
  'sessionTtlHours' | 'dataDir' | 'evidenceStore' | 'mail' | 'publicUrl'
>;

/** What a service factory is given: the one `Db`, the configuration and every other service. */
export interface ServiceDeps {
  db: Db;
  config: ServiceConfig;
  services: Services;
}

/** What an HTTP route factory is given. */
export interface RouteDeps {
  services: Services;
  dataSource: DataSource;
  viewerOf: (request: Request) => Promise<Viewer | null>;
  /**
   * Whether `viewer` passes the access rule (`@Allow`) of the admin schema's `operation`: a route
   * that does what an operation does names it and shares its rule, never a copy of it.
   */
  may: (operation: string, viewer: Viewer) => boolean;
  dataDir: string;
  /** Where multipart uploads are spooled, and how large one file may be. */
  uploads: { tempDir: string; maxBytes: number };
}

/** An Express router mounted at `path`; admin routes sit behind the CSRF check (decision 0030). */
export interface Route {
  path: string;
  router: (deps: RouteDeps) => Router;
}

export type ResolverClass = new () => object;
/** A TypeORM entity class; its table belongs to the feature that lists it. */
export type EntityClass = new (...args: never[]) => object;
type ServiceFactories = Record<string, (deps: ServiceDeps) => unknown>;
type LoaderFactories = Record<string, (dataSource: DataSource) => unknown>;

/**
 * Everything a feature adds to the API (decision 0039). A resolver listed under both audiences is
 * in both schemas. A service factory states its return type: the `Services` type is derived from
 * these factories, so inferring one from its body would be circular.
 */
export interface Feature<
  S extends ServiceFactories = ServiceFactories,
  L extends LoaderFactories = LoaderFactories,
> {
  /** The tables the feature owns; the DataSource is made with every feature's entities. */
  entities?: EntityClass[];
  resolvers?: { public?: ResolverClass[]; admin?: ResolverClass[] };
  /** Made once at start, by name, into `ctx.services`. */
  services?: S;
  /** Made for every request, by name, into `ctx.loaders`. */
  loaders?: L;
  routes?: { public?: Route[]; admin?: Route[] };
  /** The public types and root fields it lets the public API read as JSON in SQL (decision 0047). */
  projections?: Projections;
}

export function defineFeature<S extends ServiceFactories, L extends LoaderFactories>(
  feature: Feature<S, L>,
): Feature<S, L> {
  return feature;
}

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/** What `{ name: factory }` makes; a feature without that part infers the constraint's index signature. */
type Products<Factories> = string extends keyof Factories
  ? Record<never, never>
  : {
      [Name in keyof Factories]: Factories[Name] extends (...args: never[]) => infer Product
        ? Product
        : never;
    };

/** One part (services or loaders) of every feature, by name, as made by its factory. */
export type Made<F extends Feature, Part extends 'services' | 'loaders'> = Intersection<
  F extends unknown ? Products<NonNullable<F[Part]>> : never
>;

/** Each `[name, factory]` of one part of every feature; a name that two features use is refused. */
export function factoriesOf<Part extends 'services' | 'loaders'>(
  features: readonly Feature[],
  part: Part,
): [string, NonNullable<Feature[Part]>[string]][] {
  const named = features.flatMap((feature) => Object.entries(feature[part] ?? {}));
  const names = named.map(([name]) => name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) throw new Error(`Two features make the ${part} "${twice}".`);
  return named as [string, NonNullable<Feature[Part]>[string]][];
}
