import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { mayCall } from '../auth/may-call.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { QuestionGuidance } from './evidence-guidance.service.js';
import { EvidenceGuidance, SetEvidenceGuidanceInput } from './evidence-guidance.types.js';

/** The guidance with what the viewer may do with it, by the rule its mutation checks. */
function withViewerMay(
  guidance: QuestionGuidance,
  viewer: Viewer,
  info: GraphQLResolveInfo,
): EvidenceGuidance {
  const viewerMayEdit =
    viewer.instansiId !== null && mayCall(info.schema, 'setEvidenceGuidance', viewer.role);
  return Object.assign(new EvidenceGuidance(), { ...guidance, viewerMayEdit });
}

@Resolver()
export class EvidenceGuidanceResolver {
  @AllowAnyRole()
  @Query(() => [EvidenceGuidance], {
    description: "Each question's evidence guidance in a worksheet version, as the viewer's instansi has it.",
  })
  async evidenceGuidance(
    @Arg('framework') framework: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EvidenceGuidance[]> {
    const guidance = await ctx.services.evidenceGuidance.ofFramework(viewer, framework);
    return guidance.map((one) => withViewerMay(one, viewer, info));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => EvidenceGuidance, {
    description:
      "Rewrites a question's evidence guidance for the Inspektorat's instansi, for one worksheet version.",
  })
  async setEvidenceGuidance(
    @Arg('input') input: SetEvidenceGuidanceInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EvidenceGuidance> {
    return withViewerMay(await ctx.services.evidenceGuidance.set(viewer, input, ctx.request), viewer, info);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => EvidenceGuidance, {
    description: "Restores a question's default guidance, drawn from its criteria.",
  })
  async resetEvidenceGuidance(
    @Arg('framework') framework: string,
    @Arg('questionCode') questionCode: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EvidenceGuidance> {
    const guidance = await ctx.services.evidenceGuidance.reset(viewer, framework, questionCode, ctx.request);
    return withViewerMay(guidance, viewer, info);
  }
}
