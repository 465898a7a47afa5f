import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';
import { Node } from '../../common/node.js';
import { LocalDate } from '../../common/scalars.js';
import { Stage } from '../stages/stage-event.entity.js';

export enum UnitKind {
  DINAS = 'dinas',
  BADAN = 'badan',
  RSUD = 'rsud',
  PUSKESMAS = 'puskesmas',
  SCHOOL = 'school',
  KECAMATAN = 'kecamatan',
  OTHER = 'other',
}
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'The kind of work unit (unit kerja).',
  valuesConfig: {
    DINAS: { description: 'An agency office (dinas).' },
    BADAN: { description: 'A board or agency (badan).' },
    RSUD: { description: 'A regional public hospital.' },
    PUSKESMAS: { description: 'A community health centre.' },
    SCHOOL: { description: 'A public school (SMA, SMK, SLB).' },
    KECAMATAN: { description: 'A district office.' },
    OTHER: { description: 'Any other work unit (UPT, secretariat, bureau).' },
  },
});

@ObjectType({ implements: Node, description: 'A work unit (unit kerja) that can build an integrity zone.' })
@Entity('unit')
export class Unit implements Node {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Unit', this.id);
  }

  @Index()
  @Column('uuid')
  instansiId: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => UnitKind)
  @Column('text')
  kind: UnitKind;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: "The unit head's name." })
  @Column('text', { nullable: true })
  headName: string | null;

  @Field({ description: 'Whether the unit serves the public directly (a service unit).' })
  @Column('boolean')
  servesPublic: boolean;

  @Field(() => Stage, {
    nullable: true,
    description: 'The latest stage of its timeline; null while the unit has not declared ZI.',
  })
  @Column('text', { nullable: true })
  currentStage: Stage | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the unit reached its current stage.' })
  @Column('date', { nullable: true })
  currentStageOn: string | null;

  @Field(() => [String], {
    description: 'Acronyms and short names the unit is known by ("DPMPTSP", "Bappeda"); search finds them.',
  })
  @Column('text', { array: true, default: () => "'{}'" })
  aliases: string[];

  /** The Inspektorat's own code for the unit: the stable key of imports. Admin schema only. */
  @Column('text', { nullable: true })
  code: string | null;

  /** The unit's own Kemendagri region, where it differs from its instansi's. Admin schema only. */
  @Column('text', { nullable: true })
  regionCode: string | null;

  /** Archived units leave lists but keep their history; a unit with history is never deleted. */
  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @Column('text', { nullable: true })
  archiveReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
