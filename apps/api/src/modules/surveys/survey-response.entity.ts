import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What one respondent sent: append-only (a trigger refuses any update or delete). */
@Entity('survey_response')
export class SurveyResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  periodId: string;

  @Column('timestamptz')
  receivedAt: Date;

  @Column('text', { nullable: true })
  serviceType: string | null;

  /** Ratings by instrument code, item by item in the instrument's order. */
  @Column('jsonb')
  ratings: Record<string, number[]>;

  @Column('integer', { nullable: true })
  secondsTaken: number | null;

  /** A keyed hash of the device's cookie: the same device, never who it is. */
  @Column('text')
  deviceKey: string;

  /** A keyed hash of the network address and the day: no address is kept. */
  @Column('text')
  addressKey: string;

  @Column('text', { array: true })
  flags: string[];
}
