import type { CodegenConfig } from '@graphql-codegen/cli';

const plugins = ['typescript-operations', 'typed-document-node'];
const config = {
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  scalars: {
    ID: 'string',
    LocalDate: 'string',
    DateTimeISO: 'string',
    JSONObject: 'Record<string, unknown>',
  },
  strictScalars: true,
  dedupeFragments: true,
};

/** Typed documents for each app, generated from the committed SDL of its schema. */
const codegen: CodegenConfig = {
  overwrite: true,
  generates: {
    'src/generated/public.ts': {
      schema: 'public.graphql',
      documents: 'operations/public/*.graphql',
      plugins,
      config,
    },
    'src/generated/admin.ts': {
      schema: 'admin.graphql',
      documents: 'operations/admin/*.graphql',
      plugins,
      config,
    },
    // The public schema's enums as values too (`RefusalReason.NOT_FOUND`, `Object.values(RefusalReason)`),
    // for what a client must list at run time, such as every reason it translates.
    'src/generated/public-enums.ts': {
      schema: 'public.graphql',
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
  },
};

export default codegen;
