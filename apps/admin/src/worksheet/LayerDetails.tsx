import { useQuery } from '@apollo/client/react';
import { type AnswerLayer, AssessmentLayerDocument } from '@zi/schema/admin';
import { Loading } from '@zi/ui';
import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { ApiError } from '../ApiError';
import { AnswerHistoryProvider } from '../answer-history/AnswerHistoryProvider';
import { LayerEditor } from '../editing/LayerEditor';
import { useEvidenceGuidance } from '../guidance/useEvidenceGuidance';
import { useSurveyValues } from '../surveys/useSurveyValues';
import type { ReturnMarks } from '../workflow/return-marks';
import { LayerView } from './LayerView';
import { indexLayer } from './layer-index';
import { revealQuestion } from './reveal-question';
import type { LkeQuestion, WorksheetAssessment } from './types';
import { evidenceByCode, type ReferenceLayer, WorksheetContext } from './WorksheetContext';
import type { WorksheetNode } from './worksheet-tree';

interface LayerDetailsProps {
  assessment: WorksheetAssessment;
  layer: AnswerLayer;
  /** Whether the viewer may edit this layer now. */
  editable: boolean;
  tree: WorksheetNode;
  questions: readonly LkeQuestion[];
  marks: ReturnMarks | null;
  user: string;
}

/**
 * Goes to the question the address names (`#q-A.I.1.i.a`, as the comparison links to it) once the
 * layer is on screen: opens its area, which the browser does not, and scrolls there.
 */
function useQuestionInAddress(shown: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!shown || !hash.startsWith('#q-')) return;
    const code = decodeURIComponent(hash.slice(3));
    revealQuestion(code);
    document.getElementById(`q-${code}`)?.scrollIntoView({ block: 'start' });
  }, [shown, hash]);
}

/** What one layer says: score, eligibility, what to fix first, and every answer; editable when allowed. */
export function LayerDetails({
  assessment,
  layer,
  editable,
  tree,
  questions,
  marks,
  user,
}: LayerDetailsProps) {
  const { data, previousData, loading, error, refetch } = useQuery(AssessmentLayerDocument, {
    variables: { id: assessment.id, layer },
  });
  // The evaluator answers beside the unit's answers.
  const unitLayer = useQuery(AssessmentLayerDocument, {
    variables: { id: assessment.id, layer: 'UNIT' },
    skip: !editable || layer !== 'TPI',
  }).data?.assessment?.layer;
  // While another layer loads, the one before stays on screen, dimmed: the reader keeps their
  // place and the areas they opened.
  const details = (data ?? previousData)?.assessment?.layer ?? null;

  const reference = useMemo<ReferenceLayer | null>(
    () => (unitLayer ? { index: indexLayer(unitLayer), evidence: evidenceByCode(unitLayer.evidence) } : null),
    [unitLayer],
  );
  const openReturns = useMemo(
    () => new Map(assessment.openReturns.map((open) => [open.code, open])),
    [assessment.openReturns],
  );
  const evidence = useMemo(() => evidenceByCode(details?.evidence ?? []), [details?.evidence]);
  const framework = assessment.framework.code;
  const guidanceByCode = useEvidenceGuidance(framework);
  const guidance = useMemo(() => ({ framework, byCode: guidanceByCode }), [framework, guidanceByCode]);
  const surveyValuesByCode = useSurveyValues(assessment.id);
  const shownLayer = details?.layer;
  const surveyValues = useMemo(
    () => ({ byCode: surveyValuesByCode, unitLayer: shownLayer === 'UNIT' }),
    [surveyValuesByCode, shownLayer],
  );
  const context = useMemo(
    () => ({ evidence, openReturns, marks, reference, guidance, surveyValues, editor: null }),
    [evidence, openReturns, marks, reference, guidance, surveyValues],
  );

  useQuestionInAddress(details !== null);

  if (error) return <ApiError error={error} onRetry={() => void refetch()} />;
  if (!details) return loading ? <Loading /> : null;
  return (
    <div className="layer-details" aria-busy={loading} data-testid="layer-details">
      {loading && <Loading />}
      <AnswerHistoryProvider assessmentId={assessment.id}>
        {editable && details.layer === layer ? (
          <LayerEditor
            key={layer}
            assessment={assessment}
            details={details}
            tree={tree}
            questions={questions}
            context={context}
            user={user}
          />
        ) : (
          <WorksheetContext value={context}>
            <LayerView details={details} tree={tree} questions={questions} />
          </WorksheetContext>
        )}
      </AnswerHistoryProvider>
    </div>
  );
}
