import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../common/scalars.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';

@ObjectType({
  description: 'A layer of one assessment reopened after its deadline, until a day, with a reason.',
})
@Entity('layer_reopening')
export class LayerReopening {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  assessmentId: string;

  @Field(() => AnswerLayer)
  @Column('text')
  layer: AnswerLayer;

  @Field(() => LocalDate, { description: 'Open until this day (inclusive).' })
  @Column('date')
  until: string;

  @Field()
  @Column('text')
  reason: string;

  @Index()
  @Column('uuid', { nullable: true })
  reopenedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
