import type { MessageKey } from '@zi/ui';

/** What a form found wrong before asking the API: a message per field path. */
export type Problems = ReadonlyMap<string, MessageKey>;

/** Each field of a set marked as missing. */
export const required = (paths: Iterable<string>, key: MessageKey = 'monitoring.required'): Problems =>
  new Map([...paths].map((path) => [path, key]));

/** For a form that finds nothing wrong on its own and leaves every rule to the API. */
export const NO_PROBLEMS: Problems = new Map();
