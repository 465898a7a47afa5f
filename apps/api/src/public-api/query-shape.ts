import {
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isLeafType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../common/connection.js';

/** A plain list (a unit's timeline, its pacts, the instansi list) is costed as this many items. */
export const LIST_ESTIMATE = 10;

export interface QueryShape {
  /** Points: roughly how many objects the query may return. */
  cost: number;
  depth: number;
  aliases: number;
}

type Variables = Readonly<Record<string, unknown>>;

function intArgument(value: ValueNode | undefined, variables: Variables): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const variable = variables[value.name.value];
    return typeof variable === 'number' ? variable : undefined;
  }
  return undefined;
}

class Measure {
  aliases = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
  ) {}

  /**
   * Cost and depth of a selection set on `parent`. A field costs one point per object it can
   * return, plus what is selected inside each; lists directly inside a connection hold its page.
   */
  selection(
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    listSize: number,
  ): { cost: number; depth: number } {
    let cost = 0;
    let depth = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) this.aliases += 1;
        const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
        if (!field || !selection.selectionSet) {
          depth = Math.max(depth, 1);
          continue;
        }
        const named = getNamedType(field.type);
        if (isLeafType(named) || !isCompositeType(named)) continue;
        const args = Object.fromEntries(
          (selection.arguments ?? []).map((arg) => [arg.name.value, arg.value]),
        );
        const isConnection = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
        const page =
          intArgument(args.first, this.variables) ??
          intArgument(args.last, this.variables) ??
          DEFAULT_PAGE_SIZE;
        const items = isListType(getNullableType(field.type)) ? listSize : 1;
        const child = this.selection(selection.selectionSet, named, isConnection ? page : LIST_ESTIMATE);
        cost += items * (1 + child.cost);
        depth = Math.max(depth, 1 + child.depth);
      } else {
        const set =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : this.fragments[selection.name.value]?.selectionSet;
        const typeName =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.typeCondition?.name.value
            : this.fragments[selection.name.value]?.typeCondition.name.value;
        const type = typeName ? this.schema.getType(typeName) : parent;
        if (!set || !type || !isCompositeType(type)) continue;
        const child = this.selection(set, type, listSize);
        cost += child.cost;
        depth = Math.max(depth, child.depth);
      }
    }
    return { cost, depth };
  }
}

/**
 * Measures an operation before it runs: cost (connections count their page size, plain lists
 * ten items), depth and number of aliases. Cheap: one walk over the document.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
): QueryShape {
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, depth: 0, aliases: 0 };
  const measure = new Measure(schema, fragments, variables);
  const { cost, depth } = measure.selection(operation.selectionSet, root, LIST_ESTIMATE);
  return { cost: Math.max(1, cost), depth, aliases: measure.aliases };
}
