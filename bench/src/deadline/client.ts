import { type Failure, isDesignedCode, type Stats } from './stats.js';

/** Who sends a request: their own address (the API trusts the bench's X-Forwarded-For) and session. */
export interface Person {
  address: string;
  cookie: string | null;
}

export type Outcome<T> = { data: T; failure: null } | { data: null; failure: Failure };

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message?: string; extensions?: Record<string, unknown> }>;
}

/** A failed request whose body is a GraphQL error list (the API's plain HTTP routes answer so too). */
function failureOfBody(status: number, body: GraphQLBody<unknown> | null): Failure | null {
  const error = body?.errors?.[0];
  if (!error) return status >= 400 ? { kind: `HTTP ${status}`, designed: false } : null;
  const extensions = error.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'GRAPHQL_ERROR';
  const reason = typeof extensions.reason === 'string' ? `/${extensions.reason}` : '';
  const http = status === 200 ? '' : ` (HTTP ${status})`;
  return { kind: `${code}${reason}${http}`, designed: isDesignedCode(code), extensions };
}

/** A request that got no answer: timed out, refused, reset. */
function failureOfThrown(error: unknown, timeoutSeconds: number): Failure {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return { kind: `timeout (no answer in ${timeoutSeconds} s)`, designed: false };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const what = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { kind: `connection ${what}`, designed: false };
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

const failed = (kind: string): Outcome<never> => ({ data: null, failure: { kind, designed: false } });

/** Reads a successful answer's payload from its parsed JSON body and its headers. */
type Reader<T> = (body: unknown, response: Response) => Outcome<T>;

/**
 * The virtual users' HTTP client: every request carries the CSRF header the admin API requires,
 * gives up after a timeout, and is timed and classified into `stats` under its operation's name.
 */
export class Client {
  constructor(
    private readonly baseUrl: string,
    private readonly stats: Stats,
    private readonly timeoutSeconds: number,
  ) {}

  graphql<T>(
    operation: string,
    path: '/graphql' | '/admin/graphql',
    person: Person,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Outcome<T>> {
    const body = JSON.stringify({ query, variables });
    return this.send<T>(operation, path, person, 'application/json', body, this.timeoutSeconds, (parsed) => {
      const data = (parsed as GraphQLBody<T>).data;
      return data ? { data, failure: null } : failed('GraphQL answer without data');
    });
  }

  /** A plain HTTP POST answered with JSON, e.g. the unit import. */
  post<T>(
    operation: string,
    path: string,
    person: Person,
    contentType: string,
    body: string,
    timeoutSeconds: number,
  ): Promise<Outcome<T>> {
    return this.send<T>(operation, path, person, contentType, body, timeoutSeconds, (parsed) => ({
      data: parsed as T,
      failure: null,
    }));
  }

  /** Logs in; the outcome is the session cookie (`zi_session=…`) the answer sets. */
  login(person: Person, email: string, password: string): Promise<Outcome<string>> {
    const query = 'mutation Login($input: LoginInput!) { login(input: $input) { id } }';
    const body = JSON.stringify({ query, variables: { input: { email, password } } });
    return this.send(
      'login',
      '/admin/graphql',
      person,
      'application/json',
      body,
      this.timeoutSeconds,
      (_, response) => {
        const cookie = response.headers.getSetCookie().find((line) => line.startsWith('zi_session='));
        return cookie ? { data: cookie.split(';')[0] as string, failure: null } : failed('no session cookie');
      },
    );
  }

  /** GET /healthz: its time in ms, or the failure. Not recorded in `stats`: it is the bench's probe. */
  async health(timeoutSeconds: number): Promise<{ ms: number; failure: Failure | null }> {
    const started = performance.now();
    try {
      const response = await fetch(`${this.baseUrl}/healthz`, {
        signal: AbortSignal.timeout(timeoutSeconds * 1_000),
      });
      await response.arrayBuffer();
      const failure = response.ok ? null : { kind: `HTTP ${response.status}`, designed: false };
      return { ms: performance.now() - started, failure };
    } catch (error) {
      return { ms: performance.now() - started, failure: failureOfThrown(error, timeoutSeconds) };
    }
  }

  private async send<T>(
    operation: string,
    path: string,
    person: Person,
    contentType: string,
    body: string,
    timeoutSeconds: number,
    read: Reader<T>,
  ): Promise<Outcome<T>> {
    const started = performance.now();
    let outcome: Outcome<T>;
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method: 'POST',
        headers: {
          'content-type': contentType,
          'apollo-require-preflight': 'true',
          'x-forwarded-for': person.address,
          ...(person.cookie ? { cookie: person.cookie } : {}),
        },
        body,
        signal: AbortSignal.timeout(timeoutSeconds * 1_000),
      });
      const parsed = parseJson(await response.text());
      const failure =
        failureOfBody(response.status, parsed as GraphQLBody<T> | null) ??
        (parsed === null ? { kind: `HTTP ${response.status} (not JSON)`, designed: false } : null);
      outcome = failure ? { data: null, failure } : read(parsed, response);
    } catch (error) {
      outcome = { data: null, failure: failureOfThrown(error, timeoutSeconds) };
    }
    this.stats.record(operation, performance.now() - started, outcome.failure);
    return outcome;
  }
}
