/** The public API's limits as the API ships them (docs/decisions/0012); a deployment may change them. */
export const LIMITS = {
  maxCost: 10_000,
  maxDepth: 12,
  maxAliases: 30,
  budget: 50_000,
  refillPerSecond: 500,
  defaultPage: 20,
  maxPage: 100,
  listCost: 10,
  cacheSeconds: 60,
} as const;
