import type { DataSource } from 'typeorm';
import {
  createAnswersByLayerLoader,
  createAssessmentByUnitYearLoader,
  createScoreByLayerLoader,
} from '../modules/assessments/assessment.loader.js';
import { createEvidenceByLayerLoader } from '../modules/evidence/evidence.loader.js';
import { createInstansiLoader } from '../modules/instansi/instansi.loader.js';
import { createPactLoader, createPactsByUnitLoader } from '../modules/pacts/pact.loader.js';
import { createPredicatesLoader } from '../modules/predicates/predicate.loader.js';
import { createTimelineLoader } from '../modules/stages/stage-event.loader.js';
import { createUnitLoader } from '../modules/units/unit.loader.js';
import { createUserLoader } from '../modules/users/user.loader.js';
import { createWindowLoader } from '../modules/windows/window.loader.js';
import { createHistoryLoader, createOpenReturnsLoader } from '../modules/workflow/workflow.loader.js';

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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
