import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { AnswerLayer } from '../assessments/assessment.entity.js';

export enum AnswerChangeKind {
  ANSWER = 'answer',
  EVIDENCE_ADDED = 'evidence_added',
  EVIDENCE_REPLACED = 'evidence_replaced',
  EVIDENCE_LINKED = 'evidence_linked',
  EVIDENCE_REMOVED = 'evidence_removed',
}
registerEnumType(AnswerChangeKind, { name: 'AnswerChangeKind', description: 'What changed on a question.' });

@ObjectType({ description: 'An answer as it stood before or after a change.' })
export class AnswerSnapshot {
  @Field(() => String, { nullable: true })
  option: string | null;

  @Field(() => Float, { nullable: true })
  number: number | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: "One change to a question's answer or evidence, read from the audit trail." })
export class AnswerChange {
  @Field()
  occurredAt: Date;

  actorId: string | null;

  @Field(() => AnswerLayer)
  layer: AnswerLayer;

  @Field(() => AnswerChangeKind)
  kind: AnswerChangeKind;

  @Field({ description: 'The question, or one of its count inputs.' })
  code: string;

  @Field(() => AnswerSnapshot, { nullable: true, description: 'For ANSWER: what it was; null if first.' })
  before: AnswerSnapshot | null;

  @Field(() => AnswerSnapshot, { nullable: true, description: 'For ANSWER: what it became.' })
  after: AnswerSnapshot | null;

  @Field(() => [String], { description: 'For evidence changes: the files or links concerned.' })
  evidenceNames: string[];
}
