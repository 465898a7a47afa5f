import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/** The operation is not one the fast path answers: the resolvers answer it (and say what is wrong). */
export class NotCompilable extends Error {}

/** One response key of a selection: its field, and what is selected inside it. */
export interface SelectedField {
  key: string;
  name: string;
  nodes: FieldNode[];
  selection: Selection;
}

/** What an operation asks of one object, fragments and `@skip`/`@include` applied as graphql-js does. */
export class Selection {
  private collected: SelectedField[] | undefined;

  constructor(
    private readonly schema: GraphQLSchema,
    /** Where it sits in the operation, e.g. `units.edges.node`: the same in every request. */
    readonly path: string,
    readonly type: string,
    private readonly sets: readonly SelectionSetNode[],
    private readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    private readonly variables: Readonly<Record<string, unknown>>,
  ) {}

  /** The fields asked, by response key, in the order the answer lists them. */
  get fields(): SelectedField[] {
    this.collected ??= this.collect();
    return this.collected;
  }

  /** The same selection on `type`, an object type of this abstract one (a `node(id)`'s). */
  as(type: string): Selection {
    return new Selection(
      this.schema,
      `${this.path}<${type}>`,
      type,
      this.sets,
      this.fragments,
      this.variables,
    );
  }

  /** The selection inside the field at `key`; throws when it is not asked. */
  at(key: string): Selection {
    const field = this.fields.find((candidate) => candidate.key === key);
    if (!field) throw new NotCompilable(`${key} is not selected`);
    return field.selection;
  }

  private collect(): SelectedField[] {
    const byKey = new Map<string, FieldNode[]>();
    for (const set of this.sets) this.collectSet(set, byKey, new Set());
    const parent = this.schema.getType(this.type);
    if (!isObjectType(parent)) throw new NotCompilable(`${this.type} is not an object type`);
    return [...byKey].map(([key, nodes]) => {
      const [first] = nodes as [FieldNode];
      const name = first.name.value;
      const field = name === '__typename' ? undefined : parent.getFields()[name];
      if (name !== '__typename' && !field) throw new NotCompilable(`${this.type}.${name} is unknown`);
      const sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      const type = field ? getNamedType(field.type).name : 'String';
      return {
        key,
        name,
        nodes,
        selection: new Selection(
          this.schema,
          `${this.path}.${key}`,
          type,
          sets,
          this.fragments,
          this.variables,
        ),
      };
    });
  }

  private collectSet(set: SelectionSetNode, byKey: Map<string, FieldNode[]>, visited: Set<string>): void {
    for (const selection of set.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(selection.typeCondition?.name.value))
          this.collectSet(selection.selectionSet, byKey, visited);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments[name];
        if (visited.has(name) || !fragment) continue;
        visited.add(name);
        if (this.applies(fragment.typeCondition.name.value))
          this.collectSet(fragment.selectionSet, byKey, visited);
      }
    }
  }

  private included(node: Parameters<typeof getDirectiveValues>[1]): boolean {
    for (const directive of node.directives ?? []) {
      const name = directive.name.value;
      if (name !== 'skip' && name !== 'include') throw new NotCompilable(`@${name} is not compiled`);
    }
    if (getDirectiveValues(GraphQLSkipDirective, node, this.variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, this.variables)?.if !== false;
  }

  private applies(condition: string | undefined): boolean {
    if (!condition || condition === this.type) return true;
    const conditionType = this.schema.getType(condition);
    const type = this.schema.getType(this.type);
    return isAbstractType(conditionType) && isObjectType(type) && this.schema.isSubType(conditionType, type);
  }
}
