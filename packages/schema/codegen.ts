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
  },
};

export default codegen;
