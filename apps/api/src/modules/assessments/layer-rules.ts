import { Role } from '../auth/user.entity.js';
import { AnswerLayer, AssessmentStatus } from './assessment.entity.js';

/*
 * Who writes and who sees which layer of an assessment. Every write of a layer checks them, the
 * assessment's `editableLayers` and its layers' `visible` answer with them, and the answer history
 * hides by them.
 */

const {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  RETURNED,
  SECOND_REVIEW,
  EVALUATED,
  PROPOSED,
  NOT_PROPOSED,
  AWARDED,
  NOT_AWARDED,
} = AssessmentStatus;
const { ADMIN, EVALUATOR, UNIT_OPERATOR } = Role;

/** Which layers each role writes; ADMIN (Inspektorat) may write every layer of its instansi. */
export const LAYERS_BY_ROLE: Readonly<Record<Role, readonly AnswerLayer[]>> = {
  [ADMIN]: [AnswerLayer.UNIT, AnswerLayer.TPI, AnswerLayer.REVIEW],
  [EVALUATOR]: [AnswerLayer.TPI],
  [UNIT_OPERATOR]: [AnswerLayer.UNIT],
};

/** Which layers can be edited in which status: the unit while drafting, the TPI while evaluating. */
export const WRITABLE_LAYERS: Readonly<Record<AssessmentStatus, readonly AnswerLayer[]>> = {
  [DRAFT]: [AnswerLayer.UNIT],
  [RETURNED]: [AnswerLayer.UNIT],
  [SECOND_REVIEW]: [],
  [SUBMITTED]: [AnswerLayer.TPI],
  [IN_REVIEW]: [AnswerLayer.TPI, AnswerLayer.REVIEW],
  [EVALUATED]: [],
  [PROPOSED]: [],
  [NOT_PROPOSED]: [],
  [AWARDED]: [],
  [NOT_AWARDED]: [],
};

/**
 * The statuses in which the TPI has approved its evaluation: EVALUATED and every later one. Its
 * layer counts from then on (the dashboard), and the unit sees it.
 */
export const TPI_APPROVED_STATUSES: readonly AssessmentStatus[] = [
  EVALUATED,
  PROPOSED,
  NOT_PROPOSED,
  AWARDED,
  NOT_AWARDED,
];

/**
 * The TPI evaluates independently: a unit sees the TPI's (and the review's) answers and scores once
 * the evaluation is approved, not while it is being made. Returned questions reach it regardless.
 */
export function layerVisible(layer: AnswerLayer, status: AssessmentStatus, role: Role): boolean {
  return layer === AnswerLayer.UNIT || role !== UNIT_OPERATOR || TPI_APPROVED_STATUSES.includes(status);
}
