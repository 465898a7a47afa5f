import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ChangeArea } from './change-area.js';

export enum ProgressJudgement {
  NOT_STARTED = 'not_started',
  BEHIND = 'behind',
  ON_TRACK = 'on_track',
  AHEAD = 'ahead',
}
registerEnumType(ProgressJudgement, {
  name: 'ProgressJudgement',
  description: "The Inspektorat's judgement of a unit's progress in an area this quarter.",
});

@ObjectType({ description: "A unit's progress in one change area, judged in a monitoring round." })
@Entity('monitoring_progress')
export class MonitoringProgress {
  @PrimaryColumn('uuid')
  roundId: string;

  @PrimaryColumn('uuid')
  unitId: string;

  @Field(() => ChangeArea)
  @PrimaryColumn('text')
  area: ChangeArea;

  @Field(() => ProgressJudgement)
  @Column('text')
  judgement: ProgressJudgement;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;

  @Field()
  @Column('timestamptz')
  updatedAt: Date;

  @Field(() => Int, {
    description: 'Send it back with the next edit (saveMonitoringCells); a stale version is a CONFLICT.',
  })
  @Column('integer', { default: 1 })
  version: number;
}
