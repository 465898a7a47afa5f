import { useT } from '../i18n/I18nProvider';

interface PagerProps {
  /** Null when there is no next page. */
  onNext: (() => void) | null;
  /** Null on the first page. */
  onFirst: (() => void) | null;
}

/** Cursor paging goes forward only; the way back is the first page (or the browser's back button). */
export function Pager({ onNext, onFirst }: PagerProps) {
  const t = useT();
  if (!onNext && !onFirst) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      {onFirst && (
        <button type="button" className="button button--secondary" data-testid="first-page" onClick={onFirst}>
          {t('pager.first')}
        </button>
      )}
      {onNext && (
        <button type="button" className="button pager__next" data-testid="next-page" onClick={onNext}>
          {t('pager.next')}
        </button>
      )}
    </nav>
  );
}
