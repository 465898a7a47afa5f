// The resolvers' decorators read design-time types: whoever builds a schema needs the polyfill first.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { Refusal } from '../common/refusal.type.js';
import { ArchiveRefusal, PublicRefusal } from '../common/refusal-details.js';
import { guardRootFields } from '../modules/auth/access.js';
import type { Feature, ResolverClass } from '../modules/feature.js';
import * as modules from '../modules/index.js';

const common = {
  validate: { forbidUnknownValues: false },
  emitSchemaFile: false,
  // Both APIs refuse with these reasons, though no field returns one.
  orphanedTypes: [Refusal, PublicRefusal, ArchiveRefusal],
};

/** The resolvers every feature gives this audience; one listed for both audiences is in both schemas. */
function resolversOf(audience: 'public' | 'admin'): NonEmptyArray<ResolverClass> {
  const features = Object.values<Feature>(modules);
  const [first, ...rest] = new Set(features.flatMap((feature) => feature.resolvers?.[audience] ?? []));
  if (!first) throw new Error(`No feature gives the ${audience} schema a resolver.`);
  return [first, ...rest];
}

/** Anonymous and read-only: only what a citizen may see. */
export function buildPublicSchema(): Promise<GraphQLSchema> {
  return buildSchema({ ...common, resolvers: resolversOf('public') });
}

/** Behind login; every root field carries an access rule, enforced in front of its resolver. */
export async function buildAdminSchema(): Promise<GraphQLSchema> {
  return guardRootFields(await buildSchema({ ...common, resolvers: resolversOf('admin') }));
}
