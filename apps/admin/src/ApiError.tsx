import { ErrorMessage, hasErrorCode } from '@zi/ui';
import { refusalOf } from './api-errors';
import { SessionEnded } from './auth/SessionEnded';
import { useRefusalText } from './useRefusalText';

/** An API error on a signed-in page; an ended session leads back to sign-in instead. */
export function ApiError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const describe = useRefusalText();
  if (hasErrorCode(error, 'UNAUTHENTICATED')) return <SessionEnded />;
  return <ErrorMessage message={describe(refusalOf(error))} onRetry={onRetry} />;
}
