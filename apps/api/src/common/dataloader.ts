import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type Repository } from 'typeorm';

/** Loads rows by primary key in one `WHERE id IN (...)` per tick; missing IDs load as null. */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await repository.findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads the children of many parents in one query, in the order `fetch` returns them,
 * so a page of 100 units costs one statement per relation, not 100.
 */
export function childrenLoader<T>(
  fetch: (parentIds: string[]) => Promise<T[]>,
  parentIdOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await fetch([...parentIds]);
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const list = byParent.get(parentIdOf(row));
      if (list) list.push(row);
      else byParent.set(parentIdOf(row), [row]);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
