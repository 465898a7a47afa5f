import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AssessmentViewerMay } from '../assessments/viewer-may.types.js';
import { Allow } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { mayCall } from '../auth/may-call.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { packageRefusal } from './proposal-package.service.js';
import { LetterTemplate, LetterTemplateInput, ProposalPackage } from './proposal-package.types.js';

@Resolver(() => Assessment)
export class ProposalPackageResolver {
  @Allow(Role.ADMIN)
  @Query(() => [LetterTemplate], { description: "The letters of the viewer's instansi's proposal packages." })
  letterTemplates(@CurrentViewer() viewer: Viewer, @Ctx() ctx: Context): Promise<LetterTemplate[]> {
    return ctx.services.proposalPackages.templates(viewer);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => LetterTemplate, {
    description: "Rewords one letter of the viewer's instansi's proposal packages.",
  })
  updateLetterTemplate(
    @Arg('input') input: LetterTemplateInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<LetterTemplate> {
    return ctx.services.proposalPackages.setTemplate(viewer, input.kind, input.body, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ProposalPackage, {
    description:
      'Assembles the proposal package of a proposed assessment whose LHE is issued: the cover letter, the LKE workbook, the LHE and the SPTJM, with a manifest of their SHA-256. Once.',
  })
  assembleProposalPackage(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ProposalPackage> {
    return ctx.services.proposalPackages.assemble(viewer, assessmentId, ctx.request);
  }

  @FieldResolver(() => ProposalPackage, {
    nullable: true,
    description: 'The proposal package as assembled; null until it is.',
  })
  async proposalPackage(
    @Root() assessment: Assessment,
    @Ctx() ctx: Context,
  ): Promise<ProposalPackage | null> {
    return (await ctx.loaders.issuedDocuments.load(assessment.id)).proposalPackage;
  }
}

@Resolver(() => AssessmentViewerMay)
export class AssemblePackageMayResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may assemble the proposal package now (assembleProposalPackage).',
  })
  async assembleProposalPackage(
    @Root() may: AssessmentViewerMay,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<boolean> {
    if (!mayCall(info.schema, 'assembleProposalPackage', viewer.role)) return false;
    const { lhe, proposalPackage } = await ctx.loaders.issuedDocuments.load(may.assessment.id);
    return packageRefusal(may.assessment.status, lhe !== null, proposalPackage !== null) === null;
  }
}
