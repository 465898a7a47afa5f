import { createHash } from 'node:crypto';
import type { GzipHead } from './gzip-answer.js';

/** The `extensions.cost` Apollo's answer carries; only `remaining` differs from one client to the next. */
export interface CostExtension {
  requested: number;
  limit: number;
  remaining: number;
  budget: number;
  refillPerSecond: number;
}

/**
 * A public answer as bytes. The body is `head`, the client's remaining budget, then `tail`: the
 * one number that differs per client is written in on each hit, everything else is sent as stored.
 */
export interface CachedAnswer {
  head: Buffer;
  tail: Buffer;
  /** Points the operation costs; a hit charges them to the client's budget. */
  cost: number;
  contentType: string;
  cacheControl: string;
  /** Weak: two answers differing only in the remaining budget (or their coding) are the same data. */
  etag: string;
  /** The head deflated once, for clients that take gzip; null for a short answer. */
  gzip: GzipHead | null;
  storedAt: number;
  expiresAt: number;
}

/** Bytes an entry is counted for beyond its body: key, headers, bookkeeping. */
const ENTRY_OVERHEAD = 512;

/**
 * Splits an answer's body around its `extensions.cost.remaining`, and gives it a weak ETag over
 * the rest. Null when the body does not carry that cost as Apollo writes it.
 */
export function answerTemplate(
  body: Buffer,
  cost: CostExtension,
): { head: Buffer; tail: Buffer; etag: string } | null {
  const written = JSON.stringify(cost);
  const at = body.lastIndexOf(written);
  if (at < 0) return null;
  const remainingAt = at + written.indexOf('"remaining":') + '"remaining":'.length;
  const head = body.subarray(0, remainingAt);
  const tail = body.subarray(remainingAt + String(cost.remaining).length);
  const digest = createHash('sha256').update(head).update(tail).digest('base64url').slice(0, 27);
  return { head, tail, etag: `W/"${digest}"` };
}

/** Seconds a `Cache-Control` header lets a shared cache keep the answer; 0 when it may not. */
export function sharedMaxAge(cacheControl: string | undefined): number {
  if (!cacheControl || !/\bpublic\b/.test(cacheControl)) return 0;
  const maxAge = /\bmax-age=(\d+)/.exec(cacheControl);
  return maxAge ? Number(maxAge[1]) : 0;
}

/**
 * Public answers by request key, for one public data version at a time: the first lookup at a new
 * version empties the cache, and an answer computed at an older version is not stored. Bounded by
 * bytes, least recently used dropped first; an entry also expires after its `max-age`, as a CDN's
 * copy would.
 */
export class ByteCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private version: string | null = null;
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(version: string, key: string, now = Date.now()): CachedAnswer | undefined {
    this.moveTo(version);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) {
      this.bytes -= sizeOf(key, entry);
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  set(version: string, key: string, entry: CachedAnswer): void {
    const size = sizeOf(key, entry);
    if (version !== this.version || size > this.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= sizeOf(key, previous);
    }
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, answer] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, answer);
    }
  }

  private moveTo(version: string): void {
    if (version === this.version) return;
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }
}

const sizeOf = (key: string, entry: CachedAnswer) =>
  key.length + entry.head.length + entry.tail.length + (entry.gzip?.deflated.length ?? 0) + ENTRY_OVERHEAD;
