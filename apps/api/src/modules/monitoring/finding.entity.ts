import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';
import { ChangeArea } from './change-area.js';

@ObjectType({ description: 'What a monitoring round found at a unit; it leads to recommendations.' })
@Entity('finding')
export class Finding {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Finding', this.id);
  }

  @Index()
  @Column('uuid')
  roundId: string;

  @Index()
  @Column('uuid')
  unitId: string;

  @Field(() => ChangeArea, { nullable: true })
  @Column('text', { nullable: true })
  area: ChangeArea | null;

  @Field()
  @Column('text')
  description: string;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'What the Inspektorat recommends about a finding; followed up by the unit.' })
@Entity('recommendation')
export class Recommendation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Recommendation', this.id);
  }

  @Index()
  @Column('uuid')
  findingId: string;

  @Field()
  @Column('text')
  description: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
