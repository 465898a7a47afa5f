import {
  BREAK,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getArgumentValues,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  visit,
} from 'graphql';
import type { Services } from '../../common/services.js';
import { JsonSql } from './json-sql.js';
import type { PreparedQuery } from './prepared-query.js';
import type { RootRequest } from './projection.js';
import type { ProjectionRegistry } from './registry.js';
import { NotCompilable, Selection } from './selection.js';

/** SQL writers kept per document, one per set of directive variables. */
const REMEMBERED_WRITERS = 20;

/**
 * A public query answered from SQL that builds its JSON (decision 0047): made once per document,
 * run per request with its variables. Whatever it cannot answer exactly as the resolvers would, it
 * refuses by throwing, and the resolvers answer.
 */
export class OperationPlan {
  private readonly jsonSql = new Map<string, JsonSql>();
  private readonly hasDirectives: boolean;

  private constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    readonly operation: OperationDefinitionNode,
    readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    private readonly registry: ProjectionRegistry,
  ) {
    let directives = false;
    visit(document, {
      Directive() {
        directives = true;
        return BREAK;
      },
    });
    this.hasDirectives = directives;
  }

  /** The plan of the operation `operationName` names (or the only one); throws when it has none. */
  static of(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
    registry: ProjectionRegistry,
  ): OperationPlan {
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const operation = operationName
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    if (operation?.operation !== 'query') throw new NotCompilable('not one query');
    const fragments = Object.fromEntries(
      document.definitions
        .filter(
          (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
        )
        .map((fragment) => [fragment.name.value, fragment]),
    );
    return new OperationPlan(schema, document, operation, fragments, registry);
  }

  /**
   * The SQL writer for these variables, which keeps what it wrote: a selection's SQL depends on the
   * variables only through `@skip`/`@include`, so a document without them has one writer.
   */
  private jsonSqlFor(variables: Readonly<Record<string, unknown>>): JsonSql {
    const key = this.hasDirectives ? JSON.stringify(variables) : '';
    let sql = this.jsonSql.get(key);
    if (!sql) {
      if (this.jsonSql.size >= REMEMBERED_WRITERS) this.jsonSql.clear();
      sql = new JsonSql(this.schema, this.registry.types);
      this.jsonSql.set(key, sql);
    }
    return sql;
  }

  /** The answer's `data`, each root field from its projection, in the order the answer lists them. */
  async execute(
    variables: Record<string, unknown> | undefined,
    services: Services,
    query: PreparedQuery,
  ): Promise<Record<string, unknown>> {
    const coerced = getVariableValues(this.schema, this.operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) throw new NotCompilable('the variables are not valid');
    const root = new Selection(
      this.schema,
      'Query',
      'Query',
      [this.operation.selectionSet],
      this.fragments,
      coerced.coerced,
    );
    const queryFields = this.schema.getQueryType()?.getFields() ?? {};
    const sql = this.jsonSqlFor(coerced.coerced);
    const json: RootRequest['json'] = (selection, row, writing) => sql.object(selection, row, writing);
    const values = await Promise.all(
      root.fields.map(async (field) => {
        if (field.name === '__typename') return 'Query';
        const projection = this.registry.roots.get(field.name);
        const definition = queryFields[field.name];
        const [node] = field.nodes;
        if (!projection || !definition || !node)
          throw new NotCompilable(`Query.${field.name} is not compiled`);
        const args = getArgumentValues(definition, node, coerced.coerced);
        return projection.resolve({ args, selection: field.selection, json, services, query });
      }),
    );
    return Object.fromEntries(root.fields.map((field, index) => [field.key, values[index]]));
  }
}
