import { describe, expect, it } from 'vitest';
import { AnswerLayer, AssessmentStatus } from '../assessments/assessment.entity.js';
import { isFinalLayer } from './layer-completeness.js';

const layer = (layer: AnswerLayer, status: AssessmentStatus, answered: number) =>
  isFinalLayer({ layer, status, answered, questions: 113 });

describe('a layer final enough for the dashboard', () => {
  it('is the unit’s once submitted and out of its hands, or fully answered', () => {
    expect(layer(AnswerLayer.UNIT, AssessmentStatus.DRAFT, 3)).toBe(false);
    expect(layer(AnswerLayer.UNIT, AssessmentStatus.DRAFT, 112)).toBe(false);
    expect(layer(AnswerLayer.UNIT, AssessmentStatus.DRAFT, 113)).toBe(true);
    expect(layer(AnswerLayer.UNIT, AssessmentStatus.SUBMITTED, 90)).toBe(true);
    expect(layer(AnswerLayer.UNIT, AssessmentStatus.IN_REVIEW, 90)).toBe(true);
    // Returned, the unit may clear answers: only a complete layer counts then.
    expect(layer(AnswerLayer.UNIT, AssessmentStatus.RETURNED, 90)).toBe(false);
    expect(layer(AnswerLayer.UNIT, AssessmentStatus.RETURNED, 113)).toBe(true);
  });

  it('is the TPI’s once approved or fully answered', () => {
    expect(layer(AnswerLayer.TPI, AssessmentStatus.IN_REVIEW, 2)).toBe(false);
    expect(layer(AnswerLayer.TPI, AssessmentStatus.SECOND_REVIEW, 2)).toBe(false);
    expect(layer(AnswerLayer.TPI, AssessmentStatus.IN_REVIEW, 113)).toBe(true);
    for (const status of [AssessmentStatus.EVALUATED, AssessmentStatus.AWARDED, AssessmentStatus.NOT_AWARDED])
      expect(layer(AnswerLayer.TPI, status, 100)).toBe(true);
  });

  it('is never a review layer, nor an empty worksheet', () => {
    expect(layer(AnswerLayer.REVIEW, AssessmentStatus.AWARDED, 113)).toBe(false);
    expect(isFinalLayer({ layer: AnswerLayer.TPI, status: 'in_review', answered: 0, questions: 0 })).toBe(
      false,
    );
  });
});
