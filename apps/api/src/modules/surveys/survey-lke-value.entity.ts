import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A closed period's index as it went into a worksheet question of the unit layer. */
@Entity('survey_lke_value')
export class SurveyLkeValue {
  @PrimaryColumn('uuid')
  assessmentId: string;

  @PrimaryColumn('text')
  questionCode: string;

  @Column('uuid')
  periodId: string;

  /** numeric(4,2): read as text by pg, turned into a number here. */
  @Column('numeric', {
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  value: number;

  /** The index exactly, "n/d", before it was rounded to two places. */
  @Column('text')
  exact: string;

  @Column('integer')
  responsesUsed: number;

  /** False when the unit layer could not be written at closing (submitted, or its window shut). */
  @Column('boolean')
  written: boolean;

  @Column('timestamptz')
  setAt: Date;
}
