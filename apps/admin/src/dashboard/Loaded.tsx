import { Loading } from '@zi/ui';
import type { ReactNode } from 'react';
import { ApiError } from '../ApiError';

interface LoadedProps<T> {
  /** Undefined until the query first answers. */
  data: T | undefined;
  error: Error | undefined;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}

/** A part's content once its query has answered; until then a spinner, or the API's refusal. */
export function Loaded<T>({ data, error, onRetry, children }: LoadedProps<T>) {
  if (error) return <ApiError error={error} onRetry={onRetry} />;
  if (data === undefined) return <Loading />;
  return children(data);
}
