import { memo } from 'react';
import { EligibilityPanel } from './EligibilityPanel';
import { Priorities } from './Priorities';
import type { LkeQuestion, WorksheetLayer } from './types';

interface LayerVerdictSectionsProps {
  verdict: Pick<WorksheetLayer, 'eligibility' | 'priorities'>;
  questions: readonly LkeQuestion[];
}

/** Whether the layer meets WBK and WBBM, and where the next points come from; unchanged by a note. */
export const LayerVerdictSections = memo(function LayerVerdictSections({
  verdict,
  questions,
}: LayerVerdictSectionsProps) {
  return (
    <>
      <EligibilityPanel eligibility={verdict.eligibility} />
      <Priorities priorities={verdict.priorities} eligibility={verdict.eligibility} questions={questions} />
    </>
  );
});
