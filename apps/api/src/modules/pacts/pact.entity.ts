import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';
import { Node } from '../../common/node.js';
import { LocalDate } from '../../common/scalars.js';

@ObjectType({ implements: Node, description: 'An integrity pact (Pakta Integritas, PermenPANRB 49/2011).' })
@Entity('pact')
export class Pact implements Node {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Pact', this.id);
  }

  @Index()
  @Column('uuid')
  unitId: string;

  @Field(() => LocalDate)
  @Column('date')
  signedOn: string;

  @Field({ description: 'The occasion: ZI declaration, appointment, transfer.' })
  @Column('text')
  occasion: string;

  @Field({ description: 'The leader who signed for the unit.' })
  @Column('text')
  leaderName: string;

  @Field(() => Int)
  @Column('integer')
  signatoryCount: number;

  @Field(() => String, { nullable: true, description: 'Where the signed document can be read.' })
  @Column('text', { nullable: true })
  documentRef: string | null;

  @Field({ description: 'The code printed on the pact poster, for public verification.' })
  @Column('text', { unique: true })
  verificationCode: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
