import { scoredValue } from '../editing/answer-value';
import { valueCodes } from '../editing/question-answer';
import type { LayerIndex } from '../worksheet/layer-index';
import type { AnswerValue, LkeGroup, LkeQuestion } from '../worksheet/types';
import { areasOf, questionsUnder, type WorksheetNode } from '../worksheet/worksheet-tree';

export interface QuestionComparison {
  question: LkeQuestion;
  /** Each layer's own answer to the question (none for one scored from counts). */
  unitAnswer: AnswerValue | null;
  tpiAnswer: AnswerValue | null;
  /** Each layer's share of the question earned, null when not scored (or not applicable). */
  unit: number | null;
  tpi: number | null;
  /** Whether the two layers answered differently (any count, for a formula). */
  differs: boolean;
}

export interface AreaComparison {
  area: LkeGroup;
  unit: number | null;
  tpi: number | null;
  /** TPI minus unit, in points; null while one layer has no score. */
  difference: number | null;
  /** Differing questions first, the largest change in score first; the rest in sheet order. */
  questions: QuestionComparison[];
}

const gap = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
const size = (value: number | null) => (value === null ? -1 : Math.abs(value));

function compareQuestion(question: LkeQuestion, unit: LayerIndex, tpi: LayerIndex): QuestionComparison {
  const differs = valueCodes(question).some(
    (code) => scoredValue(unit.answers.get(code)) !== scoredValue(tpi.answers.get(code)),
  );
  return {
    question,
    unitAnswer: unit.answers.get(question.code) ?? null,
    tpiAnswer: tpi.answers.get(question.code) ?? null,
    unit: unit.questions.get(question.code)?.ratio ?? null,
    tpi: tpi.questions.get(question.code)?.ratio ?? null,
    differs,
  };
}

/** The unit's and the TPI's scores side by side, per area and per question, differences first. */
export function compareLayers(tree: WorksheetNode, unit: LayerIndex, tpi: LayerIndex): AreaComparison[] {
  const areas = areasOf(tree).map((node, position) => {
    const unitScore = unit.groups.get(node.group.code)?.score ?? null;
    const tpiScore = tpi.groups.get(node.group.code)?.score ?? null;
    const questions = questionsUnder(node)
      .map((question, order) => ({ comparison: compareQuestion(question, unit, tpi), order }))
      .sort(
        (a, b) =>
          Number(b.comparison.differs) - Number(a.comparison.differs) ||
          size(gap(b.comparison.unit, b.comparison.tpi)) - size(gap(a.comparison.unit, a.comparison.tpi)) ||
          a.order - b.order,
      )
      .map(({ comparison }) => comparison);
    return {
      comparison: {
        area: node.group,
        unit: unitScore,
        tpi: tpiScore,
        difference: gap(unitScore, tpiScore),
        questions,
      },
      position,
    };
  });
  return areas
    .sort(
      (a, b) =>
        size(b.comparison.difference) - size(a.comparison.difference) ||
        b.comparison.questions.filter((item) => item.differs).length -
          a.comparison.questions.filter((item) => item.differs).length ||
        a.position - b.position,
    )
    .map(({ comparison }) => comparison);
}
