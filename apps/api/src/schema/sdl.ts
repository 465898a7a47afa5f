import path from 'node:path';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { repoRoot } from '../config.js';
import { buildAdminSchema, buildPublicSchema } from './build.js';

const HEADER = '# Generated from apps/api by `npm run schema:emit`. Do not edit by hand.\n\n';

/** Sorted by name, so that moving a resolver between files or features never reorders the committed schema. */
export const printSchemaSdl = (schema: GraphQLSchema) =>
  `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;

const schemaDir = path.join(repoRoot, 'packages/schema');

export const schemaFiles = [
  { name: 'public', path: path.join(schemaDir, 'public.graphql'), build: buildPublicSchema },
  { name: 'admin', path: path.join(schemaDir, 'admin.graphql'), build: buildAdminSchema },
];
