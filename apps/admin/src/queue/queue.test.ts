import { describe, expect, it } from 'vitest';
import { filteredRows, type QueueAssessment, type QueueDeadline, queueRows, statusesOf } from './queue';

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
const due = (until: string, urgency: QueueDeadline['urgency'] = 'LATER'): QueueDeadline => ({
  layer: 'TPI',
  until,
  reopened: false,
  daysLeft: 10,
  urgency,
});

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

  it('filters by status and by how near the API says the deadline is, none included', () => {
    const rows = queueRows([
      {
        id: 'u1',
        name: 'Dinas Sosial',
        assessment: assessment('a1', '2026-11-20T08:00:00.000Z', due('2026-11-01', 'OVERDUE')),
      },
      {
        id: 'u2',
        name: 'Biro Umum',
        assessment: { ...assessment('a2', '2026-11-21T08:00:00.000Z'), status: 'IN_REVIEW' },
      },
      {
        id: 'u3',
        name: 'Balai Kerja',
        assessment: assessment('a3', '2026-11-22T08:00:00.000Z', due('2026-11-28', 'NEAR')),
      },
    ]);
    const ids = (filter: Parameters<typeof filteredRows>[1]) =>
      filteredRows(rows, filter).map((row) => row.assessment.id);
    expect(ids({ status: null, deadline: null })).toEqual(['a3', 'a2', 'a1']);
    expect(ids({ status: 'SUBMITTED', deadline: null })).toEqual(['a3', 'a1']);
    expect(ids({ status: null, deadline: 'OVERDUE' })).toEqual(['a1']);
    expect(ids({ status: null, deadline: 'NONE' })).toEqual(['a2']);
    expect(ids({ status: 'IN_REVIEW', deadline: 'NEAR' })).toEqual([]);
    expect(statusesOf(rows)).toEqual(['SUBMITTED', 'IN_REVIEW']);
  });
});
