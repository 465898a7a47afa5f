import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SampleMethod, ScaleConversion } from './survey-enums.js';

/** An instansi's survey rules; a period copies them when it opens, so a later change leaves it as it was. */
@Entity('survey_settings')
export class SurveySettings {
  @PrimaryColumn('uuid')
  instansiId: string;

  @Column('integer')
  scalePoints: number;

  @Column('text')
  conversion: ScaleConversion;

  @Column('text')
  sampleMethod: SampleMethod;

  @Column('boolean')
  publicWhileOpen: boolean;

  @Column('uuid')
  updatedBy: string;

  @Column('timestamptz')
  updatedAt: Date;
}
