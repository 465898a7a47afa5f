import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Unit } from '../units/unit.entity.js';
import { Assessment } from './assessment.entity.js';

/** Admin-only: a unit's assessment of a year, batched across a page of units. */
@Resolver(() => Unit)
export class UnitAssessmentResolver {
  @FieldResolver(() => Assessment, { nullable: true })
  assessment(
    @Root() unit: Unit,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<Assessment | null> {
    return ctx.loaders.assessmentByUnitYear.load({ unitId: unit.id, year });
  }
}
