import { useQuery } from '@apollo/client/react';
import { type AnswerLayer, AssessmentLayerDocument } from '@zi/schema/admin';
import { Loading } from '@zi/ui';
import { useMemo } from 'react';
import { ApiError } from '../ApiError';
import { EligibilityPanel } from './EligibilityPanel';
import { indexLayer } from './layer-index';
import { Priorities } from './Priorities';
import type { LkeQuestion } from './types';
import { WorksheetTree } from './WorksheetTree';
import type { WorksheetNode } from './worksheet-tree';

interface LayerDetailsProps {
  assessmentId: string;
  layer: AnswerLayer;
  tree: WorksheetNode;
  questions: readonly LkeQuestion[];
}

/** What one layer says: eligibility, what to fix first, and every answer in the worksheet. */
export function LayerDetails({ assessmentId, layer, tree, questions }: LayerDetailsProps) {
  const { data, previousData, loading, error, refetch } = useQuery(AssessmentLayerDocument, {
    variables: { id: assessmentId, layer },
  });
  // While another layer loads, the one before stays on screen, dimmed: the reader keeps their
  // place and the areas they opened.
  const details = (data ?? previousData)?.assessment?.layer ?? null;
  const index = useMemo(() => indexLayer(details), [details]);

  if (error) return <ApiError error={error} onRetry={() => void refetch()} />;
  if (!details) return loading ? <Loading /> : null;
  return (
    <div className="layer-details" aria-busy={loading} data-testid="layer-details">
      {loading && <Loading />}
      {details.score && (
        <>
          <EligibilityPanel eligibility={details.eligibility} />
          <Priorities
            priorities={details.priorities}
            eligibility={details.eligibility}
            questions={questions}
          />
        </>
      )}
      <WorksheetTree tree={tree} index={index} />
    </div>
  );
}
