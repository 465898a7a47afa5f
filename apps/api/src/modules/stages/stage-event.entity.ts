import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../common/scalars.js';

export enum Stage {
  DECLARED = 'declared',
  BUILDING = 'building',
  SELF_ASSESSED = 'self_assessed',
  TPI_EVALUATED = 'tpi_evaluated',
  PROPOSED = 'proposed',
  WBK = 'wbk',
  WBBM = 'wbbm',
  NOT_AWARDED = 'not_awarded',
  REVOKED = 'revoked',
}
registerEnumType(Stage, {
  name: 'Stage',
  description: "A step of a unit's Zona Integritas lifecycle.",
  valuesConfig: {
    DECLARED: { description: 'Pencanangan: ZI declared, integrity pact signed.' },
    BUILDING: { description: 'Pembangunan: work team formed, building across the six change areas.' },
    SELF_ASSESSED: { description: 'Penilaian mandiri: the unit filled its evaluation worksheet (LKE).' },
    TPI_EVALUATED: { description: 'Evaluated by the internal assessment team (TPI).' },
    PROPOSED: { description: 'Pengusulan: proposed to KemenPANRB.' },
    WBK: { description: 'Awarded Menuju WBK.' },
    WBBM: { description: 'Awarded Menuju WBBM.' },
    NOT_AWARDED: { description: 'Evaluated by the national team and not awarded.' },
    REVOKED: { description: 'Predicate revoked (pencabutan).' },
  },
});

@ObjectType({ description: "One step of a unit's timeline." })
@Entity('stage_event')
export class StageEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  unitId: string;

  @Field(() => Stage)
  @Column('text')
  stage: Stage;

  @Field(() => LocalDate)
  @Column('date')
  occurredOn: string;

  @Field(() => Int, { description: 'The program year the step belongs to.' })
  @Column('integer')
  year: number;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'A public source: a news article, a decree.' })
  @Column('text', { nullable: true })
  sourceUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
