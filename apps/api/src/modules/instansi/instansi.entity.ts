import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';
import type { IndonesianTimeZone } from '../../common/indonesian-time.js';
import { Node } from '../../common/node.js';

export enum InstansiKind {
  PROVINCE = 'province',
  REGENCY = 'regency',
  CITY = 'city',
  MINISTRY = 'ministry',
}
registerEnumType(InstansiKind, { name: 'InstansiKind', description: 'The kind of government body.' });

@ObjectType({ implements: Node, description: 'A government body (ministry, province, regency or city).' })
@Entity('instansi')
export class Instansi implements Node {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Instansi', this.id);
  }

  @Field()
  @Column('text')
  name: string;

  @Field(() => InstansiKind)
  @Column('text')
  kind: InstansiKind;

  @Field(() => String, {
    nullable: true,
    description: 'Kemendagri region code, e.g. "64" (province) or "64.71" (city); null for a ministry.',
  })
  @Column('text', { nullable: true })
  regionCode: string | null;

  /** Whether a TPI approval waits for the team lead's (ketua tim) confirmation. Admin schema only. */
  @Column('boolean')
  secondReview: boolean;

  /** The Inspektorat's address under the letterhead of its reports (LHE). Admin schema only. */
  @Column('text', { nullable: true })
  inspectorateAddress: string | null;

  /** The Inspektur who signs its reports, and their NIP. Admin schema only. */
  @Column('text', { nullable: true })
  inspekturName: string | null;

  @Column('text', { nullable: true })
  inspekturNip: string | null;

  /** How its reports are numbered: `{nomor}` (the year's sequence) and `{tahun}`. Admin schema only. */
  @Column('text')
  lheNumberFormat: string;

  /** Its time zone, from its region (migration 1766500000000): every time it is told is in it. */
  @Column({
    type: 'text',
    generatedType: 'STORED',
    asExpression: 'indonesian_time_zone(region_code)',
    insert: false,
    update: false,
  })
  timeZone: IndonesianTimeZone;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
