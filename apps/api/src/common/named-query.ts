import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs SQL written with `:named` parameters (as the query builder takes them) through TypeORM's
 * escaping, for statements the builder cannot express: the units-in-scope condition is written
 * that way and joins any query.
 */
export function namedQuery<T>(
  db: DataSource | EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<T> {
  const driver = 'driver' in db ? db.driver : db.connection.driver;
  const [text, values] = driver.escapeQueryWithParameters(sql, parameters);
  return db.query(text, values) as Promise<T>;
}
