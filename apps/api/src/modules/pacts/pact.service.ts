import type { DataSource } from 'typeorm';
import { Pact } from './pact.entity.js';

const CODE_SHAPE = /^PI-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/**
 * "pi 7y9d cb2z", "PI7Y9DCB2Z" and "PI-7Y9D-CB2Z" are the same code: people type what they read
 * off a poster or a phone photo.
 */
export function normalizeVerificationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const body = compact.startsWith('PI') ? compact.slice(2) : compact;
  const code = `PI-${body.slice(0, 4)}-${body.slice(4)}`;
  return CODE_SHAPE.test(code) ? code : null;
}

export class PactService {
  constructor(private readonly dataSource: DataSource) {}

  /** The pact registered under a verification code, or null; a malformed code is simply not found. */
  async byVerificationCode(input: string): Promise<Pact | null> {
    const code = normalizeVerificationCode(input);
    return code ? this.dataSource.getRepository(Pact).findOneBy({ verificationCode: code }) : null;
  }
}
