import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import { Recommendation } from './finding.entity.js';
import { FollowUp } from './follow-up.entity.js';
import {
  ANSWERING_ROLES,
  answerRefusal,
  REVIEWING_ROLES,
  reviewRefusal,
  UNIT_ANSWERS,
} from './follow-up.service.js';
import {
  FollowUpConnection,
  FollowUpsArgs,
  RespondToFollowUpInput,
  ReviewFollowUpInput,
} from './monitoring.inputs.js';
import { isOverdue } from './overdue.js';
import { FollowUpViewerMay } from './viewer-may.types.js';

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @AllowAnyRole()
  @Query(() => FollowUpConnection, {
    description: "Follow-ups of the units in the viewer's scope, by due date.",
  })
  async followUps(
    @Args() args: FollowUpsArgs,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<FollowUpConnection> {
    return Object.assign(new FollowUpConnection(), {
      page: await ctx.services.followUps.page(viewer, args),
    });
  }

  @AllowAnyRole()
  @Query(() => FollowUp, { nullable: true, description: "One follow-up; null outside the viewer's scope." })
  followUp(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<FollowUp | null> {
    return ctx.services.followUps.byId(viewer, id);
  }

  @Allow(...ANSWERING_ROLES)
  @Mutation(() => FollowUp, { description: 'The unit says what it did: in progress, or done.' })
  respondToFollowUp(
    @Arg('input') input: RespondToFollowUpInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<FollowUp> {
    return ctx.services.followUps.respond(viewer, input, ctx.request);
  }

  @Allow(...REVIEWING_ROLES)
  @Mutation(() => FollowUp, { description: 'Verifies a done follow-up, or sends it back with a note.' })
  reviewFollowUp(
    @Arg('input') input: ReviewFollowUpInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<FollowUp> {
    return ctx.services.followUps.review(viewer, input, ctx.request);
  }

  @FieldResolver(() => Boolean, { description: 'Past its due date and not done.' })
  overdue(@Root() followUp: FollowUp): boolean {
    return isOverdue(followUp);
  }

  @FieldResolver(() => FollowUpViewerMay)
  viewerMay(@Root() followUp: FollowUp, @CurrentViewer() viewer: Viewer): FollowUpViewerMay {
    const answer = answerRefusal(viewer.role, followUp) === null;
    return Object.assign(new FollowUpViewerMay(), {
      respond: answer,
      respondWith: answer ? [...UNIT_ANSWERS] : [],
      changeFiles: answer,
      review: reviewRefusal(viewer.role, followUp) === null,
    });
  }

  @FieldResolver(() => Unit)
  async unit(@Root() followUp: FollowUp, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unit.load(followUp.unitId)) as Unit;
  }

  @FieldResolver(() => Recommendation, { nullable: true, description: 'Null for a coaching follow-up.' })
  recommendation(@Root() followUp: FollowUp, @Ctx() ctx: Context): Promise<Recommendation | null> | null {
    return followUp.recommendationId ? ctx.loaders.recommendation.load(followUp.recommendationId) : null;
  }
}
