import type { RefusalReason } from '@zi/schema/public-enums';
import { type ApiRefusal, refusalOfBody } from '../api-errors';
import { reasonOf } from '../refusals';
import { CSRF_HEADERS } from '../write-headers';

export type ImportAction = 'create' | 'update' | 'unchanged';

/** A problem of the file: the row as the spreadsheet numbers it (the header is 1), and the column. */
export interface ImportProblem {
  row: number;
  /** The column's name in the file ("kode", "jenis"); null when the problem is the whole file's. */
  column: string | null;
  /** Null for a reason this build does not know yet: the API's message says it. */
  reason: RefusalReason | null;
  message: string;
  /** The values its sentence needs, such as a column's `max` length. */
  values?: Record<string, unknown>;
}

/**
 * What the API makes of a units file: a preview, or (committed) what it saved. A file may hold
 * 100,000 rows, so the report counts everything but lists a part: the first rows of each outcome and
 * the first problems by row.
 */
export interface ImportReport {
  committed: boolean;
  summary: { rows: number; create: number; update: number; unchanged: number; invalid: number };
  /** The first rows of each outcome, by row. */
  rows: { row: number; code: string; name: string; action: ImportAction }[];
  /** The first problems by row (1,000 at most). */
  problems: ImportProblem[];
  /** Every problem of the file, listed or not. */
  problemCount: number;
}

export type ImportOutcome =
  | { ok: true; report: ImportReport }
  /** `refusal` is null when the network failed. */
  | { ok: false; refusal: ApiRefusal | null; sessionEnded: boolean };

const ACTIONS: readonly string[] = ['create', 'update', 'unchanged'] satisfies ImportAction[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value);

const isRow = (value: unknown): value is ImportReport['rows'][number] =>
  isRecord(value) &&
  isCount(value.row) &&
  typeof value.code === 'string' &&
  typeof value.name === 'string' &&
  ACTIONS.includes(String(value.action));

/** A problem of the report, its reason read as the schema's; null when the value is not one. */
function problemOf(value: unknown): ImportProblem | null {
  if (
    !isRecord(value) ||
    !isCount(value.row) ||
    !(value.column === null || typeof value.column === 'string') ||
    typeof value.reason !== 'string' ||
    typeof value.message !== 'string' ||
    !(value.values === undefined || isRecord(value.values))
  ) {
    return null;
  }
  const { row, column, message, values } = value;
  return { row, column, reason: reasonOf(value.reason), message, ...(values ? { values } : {}) };
}

const isSummary = (value: unknown): value is ImportReport['summary'] =>
  isRecord(value) && ['rows', 'create', 'update', 'unchanged', 'invalid'].every((key) => isCount(value[key]));

/** The report in a response body; null when the body is not one (a proxy's error page, say). */
export function reportOf(body: string): ImportReport | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || typeof parsed.committed !== 'boolean' || !isSummary(parsed.summary)) return null;
  const { rows, problemCount } = parsed;
  const problems = Array.isArray(parsed.problems) ? parsed.problems.map(problemOf) : [null];
  if (!Array.isArray(rows) || !rows.every(isRow) || !problems.every((problem) => problem !== null)) {
    return null;
  }
  if (!isCount(problemCount) || problemCount < problems.length) return null;
  return { committed: parsed.committed, summary: parsed.summary, rows, problems, problemCount };
}

/**
 * What a response means: a report (a preview, a commit, or a commit refused for its problems, 422),
 * or the API's refusal of the file itself (unreadable, empty, not an admin).
 */
export function importOutcome(status: number, body: string): ImportOutcome {
  const report = status === 200 || status === 422 ? reportOf(body) : null;
  if (report) return { ok: true, report };
  const refusal = refusalOfBody(status, body);
  return {
    ok: false,
    refusal,
    sessionEnded: status === 401 || refusal.extensions.code === 'UNAUTHENTICATED',
  };
}

/** Sends a units file as it is: a preview, or with `commit` saved (every row, or none if any is wrong). */
export async function sendUnitFile(file: File, commit: boolean): Promise<ImportOutcome> {
  try {
    const response = await fetch(`/admin/units/import${commit ? '?commit=true' : ''}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': file.type || 'application/octet-stream', ...CSRF_HEADERS },
      body: file,
    });
    return importOutcome(response.status, await response.text());
  } catch {
    return { ok: false, refusal: null, sessionEnded: false };
  }
}

/** How many units a commit would create or change. */
export const changesOf = (report: ImportReport) => report.summary.create + report.summary.update;

/** A preview may be saved once it has no problem and changes something. */
export const canCommit = (report: ImportReport) => report.problemCount === 0 && changesOf(report) > 0;

/** The rows that can be saved and that the report does not list. */
export const rowsNotListed = (report: ImportReport) =>
  report.summary.create + report.summary.update + report.summary.unchanged - report.rows.length;

/**
 * A problem as the refusal of an input it is, so it is put into words like any other of the API's
 * reasons, or by its message when this build does not know its reason.
 */
export const problemRefusal = (problem: ImportProblem): ApiRefusal => ({
  message: problem.message,
  extensions: { ...problem.values, code: 'BAD_USER_INPUT', reason: problem.reason },
});

/** The active units as a file in the import's own columns. */
export const exportUrl = (format: 'csv' | 'xlsx') => `/admin/units/export.${format}`;
