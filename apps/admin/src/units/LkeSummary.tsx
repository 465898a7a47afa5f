import type { AnswerLayer, LkeSummaryFragment } from '@zi/schema/admin';
import { useLocale, useT } from '@zi/ui';
import { Link, useLocation } from 'react-router';
import { AssessmentStatusBadge } from '../components/AssessmentStatusBadge';
import { formatScore } from '../worksheet/format';
import type { UnitListState } from './list-state';

interface LkeSummaryProps {
  assessment: LkeSummaryFragment | null;
  unitName: string;
}

/** A unit's worksheet of the year in the list: its status and totals, linking to the worksheet. */
export function LkeSummary({ assessment, unitName }: LkeSummaryProps) {
  const t = useT();
  const [locale] = useLocale();
  const { search } = useLocation();
  if (!assessment) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('units.lkeNone')}</span>
      </span>
    );
  }
  const totals = [assessment.unitLayer, assessment.tpiLayer].flatMap(({ layer, score }) =>
    score ? [{ layer, total: formatScore(score.total, locale) }] : [],
  );
  const state: UnitListState = { listSearch: search };
  return (
    <>
      <AssessmentStatusBadge status={assessment.status} />
      <Link className="lke-summary" to={`/assessments/${assessment.id}`} state={state} data-testid="lke-link">
        {totals.length > 0
          ? totals.map(({ layer, total }) => <LayerTotalText key={layer} layer={layer} total={total} />)
          : t('units.lkeOpen')}
        <span className="visually-hidden"> {t('units.lkeOf', { unit: unitName })}</span>
      </Link>
    </>
  );
}

function LayerTotalText({ layer, total }: { layer: AnswerLayer; total: string }) {
  const t = useT();
  return (
    <span className="lke-summary__total">
      {t('units.layerTotal', { layer: t(`layerShort.${layer}`), total })}
    </span>
  );
}
