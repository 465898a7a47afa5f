import { describe, expect, it } from 'vitest';
import { importFailure, reportPdfUrl, worksheetXlsxUrl } from './worksheet-import';

describe('importing the unit’s answers from .xlsx', () => {
  it('lists each bad row and column the API found', () => {
    const extensions = {
      code: 'BAD_USER_INPUT',
      problems: [
        'row 3, column F (Jawaban unit): must be one of ya, tidak',
        'row 9, column F (Jawaban unit): 5 > 4',
      ],
    };
    const body = JSON.stringify({
      errors: [{ message: '2 problems in the file: row 3, column F (Jawaban unit): …', extensions }],
    });
    expect(importFailure(400, body)).toEqual({
      ok: false,
      refusal: { message: '2 problems in the file: row 3, column F (Jawaban unit): …', extensions },
      problems: [
        'row 3, column F (Jawaban unit): must be one of ya, tidak',
        'row 9, column F (Jawaban unit): 5 > 4',
      ],
    });
  });

  it('has the API’s refusal alone for other refusals, and the status for anything else', () => {
    const extensions = { code: 'FORBIDDEN', reason: 'LAYER_LOCKED', layer: 'unit', status: 'submitted' };
    const forbidden = JSON.stringify({
      errors: [{ message: 'The UNIT layer cannot be edited…', extensions }],
    });
    expect(importFailure(403, forbidden)).toEqual({
      ok: false,
      refusal: { message: 'The UNIT layer cannot be edited…', extensions },
      problems: [],
    });
    expect(importFailure(502, 'Bad gateway')).toEqual({
      ok: false,
      refusal: { message: 'HTTP 502', extensions: {} },
      problems: [],
    });
  });

  it('addresses the documents of an assessment', () => {
    expect(worksheetXlsxUrl('QXNz')).toBe('/admin/assessments/QXNz/lke.xlsx');
    expect(reportPdfUrl('QXNz')).toBe('/admin/assessments/QXNz/lhe.pdf');
  });
});
