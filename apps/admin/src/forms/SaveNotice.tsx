import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { FormError } from './FormError';

interface SaveNoticeProps {
  /** What is said while the change is saved and once it is; null before any change. */
  status: string | null;
  /** The mutation's failure, if the change was refused. */
  error: unknown;
  testId: string;
  className?: string;
}

/** Under a setting that is saved as soon as it is changed: how the saving goes, or why it failed. */
export function SaveNotice({ status, error, testId, className }: SaveNoticeProps) {
  const describe = useRefusalText();
  return (
    <>
      <p className={className} role="status" data-testid={testId}>
        {status}
      </p>
      <FormError error={error ? describe(refusalOf(error)) : null} />
    </>
  );
}
