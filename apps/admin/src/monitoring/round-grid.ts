import type { JudgementFragment, MonitoringRoundQuery, MonitoringScopeUnitsQuery } from '@zi/schema/admin';

export type Round = NonNullable<MonitoringRoundQuery['monitoringRound']>;
export type ScopeUnit = MonitoringScopeUnitsQuery['units']['nodes'][number];
export type Finding = Round['findings'][number];

/** One unit of a round, and how many findings it has; its judgements are the grid's cells. */
export interface RoundUnit {
  id: string;
  name: string;
  findings: number;
}

/**
 * The units a round covers: every unit in scope that builds ZI (it has a stage), and any other one
 * already judged or with a finding; by name.
 */
export function roundUnits(scope: readonly ScopeUnit[], round: Pick<Round, 'progress' | 'findings'>) {
  const units = new Map<string, RoundUnit>();
  const unitOf = ({ id, name }: { id: string; name: string }) => {
    let unit = units.get(id);
    if (!unit) {
      unit = { id, name, findings: 0 };
      units.set(id, unit);
    }
    return unit;
  };
  for (const unit of scope) if (unit.currentStage) unitOf(unit);
  for (const judged of round.progress) unitOf(judged.unit);
  for (const finding of round.findings) unitOf(finding.unit).findings += 1;
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** The round with judgements saved: each replaces the unit's judgement of its area, or is added. */
export function withJudgements<R extends Pick<Round, 'progress'>>(
  round: R,
  saved: readonly JudgementFragment[],
): R {
  const key = (judged: JudgementFragment) => `${judged.unit.id} ${judged.area}`;
  const replaced = new Set(saved.map(key));
  const others = round.progress.filter((judged) => !replaced.has(key(judged)));
  return { ...round, progress: [...others, ...saved] };
}

/** The round with a finding just recorded, after the ones before it. */
export function withFinding<R extends Pick<Round, 'findings'>>(round: R, finding: Finding): R {
  return { ...round, findings: [...round.findings.filter((item) => item.id !== finding.id), finding] };
}

/** The findings grouped by unit, the units by name, each unit's findings as recorded. */
export function findingsByUnit(findings: readonly Finding[]) {
  const groups = new Map<string, { unit: Finding['unit']; findings: Finding[] }>();
  for (const finding of findings) {
    const group = groups.get(finding.unit.id) ?? { unit: finding.unit, findings: [] };
    group.findings.push(finding);
    groups.set(finding.unit.id, group);
  }
  return [...groups.values()].sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'id'));
}
