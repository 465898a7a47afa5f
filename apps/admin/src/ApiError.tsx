import { ErrorMessage } from '@zi/ui';
import { hasErrorCode } from './api-errors';
import { SessionEnded } from './auth/SessionEnded';

/** An API error on a signed-in page; an ended session leads back to sign-in instead. */
export function ApiError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  if (hasErrorCode(error, 'UNAUTHENTICATED')) return <SessionEnded />;
  return <ErrorMessage message={error.message} onRetry={onRetry} />;
}
