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
import { lheIssueRefusal, lheRevisionRefusal } from './lhe-report.service.js';
import { LheReport, LheVerification } from './lhe-report.types.js';

/** The longest code the public verification reads; anything longer names no report. */
const CODE_INPUT_LENGTH = 20;

@Resolver(() => Assessment)
export class LheReportResolver {
  @Allow(Role.ADMIN)
  @Mutation(() => LheReport, {
    description:
      'Issues the evaluation report (LHE) of an assessment the TPI has approved: numbers it in the instansi’s yearly sequence and keeps the PDF as issued. Once per assessment.',
  })
  issueLhe(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<LheReport> {
    return ctx.services.lheReports.issue(viewer, assessmentId, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => LheReport, {
    description:
      'Issues a revision of the assessment’s LHE (LHE revisi): a new report with the next number, naming the one it replaces and why. Refused once the LHE has gone out in the proposal package.',
  })
  reviseLhe(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('replaces', () => String, {
      description:
        'The verification code of the report being revised, as the reviser saw it: refused (LHE_REVISED_MEANWHILE) if another revision replaced it since.',
    })
    replaces: string,
    @Arg('reason', () => String, { description: 'Why the report is revised, 10 to 1,000 characters.' })
    reason: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<LheReport> {
    return ctx.services.lheReports.revise(viewer, assessmentId, { replaces, reason }, ctx.request);
  }

  @FieldResolver(() => LheReport, {
    nullable: true,
    description:
      'The evaluation report as issued, its latest revision if it was revised; null until it is issued.',
  })
  async lheReport(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<LheReport | null> {
    return (await ctx.loaders.issuedDocuments.load(assessment.id)).lhe;
  }
}

@Resolver(() => AssessmentViewerMay)
export class IssueLheMayResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the viewer may issue the LHE now (issueLhe).' })
  async issueLhe(
    @Root() may: AssessmentViewerMay,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<boolean> {
    if (!mayCall(info.schema, 'issueLhe', viewer.role)) return false;
    const { lhe } = await ctx.loaders.issuedDocuments.load(may.assessment.id);
    return lheIssueRefusal(may.assessment.status, lhe !== null) === null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may revise the issued LHE now (reviseLhe).',
  })
  async reviseLhe(
    @Root() may: AssessmentViewerMay,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<boolean> {
    if (!mayCall(info.schema, 'reviseLhe', viewer.role)) return false;
    const { lhe, proposalPackage } = await ctx.loaders.issuedDocuments.load(may.assessment.id);
    return lheRevisionRefusal(may.assessment.status, lhe !== null, proposalPackage !== null) === null;
  }
}

@Resolver(() => LheVerification)
export class LheVerificationResolver {
  @Query(() => LheVerification, {
    nullable: true,
    description: 'The evaluation report issued under the code printed beside its QR, or null if none was.',
  })
  verifyLhe(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<LheVerification | null> {
    return ctx.services.lheReports.verify(code.slice(0, CODE_INPUT_LENGTH));
  }
}
