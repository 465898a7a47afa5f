import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';
import { ChangeArea } from '../monitoring/change-area.js';

export enum PlanItemStatus {
  PLANNED = 'planned',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
}
registerEnumType(PlanItemStatus, { name: 'PlanItemStatus' });

@ObjectType({ description: 'One activity of a unit’s action plan (rencana aksi) for a year.' })
@Entity('action_plan_item')
export class ActionPlanItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('ActionPlanItem', this.id);
  }

  @Index()
  @Column('uuid')
  unitId: string;

  @Field(() => Int)
  @Column('integer')
  year: number;

  @Field(() => ChangeArea)
  @Column('text')
  area: ChangeArea;

  @Field({ description: 'What will be done.' })
  @Column('text')
  activity: string;

  @Field({ description: 'What it produces (a decree, an SOP, a report…).' })
  @Column('text')
  output: string;

  @Field(() => Int, { description: 'The quarter it should be done by, 1 to 4.' })
  @Column('integer')
  targetQuarter: number;

  @Field()
  @Column('text')
  personInCharge: string;

  @Field(() => PlanItemStatus)
  @Column('text')
  status: PlanItemStatus;

  @Field(() => String, { nullable: true, description: 'What was actually done.' })
  @Column('text', { nullable: true })
  realisation: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  evidenceUrl: string | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
