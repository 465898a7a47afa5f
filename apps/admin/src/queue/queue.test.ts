import { describe, expect, it } from 'vitest';
import { daysLeft, type QueueAssessment, type QueueDeadline, queueRows, urgencyOf } from './queue';

const assessment = (
  id: string,
  updatedAt: string,
  deadline: QueueDeadline | null = null,
): QueueAssessment => ({
  id,
  status: 'SUBMITTED',
  updatedAt,
  deadline,
  unitLayer: { layer: 'UNIT', visible: true, score: { total: 84.41, answered: 113, questions: 113 } },
  tpiLayer: { layer: 'TPI', visible: true, score: null },
});
const due = (until: string): QueueDeadline => ({ layer: 'TPI', until, reopened: false });

describe('the evaluation queue', () => {
  it('lists the units with a worksheet, latest activity first, then by name', () => {
    const rows = queueRows([
      { id: 'u1', name: 'Dinas Sosial', assessment: assessment('a1', '2026-11-20T08:00:00.000Z') },
      { id: 'u2', name: 'Badan Pendapatan Daerah', assessment: null },
      { id: 'u3', name: 'Balai Latihan Kerja', assessment: assessment('a3', '2026-11-22T09:30:00.000Z') },
      { id: 'u4', name: 'Biro Pengadaan', assessment: assessment('a4', '2026-11-20T08:00:00.000Z') },
    ]);
    expect(rows.map((row) => row.unitName)).toEqual([
      'Balai Latihan Kerja',
      'Biro Pengadaan',
      'Dinas Sosial',
    ]);
    expect(rows[0]?.assessment.id).toBe('a3');
  });

  it('sorts by the soonest deadline, those with nothing due last', () => {
    const rows = queueRows(
      [
        { id: 'u1', name: 'Dinas Sosial', assessment: assessment('a1', '2026-11-20T08:00:00.000Z') },
        {
          id: 'u2',
          name: 'Badan Pendapatan Daerah',
          assessment: assessment('a2', '2026-11-20T08:00:00.000Z', due('2026-12-15')),
        },
        {
          id: 'u3',
          name: 'Balai Latihan Kerja',
          assessment: assessment('a3', '2026-11-21T08:00:00.000Z', due('2026-11-30')),
        },
        {
          id: 'u4',
          name: 'Biro Pengadaan',
          assessment: assessment('a4', '2026-11-22T08:00:00.000Z', due('2026-12-15')),
        },
      ],
      'deadline',
    );
    expect(rows.map((row) => row.assessment.id)).toEqual(['a3', 'a4', 'a2', 'a1']);
  });

  it('counts the days to a deadline in calendar days, and says when it is near or past', () => {
    expect(daysLeft('2026-12-01', '2026-11-24')).toBe(7);
    expect(daysLeft('2026-11-24', '2026-11-24')).toBe(0);
    expect(daysLeft('2026-11-20', '2026-11-24')).toBe(-4);
    // Across the end of a year and a month of 31 days.
    expect(daysLeft('2027-01-02', '2026-12-31')).toBe(2);
    expect([-1, 0, 7, 8].map(urgencyOf)).toEqual(['overdue', 'near', 'near', 'later']);
  });
});
