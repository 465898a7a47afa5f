import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';

@ObjectType({ description: 'A quarterly monitoring round (monev triwulan) of an instansi.' })
@Entity('monitoring_round')
export class MonitoringRound {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('MonitoringRound', this.id);
  }

  @Index()
  @Column('uuid')
  instansiId: string;

  @Field(() => Int)
  @Column('integer')
  year: number;

  @Field(() => Int, { description: '1 to 4.' })
  @Column('integer')
  quarter: number;

  @Field(() => Date, { nullable: true, description: 'When the Inspektorat closed it; null while open.' })
  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
