import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ExclusionReason } from './survey-enums.js';

/** A decision on a response: left out with a reason, or kept. Append-only; the latest stands. */
@Entity('survey_decision')
export class SurveyDecision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  responseId: string;

  @Column('boolean')
  excluded: boolean;

  @Column('text', { nullable: true })
  reason: ExclusionReason | null;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid')
  decidedBy: string;

  @Column('timestamptz')
  decidedAt: Date;
}
