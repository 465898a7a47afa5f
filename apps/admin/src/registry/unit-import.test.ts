import { RefusalReason } from '@zi/schema/public-enums';
import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { refusalText } from '../refusals';
import {
  canCommit,
  changesOf,
  type ImportReport,
  importOutcome,
  problemRefusal,
  reportOf,
  rowsNotListed,
} from './unit-import';

const report: ImportReport = {
  committed: false,
  summary: { rows: 3, create: 1, update: 1, unchanged: 0, invalid: 1 },
  rows: [
    { row: 2, code: 'D-01', name: 'Dinas Pangan', action: 'create' },
    { row: 3, code: 'D-02', name: 'Dinas Perikanan', action: 'update' },
  ],
  problems: [
    { row: 4, column: 'jenis', reason: RefusalReason.INVALID_KIND, message: 'jenis must be one of …' },
  ],
  problemCount: 1,
};

describe('the units import', () => {
  it('reads the API’s report of a preview, a commit, or a commit refused for its problems', () => {
    expect(importOutcome(200, JSON.stringify(report))).toEqual({ ok: true, report });
    expect(importOutcome(422, JSON.stringify(report))).toEqual({ ok: true, report });
    const committed = { ...report, committed: true, problems: [], problemCount: 0 };
    expect(importOutcome(200, JSON.stringify(committed))).toEqual({ ok: true, report: committed });
  });

  it('takes a body that is not a report for what it is', () => {
    expect(reportOf('<html>Bad gateway</html>')).toBeNull();
    expect(reportOf(JSON.stringify({ ...report, summary: { rows: 1 } }))).toBeNull();
    expect(
      reportOf(JSON.stringify({ ...report, rows: [{ row: 2, code: 'x', name: 'y', action: 'delete' }] })),
    ).toBeNull();
    expect(reportOf(JSON.stringify({ ...report, problems: [{ row: 1, column: 3 }] }))).toBeNull();
    // A count of problems below the problems listed is not one.
    expect(reportOf(JSON.stringify({ ...report, problemCount: 0 }))).toBeNull();
    expect(reportOf(JSON.stringify({ ...report, problemCount: undefined }))).toBeNull();
    expect(importOutcome(502, 'Bad gateway')).toEqual({
      ok: false,
      refusal: { message: 'HTTP 502', extensions: {} },
      sessionEnded: false,
    });
  });

  it('gives the API’s refusal of an unreadable file, and notices an ended session', () => {
    const unreadable = {
      errors: [
        {
          message: 'The file is neither a readable CSV nor an XLSX workbook.',
          extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'UNREADABLE_FILE' },
        },
      ],
    };
    const outcome = importOutcome(400, JSON.stringify(unreadable));
    expect(outcome).toMatchObject({
      ok: false,
      sessionEnded: false,
      refusal: { extensions: { reason: 'UNREADABLE_FILE' } },
    });
    const ended = {
      errors: [{ message: 'You must be logged in.', extensions: { code: 'UNAUTHENTICATED' } }],
    };
    expect(importOutcome(401, JSON.stringify(ended))).toMatchObject({ ok: false, sessionEnded: true });
  });

  it('saves only a file without problems that changes something', () => {
    expect(changesOf(report)).toBe(2);
    expect(canCommit(report)).toBe(false);
    expect(canCommit({ ...report, problems: [], problemCount: 0 })).toBe(true);
    // Problems the report counts but does not list still block the save.
    expect(canCommit({ ...report, problems: [], problemCount: 1_500 })).toBe(false);
    const unchanged = {
      ...report,
      problems: [],
      problemCount: 0,
      summary: { ...report.summary, create: 0, update: 0, unchanged: 2 },
    };
    expect(canCommit(unchanged)).toBe(false);
  });

  it('counts the rows that can be saved but are not listed', () => {
    expect(rowsNotListed(report)).toBe(0);
    const large = { ...report, summary: { ...report.summary, create: 60_000, update: 40_000 } };
    expect(rowsNotListed(large)).toBe(99_998);
  });

  it('words a problem by its reason, like any refusal', () => {
    const [problem] = report.problems;
    expect(problem && problemRefusal(problem)).toEqual({
      message: 'jenis must be one of …',
      extensions: { code: 'BAD_USER_INPUT', reason: RefusalReason.INVALID_KIND },
    });
  });

  it('reads a reason as the schema names it, and one this build does not know as none, worded by its message', () => {
    const unknown = { row: 5, column: 'kode', reason: 'NEWER_REASON', message: 'kode is taken twice' };
    const read = reportOf(JSON.stringify({ ...report, problems: [unknown], problemCount: 1 }));
    const [problem] = read?.problems ?? [];
    expect(problem).toEqual({ ...unknown, reason: null });
    expect(reportOf(JSON.stringify(report))?.problems[0]?.reason).toBe(RefusalReason.INVALID_KIND);
    const english = translator('en', messages);
    expect(problem && refusalText(problemRefusal(problem), english, 'en')).toBe('kode is taken twice');
  });
});
