import type { DataSource } from 'typeorm';
import type { Viewer } from '../modules/auth/viewer.js';
import type { Loaders } from './loaders.js';
import type { Services } from './services.js';

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
}

/** How a resolver sets or clears the session cookie without touching Express. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
  /** The token of the browser's `zi_device` cookie, if it sent one (decision 0031). */
  deviceToken(): string | undefined;
  /** Remembers this browser for its next logins (decision 0031). */
  setDevice(token: string, expiresAt: Date): void;
}

export interface Context {
  dataSource: DataSource;
  services: Services;
  loaders: Loaders;
  request: RequestInfo;
  /** Always null in the public schema. */
  viewer: Viewer | null;
  sessionCookie: SessionCookie | null;
}
