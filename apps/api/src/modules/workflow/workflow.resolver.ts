import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { AssessmentTransition, QuestionReturn } from './workflow.entities.js';
import { MoveAssessmentInput } from './workflow.inputs.js';
import { WorkflowAction } from './workflow.machine.js';

@Resolver(() => Assessment)
export class WorkflowResolver {
  @AllowAnyRole()
  @Mutation(() => Assessment, {
    description: 'Moves an assessment one step; `allowedActions` lists what the viewer may do now.',
  })
  moveAssessment(
    @Arg('input') input: MoveAssessmentInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    return ctx.services.workflow.move(viewer, input, ctx.request);
  }

  @AllowAnyRole()
  @Query(() => Int, {
    description:
      "How many worksheets wait for the viewer's second review (ketua tim): what the portal counts in its navigation.",
  })
  secondReviewsWaiting(@CurrentViewer() viewer: Viewer, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.workflow.secondReviewsWaiting(viewer);
  }

  @FieldResolver(() => [WorkflowAction], { description: 'The moves the viewer may make now.' })
  async allowedActions(
    @Root() assessment: Assessment,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<WorkflowAction[]> {
    const context = await ctx.loaders.moveContext.load({ assessmentId: assessment.id, viewerId: viewer.id });
    return ctx.services.workflow.allowedActions(viewer, assessment, context);
  }

  @FieldResolver(() => [AssessmentTransition], { description: 'Every move so far, oldest first.' })
  history(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<AssessmentTransition[]> {
    return ctx.loaders.historyByAssessment.load(assessment.id);
  }

  @FieldResolver(() => [QuestionReturn], {
    description: 'Questions returned for revision and not yet resubmitted.',
  })
  openReturns(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<QuestionReturn[]> {
    return ctx.loaders.openReturnsByAssessment.load(assessment.id);
  }
}
