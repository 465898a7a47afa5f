import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import {
  ActionPlanArgs,
  ActionPlanItemConnection,
  ActionPlanItemInput,
  ActionPlanProgressInput,
  LatePlanItemsArgs,
} from './action-plan.inputs.js';
import { isLate, quartersLate, REALISATION_REQUIRED_FOR } from './action-plan.service.js';
import { ActionPlanItem, PlanItemStatus } from './action-plan-item.entity.js';

@Resolver(() => ActionPlanItem)
export class ActionPlanResolver {
  @AllowAnyRole()
  @Query(() => [ActionPlanItem], { description: 'A unit’s action plan for a year, by area and quarter.' })
  actionPlan(
    @Args() args: ActionPlanArgs,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ActionPlanItem[]> {
    return ctx.services.actionPlans.items(viewer, args.unitId, args.year);
  }

  @AllowAnyRole()
  @Query(() => ActionPlanItemConnection, {
    description:
      "Late activities of the active units in the viewer's scope, across plans: the most overdue first, then by unit name.",
  })
  async latePlanItems(
    @Args() args: LatePlanItemsArgs,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ActionPlanItemConnection> {
    return Object.assign(new ActionPlanItemConnection(), {
      page: await ctx.services.actionPlans.late(viewer, args),
    });
  }

  @Allow(Role.UNIT_OPERATOR, Role.ADMIN)
  @Mutation(() => ActionPlanItem, { description: 'Adds an activity to a unit’s action plan.' })
  addActionPlanItem(
    @Arg('input') input: ActionPlanItemInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ActionPlanItem> {
    return ctx.services.actionPlans.add(viewer, input, ctx.request);
  }

  @Allow(Role.UNIT_OPERATOR, Role.ADMIN)
  @Mutation(() => ActionPlanItem, { description: 'Records what was done on an activity.' })
  updateActionPlanProgress(
    @Arg('input') input: ActionPlanProgressInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ActionPlanItem> {
    return ctx.services.actionPlans.progress(viewer, input, ctx.request);
  }

  @FieldResolver(() => Boolean, { description: 'Its target quarter has ended and it is not done.' })
  late(@Root() item: ActionPlanItem): boolean {
    return isLate(item);
  }

  @FieldResolver(() => Int, {
    description: 'How many quarters have begun since its target quarter ended undone; 0 when not late.',
  })
  quartersLate(@Root() item: ActionPlanItem): number {
    return quartersLate(item);
  }

  @FieldResolver(() => [PlanItemStatus], {
    description: 'The statuses it takes only with its realisation, what was done (updateActionPlanProgress).',
  })
  realisationRequiredFor(): readonly PlanItemStatus[] {
    return REALISATION_REQUIRED_FOR;
  }

  @FieldResolver(() => Unit)
  async unit(@Root() item: ActionPlanItem, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unit.load(item.unitId)) as Unit;
  }
}
