import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AssessmentResolver } from '../modules/assessments/assessment.resolver.js';
import { AssessmentLayerResolver } from '../modules/assessments/assessment-layer.resolver.js';
import { UnitAssessmentResolver } from '../modules/assessments/unit-assessment.resolver.js';
import { accessGuard } from '../modules/auth/access.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CoachingInvitationResolver, CoachingResolver } from '../modules/coaching/coaching.resolver.js';
import {
  CoachingCoverageResolver,
  DashboardResolver,
  GapRowResolver,
  HeatmapRowResolver,
  IncompleteScoreResolver,
  RiskRowResolver,
} from '../modules/dashboard/dashboard.resolver.js';
import { EvidenceResolver } from '../modules/evidence/evidence.resolver.js';
import { FrameworkResolver } from '../modules/frameworks/framework.resolver.js';
import {
  AnswerChangeActorResolver,
  AnswerHistoryResolver,
} from '../modules/history/answer-history.resolver.js';
import { InstansiPublicResolver } from '../modules/instansi/instansi.resolver.js';
import { InstansiAdminResolver } from '../modules/instansi/instansi-admin.resolver.js';
import { FollowUpResolver } from '../modules/monitoring/follow-up.resolver.js';
import {
  FollowUpFileResolver,
  FollowUpFilesResolver,
} from '../modules/monitoring/follow-up-file.resolver.js';
import {
  FindingResolver,
  MonitoringProgressResolver,
  MonitoringRoundResolver,
  RecommendationResolver,
} from '../modules/monitoring/monitoring.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { NotificationResolver } from '../modules/notifications/notification.resolver.js';
import { PactPublicResolver } from '../modules/pacts/pact.resolver.js';
import { ActionPlanResolver } from '../modules/plans/action-plan.resolver.js';
import { InstansiStatisticsResolver, StatisticsResolver } from '../modules/statistics/statistics.resolver.js';
import { UnitAdminResolver, UnitRegistryFieldsResolver } from '../modules/units/unit-admin.resolver.js';
import { UnitFieldsResolver } from '../modules/units/unit-fields.resolver.js';
import { UnitPublicResolver } from '../modules/units/unit-public.resolver.js';
import { AnswerAuthorResolver, TransitionActorResolver } from '../modules/users/authored.resolver.js';
import { UserFieldsResolver } from '../modules/users/user.resolver.js';
import {
  EvaluatorAssignmentResolver,
  UnitEvaluatorsResolver,
  UserAdminResolver,
} from '../modules/users/user-admin.resolver.js';
import { WindowResolver } from '../modules/windows/window.resolver.js';
import { WorkflowResolver } from '../modules/workflow/workflow.resolver.js';

const common = {
  validate: { forbidUnknownValues: false },
  emitSchemaFile: false,
} as const;

/** Anonymous and read-only: only what a citizen may see. */
export function buildPublicSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    ...common,
    resolvers: [
      UnitPublicResolver,
      UnitFieldsResolver,
      InstansiPublicResolver,
      PactPublicResolver,
      StatisticsResolver,
      InstansiStatisticsResolver,
      NodeResolver,
    ],
  });
}

/** Behind login; every root field carries an access rule, enforced by the guard. */
export function buildAdminSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    ...common,
    resolvers: [
      AuthResolver,
      UnitAdminResolver,
      UnitRegistryFieldsResolver,
      UnitFieldsResolver,
      UserFieldsResolver,
      InstansiAdminResolver,
      UnitAssessmentResolver,
      AssessmentResolver,
      AssessmentLayerResolver,
      FrameworkResolver,
      EvidenceResolver,
      WorkflowResolver,
      WindowResolver,
      AnswerAuthorResolver,
      TransitionActorResolver,
      AnswerHistoryResolver,
      AnswerChangeActorResolver,
      MonitoringRoundResolver,
      MonitoringProgressResolver,
      FindingResolver,
      RecommendationResolver,
      FollowUpResolver,
      FollowUpFilesResolver,
      FollowUpFileResolver,
      NotificationResolver,
      UserAdminResolver,
      UnitEvaluatorsResolver,
      EvaluatorAssignmentResolver,
      DashboardResolver,
      HeatmapRowResolver,
      GapRowResolver,
      RiskRowResolver,
      IncompleteScoreResolver,
      CoachingCoverageResolver,
      ActionPlanResolver,
      CoachingResolver,
      CoachingInvitationResolver,
    ],
    globalMiddlewares: [accessGuard],
  });
}
