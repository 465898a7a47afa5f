import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { PLAIN_FIELDS } from '../assessments/plain-fields.js';

/** A stored file, kept once however many questions link to it. */
@Entity('evidence_file')
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  sha256: string;

  @Column('bigint', { transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  size: number;

  @Column('text')
  mediaType: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({
  ...PLAIN_FIELDS,
  description: 'Evidence (bukti dukung) for one question: a stored file or a link to a document.',
})
@Entity('evidence')
export class Evidence {
  @Field(() => ID, { description: 'Random, never sequential.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  assessmentId: string;

  @Field(() => AnswerLayer)
  @Column('text')
  layer: AnswerLayer;

  @Field({ description: 'The question code.' })
  @Column('text')
  code: string;

  @Index()
  @Column('uuid', { nullable: true })
  fileId: string | null;

  @Field(() => String, { nullable: true, description: 'For a link: the document’s address.' })
  @Column('text', { nullable: true })
  url: string | null;

  @Field({ description: 'File name, or the link’s title.' })
  @Column('text')
  name: string;

  @Index()
  @Column('uuid', { nullable: true })
  addedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'The newer evidence that replaced this one.' })
  @Index()
  @Column('uuid', { nullable: true })
  replacedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  removedAt: Date | null;

  @Index()
  @Column('uuid', { nullable: true })
  removedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Where an authorised user downloads the file.' })
  get downloadUrl(): string | null {
    return this.fileId ? `/admin/evidence/${this.id}` : null;
  }
}

@ObjectType('EvidenceFileInfo', PLAIN_FIELDS)
export class EvidenceFileInfo {
  @Field()
  sha256: string;

  @Field(() => Float)
  size: number;

  @Field()
  mediaType: string;
}
