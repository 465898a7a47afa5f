import { useT } from '../i18n/I18nProvider';

interface ErrorMessageProps {
  /** Shown as is: the API's refusal put into words, or its own message. */
  message: string;
  title?: string;
  onRetry?: () => void;
  testId?: string;
}

export function ErrorMessage({ message, title, onRetry, testId }: ErrorMessageProps) {
  const t = useT();
  return (
    <div className="alert alert--error" role="alert" data-testid={testId}>
      <p className="alert__title">{title ?? t('error.title')}</p>
      <p className="alert__message">{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
