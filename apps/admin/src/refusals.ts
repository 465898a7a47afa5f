import { ArchiveLimit, RefusalReason } from '@zi/schema/public-enums';
import { formatDate, type Locale, oneOf, type Translate } from '@zi/ui';
import type { ApiRefusal } from './api-errors';
import { quarterName } from './monitoring/quarters';
import { ANSWER_LAYERS, ASSESSMENT_STATUSES } from './registry/enum-values';

type Extensions = ApiRefusal['extensions'];
type Params = Record<string, string | number>;
/** The values a reason's sentence needs, from the refusal's; null when one is missing. */
type ParamsOf = (extensions: Extensions, t: Translate, locale: Locale) => Params | null;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
/** A number, or one the API writes as text in English ("0.1", "1,024"), as it does for upload limits. */
const amount = (value: unknown): number | null => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value.replaceAll(',', '')) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
};

/** Layers and statuses come as the API stores them ("unit", "in_review"), not as the schema names them. */
const storedValue = <T extends string>(values: readonly T[], value: unknown): T | null =>
  oneOf(values, text(value)?.toUpperCase() ?? null);

const none: ParamsOf = () => ({});

/** An impossible combination of counts: the count refused and the total it is held against. */
const countLimit: ParamsOf = (extensions) => {
  const questionCode = text(extensions.questionCode);
  const total = Array.isArray(extensions.related) ? text(extensions.related[0]) : null;
  return questionCode && total ? { questionCode, total } : null;
};

const incompleteCount: ParamsOf = (extensions) =>
  Array.isArray(extensions.incomplete) ? { count: extensions.incomplete.length } : null;

const layerOnly: ParamsOf = (extensions, t) => {
  const layer = storedValue(ANSWER_LAYERS, extensions.layer);
  return layer ? { layer: t(`layer.${layer}`) } : null;
};

const fileOnly: ParamsOf = (extensions) => {
  const name = text(extensions.name);
  return name ? { name } : null;
};

/**
 * The registry's reasons (units, their import, people, assignments, password links): each sentence
 * stands without values, beside the field or import column the reason is about.
 */
const REGISTRY_REASONS = [
  'UNIT_NAME_TAKEN',
  'UNIT_CODE_TAKEN',
  'UNIT_ARCHIVED',
  'UNIT_NAME_AMBIGUOUS',
  'REASON_REQUIRED',
  'SELF_CHANGE',
  'EMAIL_TAKEN',
  'NO_UNITS',
  'SELECTION_REQUIRED',
  'INSTANSI_NAME_TAKEN',
  'LAYER_UNKNOWN',
  'NOT_AN_EVALUATOR',
  'LINK_INVALID',
  'UNREADABLE_FILE',
  'IMPORT_COLUMNS_MISSING',
  'IMPORT_TOO_LONG',
  'INVALID_KIND',
  'INVALID_YES_NO',
  'INVALID_ALIASES',
  'DUPLICATE_IN_FILE',
] as const satisfies readonly RefusalReason[];

const REASONS = Object.values(RefusalReason);
const ARCHIVE_LIMITS = Object.values(ArchiveLimit);

/** The reason a refusal names, as the schema's enum; null for none, or one this build does not know. */
export const reasonOf = (value: unknown): RefusalReason | null => oneOf(REASONS, text(value));

const quarterOnly: ParamsOf = (extensions, t) => {
  const year = amount(extensions.year);
  const quarter = amount(extensions.quarter);
  return year === null || quarter === null ? null : { quarter: quarterName(t, { year, quarter }) };
};

const withoutValues = <R extends string>(reasons: readonly R[]) =>
  Object.fromEntries(reasons.map((reason) => [reason, none])) as Record<R, ParamsOf>;

/** A number the sentence states (a rule's `min` or `max`, minutes to wait); as text when it may be a year. */
const quantity =
  (name: string, verbatim = false): ParamsOf =>
  (extensions) => {
    const value = amount(extensions[name]);
    if (value === null) return null;
    return { [name]: verbatim ? String(value) : value };
  };

/** How long a login must wait, from the refusal's `minutes`: "1 minute", never "1 minutes". */
const waitMinutes: ParamsOf = (extensions, t) => {
  const minutes = amount(extensions.minutes);
  if (minutes === null) return null;
  return { wait: minutes === 1 ? t('login.waitOneMinute') : t('login.waitMinutes', { minutes }) };
};

/**
 * The values each reason's sentence needs, from the refusal's: a reason the schema adds fails the
 * build here until it has its entry, and its sentence in every language (`t` takes only known keys).
 */
const PARAMS: Record<RefusalReason, ParamsOf> = {
  WORKFLOW_ROLE: none,
  WORKFLOW_STATUS: none,
  WORKFLOW_NOT_TEAM_LEAD: none,
  WORKFLOW_OWN_APPROVAL: none,
  LAYER_ROLE: layerOnly,
  LAYER_OPEN: layerOnly,
  LAYER_LOCKED: (extensions, t) => {
    const layer = storedValue(ANSWER_LAYERS, extensions.layer);
    const status = storedValue(ASSESSMENT_STATUSES, extensions.status);
    return layer && status ? { layer: t(`layer.${layer}`), status: t(`assessmentStatus.${status}`) } : null;
  },
  WINDOW_CLOSED: (extensions, t, locale) => {
    const layer = storedValue(ANSWER_LAYERS, extensions.layer);
    const year = amount(extensions.year);
    const closedOn = text(extensions.closedOn);
    if (!layer || year === null || !closedOn) return null;
    return {
      // A year is a name, not a quantity: "2026", never "2.026".
      year: String(year),
      deadline: t(layer === 'UNIT' ? 'deadlines.fillUntil' : 'deadlines.reviewUntil'),
      closedOn: formatDate(closedOn, locale),
    };
  },
  INCOMPLETE: incompleteCount,
  TPI_INCOMPLETE: incompleteCount,
  EVIDENCE_LOCKED: none,
  FILE_TOO_LARGE: (extensions) => {
    const name = text(extensions.name);
    const maxMb = amount(extensions.maxMb);
    return name && maxMb !== null ? { name, maxMb } : null;
  },
  ARCHIVE_TOO_LARGE: (extensions, t) => {
    const limit = oneOf(ARCHIVE_LIMITS, text(extensions.limit));
    const max = amount(extensions.max);
    if (!limit || max === null) return null;
    // The unpacked size comes in bytes; people read it in MB.
    const values: Params =
      limit === 'UNPACKED_SIZE' ? { mb: Math.round((max / 1_048_576) * 10) / 10 } : { max };
    return { limit: t(`archiveLimit.${limit}`, values) };
  },
  FILE_TYPE_NOT_ALLOWED: (extensions) => {
    const name = text(extensions.name);
    const allowed = Array.isArray(extensions.allowed)
      ? text(extensions.allowed.filter((item) => typeof item === 'string').join(', '))
      : text(extensions.allowed);
    return name && allowed ? { name, allowed } : null;
  },
  FILE_EMPTY: fileOnly,
  TOO_MANY_FILES: (extensions) => {
    const max = amount(extensions.max);
    return max === null ? null : { max };
  },
  NOT_MULTIPART: none,
  UPLOAD_MALFORMED: none,
  NO_FILE: none,
  CSRF_HEADER_REQUIRED: none,
  CROSS_SITE_REQUEST: none,
  BUSY: none,
  WORKBOOK_QUEUE_FULL: none,
  ...withoutValues(REGISTRY_REASONS),
  ROUND_EXISTS: quarterOnly,
  QUARTER_NOT_BEGUN: quarterOnly,
  ROUND_CLOSED: quarterOnly,
  DUE_IN_CLOSED_QUARTER: quarterOnly,
  DUE_IN_PAST: (extensions, _t, locale) => {
    const today = text(extensions.today);
    return today ? { today: formatDate(today, locale) } : null;
  },
  FOLLOW_UP_VERIFIED: none,
  LHE_NOT_EVALUATED: none,
  LHE_ALREADY_ISSUED: none,
  LHE_NOT_ISSUED: none,
  LHE_IN_PACKAGE: none,
  LHE_REVISED_MEANWHILE: none,
  PACKAGE_NOT_PROPOSED: none,
  PACKAGE_NEEDS_LHE: none,
  PACKAGE_ALREADY_ASSEMBLED: none,
  INVALID_NIP: none,
  NUMBER_FORMAT_WITHOUT_SEQUENCE: none,
  FOLLOW_UP_STATUS: none,
  FOLLOW_UP_NOT_DONE: none,
  NOTE_REQUIRED: none,
  RANGE_ORDER: none,
  SURVEY_PERIOD_CLOSED: none,
  SURVEY_PERIOD_OPEN: none,
  RANGE_TOO_LONG: none,
  PLACE_REQUIRED: none,
  NOT_INVITED: none,
  QUARTER_CLOSED: quarterOnly,
  DUPLICATE_CELL: none,
  NO_EARLIER_ROUND: none,
  REALISATION_REQUIRED: none,
  REQUIRED: none,
  TOO_SHORT: quantity('min'),
  TOO_LONG: quantity('max'),
  TOO_FEW_ITEMS: quantity('min'),
  TOO_MANY_ITEMS: quantity('max'),
  // A value's bound may be a year (2012, never 2.012).
  BELOW_MINIMUM: quantity('min', true),
  ABOVE_MAXIMUM: quantity('max', true),
  NOT_A_WHOLE_NUMBER: none,
  NOT_AN_EMAIL: none,
  NOT_A_WEB_LINK: none,
  INVALID_CODE: none,
  INVALID_REGION: none,
  INVALID_INSTANSI_REGION: none,
  INVALID_ID: none,
  INVALID_CURSOR: none,
  PAGE_SIZE: (extensions, t, locale) => {
    const min = quantity('min')(extensions, t, locale);
    const max = quantity('max')(extensions, t, locale);
    return min && max ? { ...min, ...max } : null;
  },
  NOT_FOUND: none,
  UNKNOWN_QUESTION: (extensions) => {
    const code = text(extensions.questionCode);
    return code ? { code } : null;
  },
  YEAR_RANGE: (extensions) => {
    const min = amount(extensions.min);
    const max = amount(extensions.max);
    return min === null || max === null ? null : { min: String(min), max: String(max) };
  },
  INVALID_CHARACTER: none,
  INVALID: none,
  WRONG_CREDENTIALS: none,
  TOO_MANY_LOGINS: waitMinutes,
  TOO_MANY_LOGINS_FROM_ADDRESS: waitMinutes,
  INVALID_ANSWER: (extensions) => {
    const questionCode = text(extensions.questionCode);
    return questionCode ? { questionCode } : null;
  },
  COUNT_EXCEEDS_TOTAL: countLimit,
  BREAKDOWN_MISMATCH: countLimit,
  ASSESSMENT_EXISTS: quantity('year', true),
  REVIEW_BEFORE_FILL: none,
  PREDICATE_HELD: none,
  DATE_IN_FUTURE: none,
  DECREE_BEFORE_PROPOSAL: (extensions, _t, locale) => {
    const proposedOn = text(extensions.proposedOn);
    return proposedOn ? { proposedOn: formatDate(proposedOn, locale) } : null;
  },
  WBBM_NEEDS_WBK: none,
  DATE_OUT_OF_RANGE: (extensions, _t, locale) => {
    const earliest = text(extensions.earliest);
    const latest = text(extensions.latest);
    return earliest && latest
      ? { earliest: formatDate(earliest, locale), latest: formatDate(latest, locale) }
      : null;
  },
  DUE_TOO_FAR: (extensions, _t, locale) => {
    const latest = text(extensions.latest);
    return latest ? { latest: formatDate(latest, locale) } : null;
  },
  IMPORT_PROBLEMS: (extensions) =>
    Array.isArray(extensions.problems) ? { count: extensions.problems.length } : null,
  NO_ANSWERS_IN_FILE: none,
};

/**
 * A refusal as a sentence in the viewer's language, from its stable `reason`; the API's own
 * (English) message for a reason this build does not know yet, or one without the values it needs.
 */
export function refusalText(refusal: ApiRefusal, t: Translate, locale: Locale): string {
  if (refusal.extensions.code === 'INTERNAL_SERVER_ERROR') return t('error.internal');
  // Neither a code nor a reason: no answer from the API at all (the network, a proxy's page).
  if (!refusal.extensions.code && !refusal.extensions.reason) return t('error.network');
  const reason = reasonOf(refusal.extensions.reason);
  const params = reason ? PARAMS[reason](refusal.extensions, t, locale) : null;
  if (reason && params) return t(`refusal.${reason}`, params);
  return refusal.extensions.code === 'SERVICE_UNAVAILABLE' ? t('error.busy') : refusal.message;
}
