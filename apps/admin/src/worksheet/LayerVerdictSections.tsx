import { useT } from '@zi/ui';
import { memo } from 'react';
import { EligibilityPanel } from './EligibilityPanel';
import { Priorities } from './Priorities';
import type { LkeQuestion, WorksheetLayer } from './types';
import { Verdict } from './Verdict';

interface LayerVerdictSectionsProps {
  verdict: Pick<WorksheetLayer, 'eligibility' | 'priorities'>;
  questions: readonly LkeQuestion[];
}

/**
 * Whether the layer meets WBK and WBBM, and where the next points come from; unchanged by a note.
 * One line until opened, so that the questions come first (issue 15: they sat below ~3,000 px).
 */
export const LayerVerdictSections = memo(function LayerVerdictSections({
  verdict,
  questions,
}: LayerVerdictSectionsProps) {
  const t = useT();
  return (
    <details className="verdict-summary" data-testid="verdict-summary">
      <summary className="verdict-summary__line">
        {verdict.eligibility.map((target) => (
          <span key={target.target} className="verdict-summary__target">
            {target.label}{' '}
            <Verdict
              passed={target.eligible}
              text={target.eligible ? t('eligibility.eligible') : t('eligibility.notEligible')}
            />
          </span>
        ))}
        <span className="verdict-summary__more">{t('verdictSummary.details')}</span>
      </summary>
      <EligibilityPanel eligibility={verdict.eligibility} />
      <Priorities priorities={verdict.priorities} eligibility={verdict.eligibility} questions={questions} />
    </details>
  );
});
