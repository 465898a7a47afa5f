import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Client, Person } from './client.js';

export interface SignIn {
  email: string;
  address: string;
}

export interface SignedIn {
  people: Person[];
  /** Logins the API refused, by why: those people got a session written to the `session` table. */
  refused: Map<string, number>;
  seconds: number;
}

const LOGINS_AT_ONCE = 4;

/** A session row as the API writes one at login (its id is the SHA-256 of the cookie's token). */
async function writeSession(dataSource: DataSource, email: string, address: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await dataSource.query(
    `INSERT INTO session (id, user_id, expires_at, ip, user_agent)
     SELECT $1, id, now() + interval '12 hours', $3, 'zi-bench' FROM app_user WHERE email = $2`,
    [createHash('sha256').update(token).digest('hex'), email, address],
  );
  return `zi_session=${token}`;
}

/**
 * Logs everyone in over HTTP with the demo password, a few at a time, each from their own address.
 * A refused login (throttling) does not stop the soak: that person gets a session written directly
 * to the `session` table, and the report says how many and why.
 */
export async function signIn(
  client: Client,
  dataSource: DataSource,
  people: SignIn[],
  password: string,
): Promise<SignedIn> {
  const started = performance.now();
  const signedIn: Person[] = new Array(people.length);
  const refused = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < people.length) {
      const index = next;
      next += 1;
      const { email, address } = people[index] as SignIn;
      const login = await client.login({ address, cookie: null }, email, password);
      if (login.failure) refused.set(login.failure.kind, (refused.get(login.failure.kind) ?? 0) + 1);
      const cookie = login.data ?? (await writeSession(dataSource, email, address));
      signedIn[index] = { address, cookie };
    }
  };
  await Promise.all(Array.from({ length: LOGINS_AT_ONCE }, worker));
  return { people: signedIn, refused, seconds: (performance.now() - started) / 1_000 };
}

/** A distinct private address per person of a group, e.g. 10.1.0.7 for the eighth operator. */
export const addressOf = (group: number, index: number) =>
  `10.${group}.${Math.floor(index / 256) % 256}.${index % 256}`;
