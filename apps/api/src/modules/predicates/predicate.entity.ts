import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../common/scalars.js';

export enum PredicateKind {
  WBK = 'wbk',
  WBBM = 'wbbm',
}
registerEnumType(PredicateKind, {
  name: 'PredicateKind',
  description: 'Menuju WBK (corruption-free area) or Menuju WBBM (clean and serving bureaucracy).',
});

@ObjectType({ description: 'A predicate awarded by KemenPANRB, possibly revoked later.' })
@Entity('predicate')
export class Predicate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  unitId: string;

  @Field(() => PredicateKind)
  @Column('text')
  kind: PredicateKind;

  @Field(() => Int)
  @Column('integer')
  year: number;

  @Field({ description: 'The decree (SK) that awarded it.' })
  @Column('text')
  decreeNumber: string;

  @Field(() => LocalDate)
  @Column('date')
  decreeDate: string;

  @Field(() => LocalDate, { nullable: true })
  @Column('date', { nullable: true })
  revokedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  revocationReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
