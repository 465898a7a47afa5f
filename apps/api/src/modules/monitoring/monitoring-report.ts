import type { DataSource } from 'typeorm';
import { todayInIndonesia } from '../../common/dates.js';
import { notFound } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { namedQuery } from '../../common/named-query.js';
import type { Viewer } from '../auth/viewer.js';
import { unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import { ChangeArea } from './change-area.js';
import { FollowUpStatus } from './follow-up.entity.js';
import type { MonitoringService } from './monitoring.service.js';
import { ProgressJudgement } from './monitoring-progress.entity.js';
import { isOverdue } from './overdue.js';

export interface ReportFollowUp {
  description: string;
  ownerName: string;
  dueOn: string;
  status: FollowUpStatus;
  overdue: boolean;
  response: string | null;
}

export interface ReportFinding {
  area: ChangeArea | null;
  description: string;
  recommendations: Array<{ description: string; followUps: ReportFollowUp[] }>;
}

export interface ReportUnit {
  name: string;
  progress: Partial<Record<ChangeArea, { judgement: ProgressJudgement; note: string | null }>>;
  findings: ReportFinding[];
}

export interface RoundReport {
  instansiName: string;
  year: number;
  quarter: number;
  closed: boolean;
  units: ReportUnit[];
}

interface Row {
  unit_id: string;
  unit_name: string;
  finding_id: string | null;
  finding_area: ChangeArea | null;
  finding: string | null;
  recommendation_id: string | null;
  recommendation: string | null;
  follow_up: string | null;
  owner_name: string | null;
  due_on: string | null;
  status: FollowUpStatus | null;
  response: string | null;
}

/** Gathers one round, for the units in the viewer's scope (or one of them), in two statements. */
export async function roundReport(
  dataSource: DataSource,
  monitoring: MonitoringService,
  viewer: Viewer,
  roundGlobalId: string,
  unitGlobalId: string | null,
): Promise<RoundReport> {
  const round = await monitoring.round(viewer, roundGlobalId);
  if (!round) throw notFound('roundId', 'monitoring round', 'your instansi');
  const [scope, scopeParameters] = unitScopeCondition(unitScopeOf(viewer), 'u.id', 'u.instansi_id');
  const unitId = unitGlobalId ? fromGlobalIdOf('Unit', unitGlobalId, 'unitId') : null;
  const parameters = { ...scopeParameters, roundId: round.id, unitId, instansiId: round.instansiId };
  const query = <T>(sql: string) => namedQuery<T[]>(dataSource, sql, parameters);
  const units = `${scope} AND (CAST(:unitId AS uuid) IS NULL OR u.id = CAST(:unitId AS uuid))`;
  const [progress, rows, [instansi]] = await Promise.all([
    query<{
      unit_id: string;
      unit_name: string;
      area: ChangeArea;
      judgement: ProgressJudgement;
      note: string | null;
    }>(
      `SELECT u.id AS unit_id, u.name AS unit_name, p.area, p.judgement, p.note
       FROM monitoring_progress p JOIN unit u ON u.id = p.unit_id WHERE p.round_id = :roundId AND ${units}`,
    ),
    query<Row>(
      `SELECT u.id AS unit_id, u.name AS unit_name, fi.id AS finding_id, fi.area AS finding_area,
         fi.description AS finding, r.id AS recommendation_id, r.description AS recommendation,
         f.description AS follow_up, f.owner_name, to_char(f.due_on, 'YYYY-MM-DD') AS due_on, f.status, f.response
       FROM finding fi JOIN unit u ON u.id = fi.unit_id
       JOIN recommendation r ON r.finding_id = fi.id
       LEFT JOIN follow_up f ON f.recommendation_id = r.id
       WHERE fi.round_id = :roundId AND ${units}
       ORDER BY u.name, fi.created_at, fi.id, r.created_at, r.id, f.due_on, f.id`,
    ),
    query<{ name: string }>('SELECT name FROM instansi WHERE id = :instansiId'),
  ]);
  return {
    instansiName: instansi?.name ?? '',
    year: round.year,
    quarter: round.quarter,
    closed: round.closedAt !== null,
    units: assemble(progress, rows),
  };
}

function assemble(
  progress: Array<{
    unit_id: string;
    unit_name: string;
    area: ChangeArea;
    judgement: ProgressJudgement;
    note: string | null;
  }>,
  rows: Row[],
): ReportUnit[] {
  const today = todayInIndonesia();
  const units = new Map<string, ReportUnit>();
  const unitOf = (id: string, name: string) => {
    let unit = units.get(id);
    if (!unit) {
      unit = { name, progress: {}, findings: [] };
      units.set(id, unit);
    }
    return unit;
  };
  for (const row of progress) unitOf(row.unit_id, row.unit_name).progress[row.area] = row;
  const findings = new Map<string, ReportFinding>();
  const recommendations = new Map<string, ReportFinding['recommendations'][number]>();
  for (const row of rows) {
    if (!row.finding_id || !row.recommendation_id) continue;
    let finding = findings.get(row.finding_id);
    if (!finding) {
      finding = { area: row.finding_area, description: row.finding ?? '', recommendations: [] };
      findings.set(row.finding_id, finding);
      unitOf(row.unit_id, row.unit_name).findings.push(finding);
    }
    let recommendation = recommendations.get(row.recommendation_id);
    if (!recommendation) {
      recommendation = { description: row.recommendation ?? '', followUps: [] };
      recommendations.set(row.recommendation_id, recommendation);
      finding.recommendations.push(recommendation);
    }
    if (row.follow_up && row.status && row.due_on) {
      recommendation.followUps.push({
        description: row.follow_up,
        ownerName: row.owner_name ?? '',
        dueOn: row.due_on,
        status: row.status,
        overdue: isOverdue({ dueOn: row.due_on, status: row.status }, today),
        response: row.response,
      });
    }
  }
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
