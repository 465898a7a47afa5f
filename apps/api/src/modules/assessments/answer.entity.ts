import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AnswerLayer } from './assessment.entity.js';
import { PLAIN_FIELDS } from './plain-fields.js';

/** One question's (or count input's) answer in one layer; `version` guards concurrent edits. */
@ObjectType({ ...PLAIN_FIELDS, description: 'An answer to a question or a count input, in one layer.' })
@Entity('answer')
export class Answer {
  @PrimaryColumn('uuid')
  assessmentId: string;

  @PrimaryColumn('text')
  layer: AnswerLayer;

  @Field({ description: 'The question or count input code, e.g. "A.I.1.i.b" or "A.II.1.i.a.n1".' })
  @PrimaryColumn('text')
  code: string;

  @Column('jsonb', { nullable: true })
  value: string | number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  authorId: string | null;

  @Field()
  @Column('timestamptz')
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with the next edit; a stale version is a CONFLICT.' })
  @Column('integer')
  version: number;

  @Field(() => String, { nullable: true, description: 'The chosen option, for choice questions.' })
  get option(): string | null {
    return typeof this.value === 'string' ? this.value : null;
  }

  @Field(() => Float, { nullable: true, description: 'The number, for surveys and counts.' })
  get number(): number | null {
    return typeof this.value === 'number' ? this.value : null;
  }
}
