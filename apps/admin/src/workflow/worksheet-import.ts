import type { AnswerLayer } from '@zi/schema/admin';
import { type ApiRefusal, refusalOfBody } from '../api-errors';
import { CSRF_HEADERS } from '../write-headers';

export type ImportOutcome =
  | { ok: true }
  /** `refusal` is null when the network failed. */
  | { ok: false; refusal: ApiRefusal | null; problems: string[] };

/** Why an import was refused: the API's refusal and, for bad rows, each row and column at fault. */
export function importFailure(status: number, body: string): Extract<ImportOutcome, { ok: false }> {
  const refusal = refusalOfBody(status, body);
  const problems = refusal.extensions.problems;
  return {
    ok: false,
    refusal,
    problems: Array.isArray(problems)
      ? problems.filter((item): item is string => typeof item === 'string')
      : [],
  };
}

/** The LKE workbook in the official template, for download; a layer's answers are imported from it too. */
export const worksheetXlsxUrl = (assessmentId: string) => `/admin/assessments/${assessmentId}/lke.xlsx`;
export const reportPdfUrl = (assessmentId: string) => `/admin/assessments/${assessmentId}/lhe.pdf`;
export const proposalZipUrl = (assessmentId: string) => `/admin/assessments/${assessmentId}/proposal.zip`;

/** Imports one layer's answers from a filled-in workbook; all or nothing. */
export async function importWorksheet(
  assessmentId: string,
  layer: AnswerLayer,
  file: File,
): Promise<ImportOutcome> {
  try {
    const response = await fetch(`${worksheetXlsxUrl(assessmentId)}?layer=${layer.toLowerCase()}`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ...CSRF_HEADERS,
      },
      body: file,
    });
    return response.ok ? { ok: true } : importFailure(response.status, await response.text());
  } catch {
    return { ok: false, refusal: null, problems: [] };
  }
}
