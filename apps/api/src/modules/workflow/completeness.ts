import { requireFramework } from '@zi/lke';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { AnswerLayer, type Assessment } from '../assessments/assessment.entity.js';
import { layerScore } from './workflow.queries.js';

type CheckedLayer = AnswerLayer.UNIT | AnswerLayer.TPI;

/** What a layer must hold before it moves on: the unit's to submit, the TPI's to approve. */
const COMPLETENESS: Record<CheckedLayer, { reason: RefusalReason; state: string }> = {
  [AnswerLayer.UNIT]: { reason: RefusalReason.INCOMPLETE, state: 'answered' },
  [AnswerLayer.TPI]: { reason: RefusalReason.TPI_INCOMPLETE, state: 'evaluated by the TPI' },
};

/** The questions of the framework the layer's stored score has as unanswered, in sheet order. */
async function missingQuestions(
  manager: EntityManager,
  assessment: Pick<Assessment, 'id' | 'frameworkCode'>,
  layer: AnswerLayer,
): Promise<string[]> {
  const [score] = await layerScore(manager, { assessmentId: assessment.id, layer });
  const framework = requireFramework(assessment.frameworkCode);
  return [...framework.questions.keys()].filter(
    (code) => (score?.question_scores[code]?.status ?? 'unanswered') === 'unanswered',
  );
}

/** Moving an incomplete layer on names what is missing instead of a vague refusal. */
export async function checkComplete(
  manager: EntityManager,
  assessment: Pick<Assessment, 'id' | 'frameworkCode'>,
  layer: CheckedLayer,
): Promise<void> {
  const missing = await missingQuestions(manager, assessment, layer);
  if (missing.length === 0) return;
  const { reason, state } = COMPLETENESS[layer];
  throw badInput(
    'assessmentId',
    `${missing.length} question${missing.length === 1 ? ' is' : 's are'} not ${state} yet: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`,
    { reason, incomplete: missing },
  );
}
