import type { Stage } from '@zi/schema/public';
import { formatDate } from '../format/date';
import { useLocale, useT } from '../i18n/I18nProvider';
import { StageBadge } from './StageBadge';

/** The stage a unit stands at, and since when. */
export function CurrentStage({ stage, since }: { stage: Stage | null; since: string | null }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <>
      <StageBadge stage={stage} />
      {since && (
        <span className="cell-note">{t('unit.stageSince', { date: formatDate(since, locale) })}</span>
      )}
    </>
  );
}
