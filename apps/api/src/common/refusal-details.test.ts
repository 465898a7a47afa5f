import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getMetadataStorage as validatorMetadata } from 'class-validator';
import { GraphQLError, isInputObjectType } from 'graphql';
import { getMetadataStorage as typeMetadata } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import type { Feature } from '../modules/feature.js';
import * as modules from '../modules/index.js';
import { buildPublicSchema } from '../schema/build.js';
import { formatError } from './errors.js';
import { PUBLIC_REFUSAL_REASONS } from './refusal-details.js';
import { RefusalReason } from './refusal-reason.js';

/** A class, as type-graphql and class-validator key their metadata. */
type Target = abstract new (...args: never[]) => object;

const SOURCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where the public API refuses outside its inputs' validators: paging and cursors, IDs, the NUL
 * plugin in front of both servers, the statistics' region, and a database too busy (errors.ts'
 * BUSY, which formatError gives both servers).
 */
const PUBLIC_REFUSING_SOURCES = [
  'common/connection.ts',
  'common/global-id.ts',
  'common/nul-character.plugin.ts',
  'modules/statistics/statistics.service.ts',
];

/** The classes behind the public schema's input types and its resolvers' argument types. */
async function publicInputClasses(): Promise<Target[]> {
  const schema = await buildPublicSchema();
  const inputNames = new Set(
    Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .map((type) => type.name),
  );
  const metadata = typeMetadata();
  const inputs = metadata.inputTypes
    .filter((input) => inputNames.has(input.name))
    .map((input) => input.target as Target);
  const publicResolvers = new Set<Target>(
    Object.values<Feature>(modules).flatMap((feature) => feature.resolvers?.public ?? []),
  );
  const args = metadata.params.flatMap((param) =>
    param.kind === 'args' && publicResolvers.has(param.target as Target) ? [param.getType() as Target] : [],
  );
  return [...new Set([...inputs, ...args])];
}

/** The reason formatError gives when this validator of `target.property` fails, as the API sends it. */
function reasonOfFailure(target: Target, property: string, name: string, context: unknown): unknown {
  const issue = {
    property,
    target: Object.create(target.prototype),
    value: undefined,
    constraints: { [name]: `${property} is refused` },
    contexts: context ? { [name]: context } : undefined,
  };
  const formatted = formatError(
    { message: 'Argument Validation Error', extensions: { validationErrors: [issue] } },
    new GraphQLError('Argument Validation Error'),
  );
  return formatted.extensions?.reason;
}

describe('the reasons the public API refuses with', () => {
  it('are members of RefusalReason, each once', () => {
    const members = new Set<string>(Object.values(RefusalReason));
    expect(PUBLIC_REFUSAL_REASONS.filter((reason) => !members.has(reason))).toEqual([]);
    expect(new Set(PUBLIC_REFUSAL_REASONS).size).toBe(PUBLIC_REFUSAL_REASONS.length);
  });

  it('include every reason a validator of the public schema’s inputs gives', async () => {
    const classes = await publicInputClasses();
    // The guard reads what it guards: the unit list's filter and its paging (PageArgs) are public inputs.
    expect(classes.map((target) => target.name)).toEqual(expect.arrayContaining(['UnitFilter', 'UnitsArgs']));
    const given = classes.flatMap((target) =>
      validatorMetadata()
        .getTargetValidationMetadatas(target, '', true, false)
        .filter((rule) => rule.type === 'customValidation' && rule.name)
        .map((rule) => reasonOfFailure(target, rule.propertyName, rule.name as string, rule.context)),
    );
    expect(given).toContain(RefusalReason.INVALID_REGION);
    expect([...new Set(given)].filter((reason) => !PUBLIC_REFUSAL_REASONS.includes(reason as never))).toEqual(
      [],
    );
  });

  it('include every reason the public pipeline gives outside the validators', async () => {
    const named = await Promise.all(
      PUBLIC_REFUSING_SOURCES.map(async (file) => {
        const text = await readFile(path.join(SOURCE_DIR, file), 'utf8');
        return [...text.matchAll(/RefusalReason\.(\w+)/g)].map((match) => match[1]);
      }),
    );
    const reasons = new Set([...named.flat(), RefusalReason.BUSY, RefusalReason.INVALID]);
    expect(reasons.size).toBeGreaterThan(4);
    expect([...reasons].filter((reason) => !PUBLIC_REFUSAL_REASONS.includes(reason as never))).toEqual([]);
  });
});
