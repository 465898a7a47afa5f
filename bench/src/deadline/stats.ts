/** Why a request failed, as the report groups it. */
export interface Failure {
  /** e.g. `CONFLICT`, `FORBIDDEN/LAYER_LOCKED`, `HTTP 500`, `timeout`, `connection ECONNRESET`. */
  kind: string;
  /** A refusal the platform is designed to give under load (a stale version, a spent budget). */
  designed: boolean;
  /** The GraphQL error's extensions, when there was one. */
  extensions?: Record<string, unknown>;
}

const DESIGNED_CODES = new Set(['CONFLICT', 'RATE_LIMITED']);

export const isDesignedCode = (code: unknown) => typeof code === 'string' && DESIGNED_CODES.has(code);

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export interface OperationSummary {
  operation: string;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

export interface ErrorSummary {
  operation: string;
  kind: string;
  designed: boolean;
  count: number;
}

/** Each request's time and outcome, by operation; failures by kind; outcomes per time window. */
export class Stats {
  private readonly times = new Map<string, number[]>();
  private readonly errorCounts = new Map<string, number>();
  private readonly failures = new Map<string, ErrorSummary>();
  private readonly windows: Array<{ ok: number; failed: number }> = [];

  constructor(
    private readonly startedAt: number,
    readonly windowSeconds = 5,
  ) {}

  record(operation: string, ms: number, failure: Failure | null): void {
    const times = this.times.get(operation) ?? [];
    times.push(ms);
    this.times.set(operation, times);
    const index = Math.max(0, Math.floor((performance.now() - this.startedAt) / 1_000 / this.windowSeconds));
    while (this.windows.length <= index) this.windows.push({ ok: 0, failed: 0 });
    const window = this.windows[index] as { ok: number; failed: number };
    if (!failure) {
      window.ok += 1;
      return;
    }
    window.failed += 1;
    this.errorCounts.set(operation, (this.errorCounts.get(operation) ?? 0) + 1);
    const key = `${operation}\u0000${failure.kind}`;
    const summary = this.failures.get(key) ?? {
      operation,
      kind: failure.kind,
      designed: failure.designed,
      count: 0,
    };
    summary.count += 1;
    this.failures.set(key, summary);
  }

  /** By operation name, so that runs compare line by line. */
  operations(): OperationSummary[] {
    const byName = [...this.times.entries()].sort(([a], [b]) => a.localeCompare(b));
    return byName.map(([operation, times]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return {
        operation,
        requests: times.length,
        errors: this.errorCounts.get(operation) ?? 0,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? 0,
      };
    });
  }

  errors(): ErrorSummary[] {
    return [...this.failures.values()].sort((a, b) => b.count - a.count);
  }

  timeline(): ReadonlyArray<{ ok: number; failed: number }> {
    return this.windows;
  }
}
