import { fileURLToPath } from 'node:url';
import { inOwnProcess } from '../load-process.js';

export interface LoadRequest {
  url: string;
  body: string;
  seconds: number;
  connections: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Latency percentiles, ms. */
  p50: number;
  p99: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
}

const WORKER = fileURLToPath(new URL('./load-worker.js', import.meta.url));

/** POSTs `body` to `url` from `connections` connections for `seconds`, from a child process. */
export const load = (request: LoadRequest) => inOwnProcess<LoadRequest, LoadResult>(WORKER, request);
