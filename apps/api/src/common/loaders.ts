import type { DataSource } from 'typeorm';
import {
  createAnswersByLayerLoader,
  createAssessmentByUnitYearLoader,
  createScoreByLayerLoader,
} from '../modules/assessments/assessment.loader.js';
import { createInvitationsLoader } from '../modules/coaching/coaching.loader.js';
import { CoachingSession } from '../modules/coaching/coaching-session.entity.js';
import { createEvidenceByLayerLoader } from '../modules/evidence/evidence.loader.js';
import { createInstansiLoader } from '../modules/instansi/instansi.loader.js';
import { Finding, Recommendation } from '../modules/monitoring/finding.entity.js';
import {
  createFollowUpFilesLoader,
  createFollowUpsLoader,
  createRecommendationsLoader,
} from '../modules/monitoring/monitoring.loader.js';
import { MonitoringRound } from '../modules/monitoring/monitoring-round.entity.js';
import { createPactLoader, createPactsByUnitLoader } from '../modules/pacts/pact.loader.js';
import { createPredicatesLoader } from '../modules/predicates/predicate.loader.js';
import { createTimelineLoader } from '../modules/stages/stage-event.loader.js';
import { createUnitLoader } from '../modules/units/unit.loader.js';
import {
  createEvaluatorsByUnitLoader,
  createUserLoader,
  createWorkloadLoader,
} from '../modules/users/user.loader.js';
import { createReopeningsLoader, createWindowLoader } from '../modules/windows/window.loader.js';
import { createMoveContextLoader } from '../modules/workflow/move-context.js';
import { createHistoryLoader, createOpenReturnsLoader } from '../modules/workflow/workflow.loader.js';
import { byIdLoader } from './dataloader.js';

/** Made fresh for every request, so batching never leaks data between viewers. */
export function createLoaders(dataSource: DataSource) {
  return {
    instansi: createInstansiLoader(dataSource),
    unit: createUnitLoader(dataSource),
    user: createUserLoader(dataSource),
    pact: createPactLoader(dataSource),
    timelineByUnit: createTimelineLoader(dataSource),
    predicatesByUnit: createPredicatesLoader(dataSource),
    pactsByUnit: createPactsByUnitLoader(dataSource),
    assessmentByUnitYear: createAssessmentByUnitYearLoader(dataSource),
    answersByLayer: createAnswersByLayerLoader(dataSource),
    scoreByLayer: createScoreByLayerLoader(dataSource),
    evidenceByLayer: createEvidenceByLayerLoader(dataSource),
    historyByAssessment: createHistoryLoader(dataSource),
    openReturnsByAssessment: createOpenReturnsLoader(dataSource),
    windowByInstansiYear: createWindowLoader(dataSource),
    reopeningsByAssessment: createReopeningsLoader(dataSource),
    moveContext: createMoveContextLoader(dataSource),
    finding: byIdLoader(dataSource.getRepository(Finding)),
    monitoringRound: byIdLoader(dataSource.getRepository(MonitoringRound)),
    coachingSession: byIdLoader(dataSource.getRepository(CoachingSession)),
    recommendation: byIdLoader(dataSource.getRepository(Recommendation)),
    recommendationsByFinding: createRecommendationsLoader(dataSource),
    followUpsByRecommendation: createFollowUpsLoader(dataSource),
    filesByFollowUp: createFollowUpFilesLoader(dataSource),
    workload: createWorkloadLoader(dataSource),
    invitationsBySession: createInvitationsLoader(dataSource),
    evaluatorsByUnit: createEvaluatorsByUnitLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
