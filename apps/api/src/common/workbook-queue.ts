import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.js';
import { RefusalReason } from './refusal-reason.js';

export interface QueueLimits {
  /** Callers that may wait for their turn while one reads; the next one is refused. */
  maxWaiting: number;
  /** How long a caller waits for its turn before it is refused. */
  maxWaitMs: number;
}

const RETRY_AFTER_SECONDS = 5;

/** A 503 that says why: other workbooks are being read; nothing was changed. */
export function workbookQueueFull(): GraphQLError {
  return new GraphQLError(
    'The server is reading other workbooks right now. Nothing was changed; try again in a moment.',
    {
      extensions: {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        reason: RefusalReason.WORKBOOK_QUEUE_FULL,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
      },
    },
  );
}

/**
 * One caller at a time; the others wait their turn in the order they came, a bounded number of them
 * for a bounded time, and are refused (`workbookQueueFull`) beyond that.
 */
export class TurnQueue {
  private busy = false;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limits: QueueLimits) {}

  /** Waits for the caller's turn; the function it gives ends the turn (call it in a `finally`). */
  async turn(): Promise<() => void> {
    if (this.busy) await this.waitForTurn();
    else this.busy = true;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.passTurn();
    };
  }

  private waitForTurn(): Promise<void> {
    if (this.waiting.length >= this.limits.maxWaiting) return Promise.reject(workbookQueueFull());
    return new Promise((resolve, reject) => {
      const start = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(start), 1);
        reject(workbookQueueFull());
      }, this.limits.maxWaitMs);
      this.waiting.push(start);
    });
  }

  /** The next caller in line starts at once, so no newcomer slips in between. */
  private passTurn(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }
}

/**
 * The workbooks this process reads (the unit list, the LKE worksheet), one at a time: exceljs holds
 * a workbook unpacked in memory, about 16 bytes per unpacked byte, so a few large ones at once could
 * run the API out of memory. A caller waiting holds only the file it was sent. See decision 0028.
 */
export const workbookQueue = new TurnQueue({ maxWaiting: 20, maxWaitMs: 30_000 });
