import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An instansi's own guidance for a question of one worksheet version, in place of the default. */
@Entity('evidence_guidance')
export class EvidenceGuidanceOverride {
  @PrimaryColumn('uuid')
  instansiId: string;

  @PrimaryColumn('text')
  frameworkCode: string;

  @PrimaryColumn('text')
  questionCode: string;

  @Column('text', { array: true })
  expected: string[];

  @Column('text', { array: true })
  examples: string[];

  @Column('uuid')
  updatedBy: string;

  @Column('timestamptz')
  updatedAt: Date;
}
