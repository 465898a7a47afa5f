import { readFile } from 'node:fs/promises';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldsWithoutRule } from '../modules/auth/access.js';
import { buildAdminSchema, buildPublicSchema } from './build.js';
import { printSchemaSdl, schemaFiles } from './sdl.js';

let publicSchema: GraphQLSchema;
let adminSchema: GraphQLSchema;

beforeAll(async () => {
  [publicSchema, adminSchema] = await Promise.all([buildPublicSchema(), buildAdminSchema()]);
});

describe('committed SDL', () => {
  it.each(schemaFiles)(
    'packages/schema/$name.graphql matches the code (run `npm run schema:emit`)',
    async (file) => {
      const committed = await readFile(file.path, 'utf8');
      expect(printSchemaSdl(file.name === 'public' ? publicSchema : adminSchema)).toBe(committed);
    },
  );
});

describe('admin schema: default deny', () => {
  it('gives every query and mutation an explicit access rule', () => {
    expect(fieldsWithoutRule(adminSchema)).toEqual([]);
    expect(Object.keys(adminSchema.getQueryType()?.getFields() ?? {}).length).toBeGreaterThan(0);
  });
});

describe('public schema: only what a citizen may see', () => {
  it('has no mutations', () => {
    expect(publicSchema.getMutationType()).toBeUndefined();
  });

  it('contains no internal types or fields', () => {
    const typeNames = Object.keys(publicSchema.getTypeMap());
    for (const internal of [
      'User',
      'Role',
      'LoginInput',
      'Assessment',
      'Answer',
      'AssessmentLayer',
      'LayerScore',
    ]) {
      expect(typeNames).not.toContain(internal);
    }
    const fieldNames = Object.values(publicSchema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
    for (const field of fieldNames)
      expect(field).not.toMatch(/password|email|session|evaluator|unitId|instansiId/i);
  });
});
