type Prefixed<P extends string, E extends string> = Record<`${P}.${E}`, string>;

/**
 * Turns the labels of one enum into dictionary entries (`{ WBK: 'x' }` → `{ 'predicate.WBK': 'x' }`).
 * Callers pass a `Record<Enum, string>`, so a value added to the schema is a type error until both
 * languages label it.
 */
export function labelsOf<P extends string, E extends string>(
  prefix: P,
  labels: Record<E, string>,
): Prefixed<P, E> {
  return Object.fromEntries(
    Object.entries(labels).map(([value, label]) => [`${prefix}.${value}`, label]),
  ) as Prefixed<P, E>;
}
