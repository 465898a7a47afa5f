import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { FollowUp } from '../monitoring/follow-up.entity.js';
import { Unit } from '../units/unit.entity.js';
import { unitScopeOf } from '../units/unit.scope.js';
import { AttendanceInput, CoachingSessionInput } from './coaching.inputs.js';
import { CoachingInvitation, CoachingSession } from './coaching-session.entity.js';

@Resolver(() => CoachingSession)
export class CoachingResolver {
  @AllowAnyRole()
  @Query(() => [CoachingSession], {
    description: 'Sessions in a period inviting units in the viewer’s scope.',
  })
  coachingSessions(
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<CoachingSession[]> {
    return ctx.services.coaching.sessions(viewer, from, to);
  }

  @AllowAnyRole()
  @Query(() => CoachingSession)
  coachingSession(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<CoachingSession> {
    return ctx.services.coaching.sessionOf(viewer, id, 'id');
  }

  @Allow(Role.ADMIN, Role.EVALUATOR)
  @Mutation(() => CoachingSession, {
    description: 'Schedules a session: invited units are notified, and its follow-ups land on their lists.',
  })
  scheduleCoachingSession(
    @Arg('input') input: CoachingSessionInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<CoachingSession> {
    return ctx.services.coaching.schedule(viewer, input, ctx.request);
  }

  @Allow(Role.ADMIN, Role.EVALUATOR)
  @Mutation(() => CoachingSession, { description: 'Records which invited units came, and the notes.' })
  recordCoachingAttendance(
    @Arg('input') input: AttendanceInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<CoachingSession> {
    return ctx.services.coaching.recordAttendance(viewer, input, ctx.request);
  }

  @FieldResolver(() => [CoachingInvitation], { description: 'Invited units in the viewer’s scope.' })
  invitations(
    @Root() session: CoachingSession,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<CoachingInvitation[]> {
    return ctx.loaders.invitationsBySession.load({
      sessionId: session.id,
      scope: unitScopeOf(viewer),
    });
  }

  @FieldResolver(() => [FollowUp], {
    description: 'What the session left to do, for units in the viewer’s scope.',
  })
  async followUps(
    @Root() session: CoachingSession,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<FollowUp[]> {
    const page = await ctx.services.followUps.page(viewer, {
      first: 100,
      filter: { coachingSessionId: session.globalId },
    });
    return page.nodes;
  }
}

@Resolver(() => CoachingInvitation)
export class CoachingInvitationResolver {
  @FieldResolver(() => Unit)
  async unit(@Root() invitation: CoachingInvitation, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unit.load(invitation.unitId)) as Unit;
  }
}

/** The session a follow-up came from: coaching adds the field to monitoring's follow-up. */
@Resolver(() => FollowUp)
export class FollowUpSessionResolver {
  @FieldResolver(() => CoachingSession, { nullable: true, description: 'The session it came from, if any.' })
  coachingSession(@Root() followUp: FollowUp, @Ctx() ctx: Context): Promise<CoachingSession | null> | null {
    return followUp.coachingSessionId ? ctx.loaders.coachingSession.load(followUp.coachingSessionId) : null;
  }
}
