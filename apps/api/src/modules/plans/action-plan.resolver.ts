import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { viewerOf } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';
import { ActionPlanArgs, ActionPlanItemInput, ActionPlanProgressInput } from './action-plan.inputs.js';
import { isLate } from './action-plan.service.js';
import { ActionPlanItem } from './action-plan-item.entity.js';

@Resolver(() => ActionPlanItem)
export class ActionPlanResolver {
  @AllowAnyRole()
  @Query(() => [ActionPlanItem], { description: 'A unit’s action plan for a year, by area and quarter.' })
  actionPlan(@Args() args: ActionPlanArgs, @Ctx() ctx: Context): Promise<ActionPlanItem[]> {
    return ctx.services.actionPlans.items(viewerOf(ctx), args.unitId, args.year);
  }

  @Allow(Role.UNIT_OPERATOR, Role.ADMIN)
  @Mutation(() => ActionPlanItem, { description: 'Adds an activity to a unit’s action plan.' })
  addActionPlanItem(@Arg('input') input: ActionPlanItemInput, @Ctx() ctx: Context): Promise<ActionPlanItem> {
    return ctx.services.actionPlans.add(viewerOf(ctx), input, ctx.request);
  }

  @Allow(Role.UNIT_OPERATOR, Role.ADMIN)
  @Mutation(() => ActionPlanItem, { description: 'Records what was done on an activity.' })
  updateActionPlanProgress(
    @Arg('input') input: ActionPlanProgressInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPlanItem> {
    return ctx.services.actionPlans.progress(viewerOf(ctx), input, ctx.request);
  }

  @FieldResolver(() => Boolean, { description: 'Its target quarter has ended and it is not done.' })
  late(@Root() item: ActionPlanItem): boolean {
    return isLate(item);
  }
}
