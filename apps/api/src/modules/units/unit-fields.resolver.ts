import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { todayInIndonesia } from '../../common/dates.js';
import { LocalDate } from '../../common/scalars.js';
import { Instansi } from '../instansi/instansi.entity.js';
import { Predicate, PredicateKind } from '../predicates/predicate.entity.js';
import { activePredicateOf } from '../predicates/predicate-rules.js';
import { StageEvent } from '../stages/stage-event.entity.js';
import { Unit } from './unit.entity.js';

/** The relations of a unit, each through a per-request DataLoader. Shared by both schemas. */
@Resolver(() => Unit)
export class UnitFieldsResolver {
  @FieldResolver(() => Instansi)
  async instansi(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Instansi> {
    const instansi = await ctx.loaders.instansi.load(unit.instansiId);
    if (!instansi) throw new Error(`unit ${unit.id} has no instansi`);
    return instansi;
  }

  @FieldResolver(() => [StageEvent], { description: 'The stage timeline, oldest step first.' })
  timeline(@Root() unit: Unit, @Ctx() ctx: Context): Promise<StageEvent[]> {
    return ctx.loaders.timelineByUnit.load(unit.id);
  }

  @FieldResolver(() => [Predicate], {
    description: 'Predicates awarded, oldest first, revoked ones included.',
  })
  predicates(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Predicate[]> {
    return ctx.loaders.predicatesByUnit.load(unit.id);
  }

  @FieldResolver(() => PredicateKind, {
    nullable: true,
    description: 'The highest predicate the unit holds now (WBBM over WBK); null if none or revoked.',
  })
  async activePredicate(@Root() unit: Unit, @Ctx() ctx: Context): Promise<PredicateKind | null> {
    return activePredicateOf(await ctx.loaders.predicatesByUnit.load(unit.id));
  }

  @FieldResolver(() => LocalDate, {
    nullable: true,
    description:
      'The day (in Indonesia) the unit was archived: it left the registry and keeps its history; null while active.',
  })
  archivedOn(@Root() unit: Unit): string | null {
    return unit.archivedAt ? todayInIndonesia(unit.archivedAt.getTime()) : null;
  }
}
