import { scoredValue } from '../editing/answer-value';
import { valueCodes } from '../editing/question-answer';
import type { LayerIndex } from '../worksheet/layer-index';
import type { LkeQuestion } from '../worksheet/types';

/**
 * The questions accepting the unit's answers fills, as the API does: those the unit answered fully
 * and the TPI not at all.
 */
export function acceptableQuestions(
  questions: readonly LkeQuestion[],
  unit: LayerIndex,
  tpi: LayerIndex,
): string[] {
  return questions
    .filter((question) => {
      const codes = valueCodes(question);
      return (
        codes.every((code) => scoredValue(unit.answers.get(code)) !== null) &&
        codes.every((code) => scoredValue(tpi.answers.get(code)) === null)
      );
    })
    .map((question) => question.code);
}
