import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import type { Db } from '../../db/db.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Unit } from './unit.entity.js';
import { type ParsedRow, parseUnitRows, type RowProblem } from './unit-import.js';
import { fieldsOfUnit, instansiOf, type UnitFields } from './unit-registry.service.js';
import { readSheet } from './unit-sheet.read.js';

export type ImportAction = 'create' | 'update' | 'unchanged';

export interface ImportReport {
  committed: boolean;
  summary: { rows: number; create: number; update: number; unchanged: number; invalid: number };
  rows: Array<{ row: number; code: string; name: string; action: ImportAction }>;
  problems: RowProblem[];
}

interface Planned {
  row: ParsedRow;
  action: ImportAction;
  existing: Unit | null;
}

const FIELD_COLUMNS: ReadonlyArray<keyof UnitFields> = [
  'name',
  'kind',
  'code',
  'regionCode',
  'address',
  'headName',
  'servesPublic',
];

const sameFields = (unit: Unit, fields: UnitFields) =>
  FIELD_COLUMNS.every((column) => fieldsOfUnit(unit)[column] === fields[column]);

/**
 * Imports the Inspektorat's unit list: a preview names every problem by row and column, and a
 * commit saves all rows or none. Rows match existing units by code, then (for units registered
 * without one) by name; rows without a code match by name, so a re-import updates instead of
 * duplicating.
 */
export class UnitImportService {
  constructor(private readonly db: Db) {}

  async run(viewer: Viewer, file: Buffer, commit: boolean, request: RequestInfo): Promise<ImportReport> {
    const instansiId = instansiOf(viewer);
    const parsed = parseUnitRows(await readSheet(file));
    return this.db.transaction(async (manager) => {
      // Two imports of one instansi at once would plan against the same rows.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`unit-import:${instansiId}`]);
      const existing = await manager.find(Unit, { where: { instansiId } });
      const { planned, problems } = plan(parsed.rows, existing);
      const allProblems = [...parsed.problems, ...problems].sort((a, b) => a.row - b.row);
      const report = reportOf(planned, allProblems, commit && allProblems.length === 0);
      if (report.committed) await this.save(manager, viewer, instansiId, planned, report, request);
      return report;
    });
  }

  private async save(
    manager: EntityManager,
    viewer: Viewer,
    instansiId: string,
    planned: Planned[],
    report: ImportReport,
    request: RequestInfo,
  ): Promise<void> {
    const creates = planned.filter((item) => item.action === 'create').map((item) => item.row.fields);
    const updates = planned.filter((item) => item.action === 'update');
    if (creates.length > 0) {
      await manager.insert(
        Unit,
        creates.map((fields) => ({ ...fields, instansiId })),
      );
    }
    if (updates.length > 0) {
      const column = <K extends keyof UnitFields>(key: K) => updates.map(({ row }) => row.fields[key]);
      await manager.query(
        `UPDATE unit u SET name = v.name, kind = v.kind, code = v.code, region_code = v.region_code,
           address = v.address, head_name = v.head_name, serves_public = v.serves_public, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[])
           AS v(id, name, kind, code, region_code, address, head_name, serves_public)
         WHERE u.id = v.id`,
        [
          updates.map(({ existing }) => existing?.id),
          column('name'),
          column('kind'),
          column('code'),
          column('regionCode'),
          column('address'),
          column('headName'),
          column('servesPublic'),
        ],
      );
    }
    await recordAudit(manager, {
      actorUserId: viewer.id,
      action: 'units.import',
      entity: 'instansi',
      entityId: instansiId,
      before: {
        updated: updates.map(({ existing }) => existing && { id: existing.id, ...fieldsOfUnit(existing) }),
      },
      after: { summary: report.summary, created: creates, updated: updates.map(({ row }) => row.fields) },
      ip: request.ip,
    });
  }
}

type Match = { row: ParsedRow; existing: Unit | null } | { problem: RowProblem };

/** What a row's name finds: a unit, none, or several that differ only in case. */
type NameMatch = Unit | undefined | 'ambiguous';

/** A unit by its exact name, else by its name in any case when only one unit has it so. */
function unitsByName(units: Unit[]): (name: string) => NameMatch {
  const exact = new Map(units.map((unit) => [unit.name, unit]));
  const folded = new Map<string, NameMatch>();
  for (const unit of units) {
    const key = unit.name.toLowerCase();
    folded.set(key, folded.has(key) ? 'ambiguous' : unit);
  }
  return (name) => exact.get(name) ?? folded.get(name.toLowerCase());
}

const nameProblem = (row: ParsedRow, named: Unit | 'ambiguous'): RowProblem =>
  named === 'ambiguous'
    ? {
        row: row.row,
        column: 'nama',
        reason: 'UNIT_NAME_AMBIGUOUS',
        message: 'nama matches several units whose names differ only in case; give the unit its kode',
      }
    : {
        row: row.row,
        column: 'nama',
        reason: 'UNIT_ARCHIVED',
        message: 'nama is the name of an archived unit; restore it first to update it by import',
      };

/** A row with a code: the unit with that code, else a unit of that name registered without one. */
function matchByCode(row: ParsedRow, byCode: Map<string, Unit>, named: NameMatch): Match {
  const coded = byCode.get(row.fields.code?.toLowerCase() ?? '');
  if (coded && (named === coded || named === undefined)) return { row, existing: coded };
  if (named === undefined) return { row, existing: null };
  if (named === 'ambiguous' || (!coded && !named.code && named.archivedAt)) {
    return { problem: nameProblem(row, named) };
  }
  if (!coded && !named.code) return { row, existing: named };
  return {
    problem: {
      row: row.row,
      column: 'nama',
      reason: 'UNIT_NAME_TAKEN',
      message: `nama is the name of another unit${named.code ? ` (kode ${named.code})` : ''}`,
      values: named.code ? { code: named.code } : {},
    },
  };
}

/** A row without a code: the active unit of that name, keeping its code, else a new unit. */
function matchByName(row: ParsedRow, named: NameMatch): Match {
  if (!named) return { row, existing: null };
  if (named === 'ambiguous' || named.archivedAt) return { problem: nameProblem(row, named) };
  return { row: { ...row, fields: { ...row.fields, code: named.code } }, existing: named };
}

function plan(rows: ParsedRow[], units: Unit[]): { planned: Planned[]; problems: RowProblem[] } {
  const byCode = new Map(
    units.filter((unit) => unit.code).map((unit) => [unit.code?.toLowerCase() ?? '', unit]),
  );
  const unitNamed = unitsByName(units);
  // A row without a code may name the unit another row updates by its code.
  const rowOfUnit = new Map<string, number>();
  const planned: Planned[] = [];
  const problems: RowProblem[] = [];
  for (const parsed of rows) {
    const named = unitNamed(parsed.fields.name);
    const match = parsed.fields.code ? matchByCode(parsed, byCode, named) : matchByName(parsed, named);
    if ('problem' in match) {
      problems.push(match.problem);
      continue;
    }
    const { row, existing } = match;
    const firstRow = existing ? rowOfUnit.get(existing.id) : undefined;
    if (firstRow !== undefined) {
      problems.push({
        row: row.row,
        column: 'nama',
        reason: 'DUPLICATE_IN_FILE',
        message: `nama names the unit row ${firstRow} of this file updates`,
        values: { firstRow },
      });
      continue;
    }
    if (existing) rowOfUnit.set(existing.id, row.row);
    const action: ImportAction = !existing
      ? 'create'
      : sameFields(existing, row.fields)
        ? 'unchanged'
        : 'update';
    planned.push({ row, action, existing });
  }
  return { planned, problems };
}

function reportOf(planned: Planned[], problems: RowProblem[], committed: boolean): ImportReport {
  const count = (action: ImportAction) => planned.filter((item) => item.action === action).length;
  const invalidRows = new Set(problems.map((problem) => problem.row));
  return {
    committed,
    summary: {
      rows: planned.length + invalidRows.size,
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      invalid: invalidRows.size,
    },
    rows: planned.map(({ row, action }) => ({
      row: row.row,
      code: row.fields.code ?? '',
      name: row.fields.name,
      action,
    })),
    problems,
  };
}
