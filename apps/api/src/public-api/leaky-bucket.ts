export interface BucketDecision {
  allowed: boolean;
  /** Points left after this request (or before it, when refused). */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** When refused: seconds until the request would fit. */
  retryAfterSeconds: number;
}

export interface BudgetStore {
  readonly capacity: number;
  readonly refillPerSecond: number;
  take(client: string, cost: number, now?: number): BucketDecision;
}

interface Bucket {
  level: number;
  updatedAt: number;
}

/**
 * A per-client budget as a leaky bucket, in memory: each client may spend `capacity` points at
 * once and regains `refillPerSecond`. Known clients are capped (least recently seen dropped first)
 * so a flood of addresses cannot exhaust memory. One replica's view; see docs for Redis.
 */
export class MemoryLeakyBucket implements BudgetStore {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    private readonly maxClients = 100_000,
  ) {}

  take(client: string, cost: number, now = Date.now()): BucketDecision {
    const bucket = this.buckets.get(client) ?? { level: this.capacity, updatedAt: now };
    const level = Math.min(
      this.capacity,
      bucket.level + ((now - bucket.updatedAt) / 1000) * this.refillPerSecond,
    );
    const allowed = cost <= level;
    const after = allowed ? level - cost : level;
    this.buckets.delete(client);
    this.buckets.set(client, { level: after, updatedAt: now });
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    return {
      allowed,
      remaining: Math.floor(after),
      resetSeconds: Math.ceil((this.capacity - after) / this.refillPerSecond),
      retryAfterSeconds: allowed ? 0 : Math.ceil((cost - level) / this.refillPerSecond),
    };
  }
}
