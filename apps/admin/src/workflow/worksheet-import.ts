export type ImportOutcome = { ok: true } | { ok: false; message: string; problems: string[] };

/** Why an import was refused: the API's message and, for bad rows, each row and column at fault. */
export function importFailure(status: number, body: string): Extract<ImportOutcome, { ok: false }> {
  try {
    const parsed = JSON.parse(body) as {
      errors?: { message?: unknown; extensions?: { problems?: unknown } }[];
    };
    const error = parsed.errors?.[0];
    if (typeof error?.message === 'string') {
      const problems = error.extensions?.problems;
      return {
        ok: false,
        message: error.message,
        problems: Array.isArray(problems)
          ? problems.filter((item): item is string => typeof item === 'string')
          : [],
      };
    }
  } catch {
    // Not the API's JSON: a proxy's error page, say.
  }
  return { ok: false, message: `HTTP ${status}`, problems: [] };
}

/** The worksheet in the official layout, for download; the unit's answers are imported from it too. */
export const worksheetXlsxUrl = (assessmentId: string) => `/admin/assessments/${assessmentId}/lke.xlsx`;
export const reportPdfUrl = (assessmentId: string) => `/admin/assessments/${assessmentId}/lhe.pdf`;

/** Imports the unit's answers from a filled-in worksheet; all or nothing. */
export async function importWorksheet(assessmentId: string, file: File): Promise<ImportOutcome> {
  try {
    const response = await fetch(worksheetXlsxUrl(assessmentId), {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: file,
    });
    return response.ok ? { ok: true } : importFailure(response.status, await response.text());
  } catch {
    return { ok: false, message: '', problems: [] };
  }
}
