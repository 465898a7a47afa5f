import type { Feature } from '../../modules/feature.js';
import type { FieldProjection, RootProjection, TypeProjection } from './projection.js';

/** Every feature's projections, by type and root field. */
export interface ProjectionRegistry {
  types: ReadonlyMap<string, TypeProjection>;
  roots: ReadonlyMap<string, RootProjection>;
}

/** Merges the features' projections; a type's fields may come from several, a field from one. */
export function projectionRegistry(features: readonly Feature[]): ProjectionRegistry {
  const fields = new Map<string, Record<string, FieldProjection>>();
  const roots = new Map<string, RootProjection>();
  for (const { projections } of features) {
    for (const projection of projections?.types ?? []) {
      const known = fields.get(projection.type) ?? {};
      for (const [name, field] of Object.entries(projection.fields)) {
        if (known[name]) throw new Error(`Two features project ${projection.type}.${name}.`);
        known[name] = field;
      }
      fields.set(projection.type, known);
    }
    for (const root of projections?.roots ?? []) {
      if (roots.has(root.field)) throw new Error(`Two features project the root field ${root.field}.`);
      roots.set(root.field, root);
    }
  }
  const types = new Map([...fields].map(([type, typeFields]) => [type, { type, fields: typeFields }]));
  return { types, roots };
}
