import type { GroupScore, QuestionScore } from '@zi/lke';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AnswerLayer } from './assessment.entity.js';

/** The engine's result for one layer, stored with the answers that produced it. */
@Entity('assessment_score')
export class AssessmentScore {
  @PrimaryColumn('uuid')
  assessmentId: string;

  @PrimaryColumn('text')
  layer: AnswerLayer;

  @Column('numeric', {
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  total: number;

  @Column('integer')
  answered: number;

  @Column('integer')
  questions: number;

  @Column('jsonb')
  groups: Record<string, GroupScore>;

  @Column('jsonb')
  questionScores: Record<string, QuestionScore>;

  @Column('timestamptz')
  computedAt: Date;
}
