import type { PredicateKind } from '@zi/schema/public';
import { useT } from '../i18n/I18nProvider';

/** The predicate a unit holds; null shows a dash, read out as "none". */
export function PredicateBadge({ kind }: { kind: PredicateKind | null }) {
  const t = useT();
  if (!kind) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('predicate.none')}</span>
      </span>
    );
  }
  return <span className={`badge badge--${kind.toLowerCase()}`}>{t(`predicate.${kind}`)}</span>;
}
