import { describe, expect, it } from 'vitest';
import { type QueueAssessment, queueRows } from './queue';

const assessment = (id: string, updatedAt: string): QueueAssessment => ({
  id,
  status: 'SUBMITTED',
  updatedAt,
  unitLayer: { layer: 'UNIT', visible: true, score: { total: 84.41, answered: 113, questions: 113 } },
  tpiLayer: { layer: 'TPI', visible: true, score: null },
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
});
