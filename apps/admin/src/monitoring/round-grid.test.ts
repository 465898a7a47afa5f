import { describe, expect, it } from 'vitest';
import { findingsByUnit, type Round, roundUnits, withFinding, withJudgements } from './round-grid';

const unit = (id: string, name: string, currentStage: 'BUILDING' | null = 'BUILDING') => ({
  id,
  name,
  currentStage,
});
const judged = (
  unitId: string,
  name: string,
  area: 'SUPERVISION' | 'ACCOUNTABILITY',
  note: string | null = null,
) =>
  ({
    area,
    judgement: 'BEHIND',
    note,
    version: 1,
    updatedAt: '2026-11-20T03:00:00Z',
    unit: { id: unitId, name },
  }) as const;
const finding = (id: string, unitId: string, name: string): Round['findings'][number] => ({
  id,
  area: null,
  description: `Temuan ${id}`,
  createdAt: '2026-11-20T03:00:00Z',
  unit: { id: unitId, name },
  recommendations: [],
});

describe('a round’s units', () => {
  it('are the ZI units in scope, and any other unit already judged or with a finding, by name', () => {
    const scope = [
      unit('u1', 'Samsat Sentosa'),
      unit('u2', 'Badan Pendapatan'),
      unit('u3', 'SMA Negeri 9', null),
    ];
    const rows = roundUnits(scope, {
      progress: [judged('u1', 'Samsat Sentosa', 'SUPERVISION', 'WBS belum ada')],
      findings: [finding('f1', 'u4', 'Dinas Sosial'), finding('f2', 'u1', 'Samsat Sentosa')],
    });
    expect(rows.map((row) => row.name)).toEqual(['Badan Pendapatan', 'Dinas Sosial', 'Samsat Sentosa']);
    expect(rows[2]?.findings).toBe(1);
    expect(rows[0]).toEqual({ id: 'u2', name: 'Badan Pendapatan', findings: 0 });
  });

  it('take saved judgements in place of the ones before, and a new finding after the others', () => {
    const round = { progress: [judged('u1', 'A', 'SUPERVISION'), judged('u1', 'A', 'ACCOUNTABILITY')] };
    const saved = { ...judged('u1', 'A', 'SUPERVISION', 'Sudah membaik'), judgement: 'ON_TRACK' as const };
    const added = judged('u2', 'B', 'SUPERVISION');
    const next = withJudgements(round, [saved, added]);
    expect(next.progress).toHaveLength(3);
    expect(next.progress.find((item) => item.area === 'SUPERVISION' && item.unit.id === 'u1')).toEqual(saved);
    expect(round.progress[0]?.judgement).toBe('BEHIND');

    const findings = withFinding({ findings: [finding('f1', 'u1', 'A')] }, finding('f2', 'u1', 'A')).findings;
    expect(findings.map((item) => item.id)).toEqual(['f1', 'f2']);
    expect(withFinding({ findings }, finding('f2', 'u1', 'A')).findings).toHaveLength(2);
  });

  it('group findings by unit, units by name, findings as recorded', () => {
    const groups = findingsByUnit([
      finding('f1', 'u2', 'RSUD'),
      finding('f2', 'u1', 'Dinas'),
      finding('f3', 'u2', 'RSUD'),
    ]);
    expect(groups.map((group) => [group.unit.name, group.findings.map((item) => item.id)])).toEqual([
      ['Dinas', ['f2']],
      ['RSUD', ['f1', 'f3']],
    ]);
  });
});
