import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EvidenceFile } from '../evidence/evidence.entity.js';

@ObjectType({
  description: 'A file the unit attached to a follow-up as evidence of what it did (a decree, photos).',
})
@Entity('follow_up_file')
export class FollowUpFile {
  @Field(() => ID, { description: 'Random, never sequential.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  followUpId: string;

  @Index()
  @Column('uuid')
  fileId: string;

  @Field({ description: 'The name the file was uploaded with.' })
  @Column('text')
  name: string;

  @Index()
  @Column('uuid')
  addedBy: string;

  @Field({ name: 'addedAt' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The stored bytes' facts, joined by every query that returns a follow-up file. */
  file: EvidenceFile;

  @Field(() => Float, { description: 'In bytes.' })
  get size(): number {
    return this.file.size;
  }

  @Field({ description: 'Read from the file’s bytes at upload, never from its name.' })
  get mediaType(): string {
    return this.file.mediaType;
  }

  @Field({
    description: 'Where an authorised user downloads it; `?inline=1` shows a PDF or an image in place.',
  })
  get downloadUrl(): string {
    return `/admin/follow-up-files/${this.id}`;
  }
}
