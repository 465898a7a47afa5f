import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { lockTransaction } from '../../common/locks.queries.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { ALIAS_SEPARATOR } from './unit-aliases.js';
import { type ParsedRow, type ProblemLog, parseUnitRows, type RowProblem } from './unit-import.js';
import { duplicateUnitError, instansiOf, type UnitFields } from './unit-registry.service.js';
import { readSheet } from './unit-sheet.read.js';
import { insertUnits, type KnownUnit, knownUnits, type UnitColumns, updateUnits } from './units.queries.js';

export type ImportAction = 'create' | 'update' | 'unchanged';

export interface ImportReport {
  committed: boolean;
  summary: { rows: number; create: number; update: number; unchanged: number; invalid: number };
  /** The first `ROWS_SHOWN_PER_ACTION` rows of each action, by row; `summary` counts them all. */
  rows: Array<{ row: number; code: string; name: string; action: ImportAction }>;
  /** The first `MAX_REPORTED_PROBLEMS` problems, by row. */
  problems: RowProblem[];
  /** Every problem of the file, listed or not. */
  problemCount: number;
}

/** A preview of 100,000 rows answers in a few kilobytes: a sample of what each action does. */
export const ROWS_SHOWN_PER_ACTION = 100;

/**
 * Rows per INSERT or UPDATE. Each statement sends one array per column (`unnest`), so PostgreSQL's
 * 65,535 bind parameters never bind it; the batch keeps each statement well under the statement
 * timeout (0.2 to 0.5 s per 5,000 rows here; decision 0032).
 */
export const WRITE_BATCH_ROWS = 5_000;

/** A row of the file, what the import will do with it, and the unit it updates, if any. */
interface Planned {
  row: ParsedRow;
  action: ImportAction;
  existing: KnownUnit | null;
}

const FIELD_COLUMNS: ReadonlyArray<keyof UnitFields> = [
  'name',
  'kind',
  'code',
  'regionCode',
  'address',
  'headName',
  'servesPublic',
  'aliases',
];

const sameValue = (a: UnitFields[keyof UnitFields], b: UnitFields[keyof UnitFields]) =>
  Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : a === b;

const changedColumns = (unit: KnownUnit, fields: UnitFields) =>
  FIELD_COLUMNS.filter((column) => !sameValue(unit[column], fields[column]));

/** A row of a file without a `singkatan` column leaves an updated unit's aliases as they are. */
const withKeptAliases = (row: ParsedRow, existing: KnownUnit | null): ParsedRow =>
  row.keepsAliases && existing ? { ...row, fields: { ...row.fields, aliases: existing.aliases } } : row;

/** The values of some columns of a unit, for the audit log. */
const valuesOf = (fields: UnitFields, columns: ReadonlyArray<keyof UnitFields>) =>
  Object.fromEntries(columns.map((column) => [column, fields[column]]));

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * Imports the Inspektorat's unit list: a preview names the problems by row and column, and a commit
 * saves all rows or none. Rows match existing units by code, then (for units registered without
 * one) by name; rows without a code match by name, so a re-import updates instead of duplicating.
 * Large files (decision 0032): the file is read row by row, the instansi's units are read once, and
 * the writes go in batches inside the one transaction.
 */
export class UnitImportService {
  constructor(private readonly db: Db) {}

  async run(viewer: Viewer, file: Buffer, commit: boolean, request: RequestInfo): Promise<ImportReport> {
    const instansiId = instansiOf(viewer);
    const parsed = await parseUnitRows(readSheet(file));
    if (!commit || parsed.problems.count > 0) {
      const known = parsed.rows.length > 0 ? await knownUnits(this.db.manager, { instansiId }) : [];
      return reportOf(plan(parsed.rows, known, parsed.problems), parsed.problems, false);
    }
    try {
      return await this.db.transaction(async (manager) => {
        // Two imports of one instansi at once would plan against the same rows.
        await lockTransaction(manager, { key: `unit-import:${instansiId}` });
        const planned = plan(parsed.rows, await knownUnits(manager, { instansiId }), parsed.problems);
        const report = reportOf(planned, parsed.problems, parsed.problems.count === 0);
        if (report.committed) await save(manager, { viewer, instansiId, file, planned, report, request });
        return report;
      });
    } catch (error) {
      // A unit registered by hand while the import ran took a code or name the plan had free.
      throw duplicateUnitError(error) ?? error;
    }
  }
}

interface Commit {
  viewer: Viewer;
  instansiId: string;
  file: Buffer;
  planned: Planned[];
  report: ImportReport;
  request: RequestInfo;
}

/**
 * Writes the plan in batches of `WRITE_BATCH_ROWS`, then one audit event for the whole import
 * (decision 0032): the file's SHA-256, the counts, the new units' IDs, and each updated unit's
 * changed fields before and after.
 */
async function save(manager: EntityManager, commit: Commit): Promise<void> {
  const creates = commit.planned
    .filter((item) => item.action === 'create')
    .map(({ row }) => ({ id: randomUUID(), row }));
  const updates = commit.planned.flatMap(({ row, action, existing }) =>
    action === 'update' && existing ? [{ row, existing, changed: changedColumns(existing, row.fields) }] : [],
  );
  for (const batch of batches(creates, WRITE_BATCH_ROWS)) {
    await insertUnits(manager, { ...columnsOf(batch), instansiId: commit.instansiId });
  }
  for (const batch of batches(updates, WRITE_BATCH_ROWS)) {
    await updateUnits(manager, columnsOf(batch.map(({ row, existing }) => ({ id: existing.id, row }))));
  }
  // Last: the audit log's lock serializes every audited write until this transaction ends.
  await recordAudit(manager, {
    actorUserId: commit.viewer.id,
    action: 'units.import',
    entity: 'instansi',
    entityId: commit.instansiId,
    before: {
      updated: updates.map(({ row, existing, changed }) => ({
        row: row.row,
        id: existing.id,
        ...valuesOf(existing, changed),
      })),
    },
    after: {
      file: { sha256: createHash('sha256').update(commit.file).digest('hex'), bytes: commit.file.length },
      summary: commit.report.summary,
      created: creates.map(({ id, row }) => ({ row: row.row, id })),
      updated: updates.map(({ row, existing, changed }) => ({
        row: row.row,
        id: existing.id,
        ...valuesOf(row.fields, changed),
      })),
    },
    ip: commit.request.ip,
  });
}

/** One array per column, so that a statement's parameters do not grow with its rows. */
function columnsOf(rows: Array<{ id: string; row: ParsedRow }>): UnitColumns {
  const column = <K extends keyof UnitFields>(key: K) => rows.map(({ row }) => row.fields[key]);
  return {
    ids: rows.map(({ id }) => id),
    names: column('name'),
    kinds: column('kind'),
    codes: column('code'),
    regionCodes: column('regionCode'),
    addresses: column('address'),
    headNames: column('headName'),
    servesPublic: column('servesPublic'),
    aliases: rows.map(({ row }) => row.fields.aliases.join(ALIAS_SEPARATOR)),
  };
}

type Match = { row: ParsedRow; existing: KnownUnit | null } | { problem: RowProblem };

/** What a row's name finds: a unit, none, or several that differ only in case. */
type NameMatch = KnownUnit | undefined | 'ambiguous';

/** A unit by its exact name, else by its name in any case when only one unit has it so. */
function unitsByName(units: KnownUnit[]): (name: string) => NameMatch {
  const exact = new Map(units.map((unit) => [unit.name, unit]));
  const folded = new Map<string, NameMatch>();
  for (const unit of units) {
    const key = unit.name.toLowerCase();
    folded.set(key, folded.has(key) ? 'ambiguous' : unit);
  }
  return (name) => exact.get(name) ?? folded.get(name.toLowerCase());
}

const nameProblem = (row: ParsedRow, named: KnownUnit | 'ambiguous'): RowProblem =>
  named === 'ambiguous'
    ? {
        row: row.row,
        column: 'nama',
        reason: RefusalReason.UNIT_NAME_AMBIGUOUS,
        message: 'nama matches several units whose names differ only in case; give the unit its kode',
      }
    : {
        row: row.row,
        column: 'nama',
        reason: RefusalReason.UNIT_ARCHIVED,
        message: 'nama is the name of an archived unit; restore it first to update it by import',
      };

/** A row with a code: the unit with that code, else a unit of that name registered without one. */
function matchByCode(row: ParsedRow, byCode: Map<string, KnownUnit>, named: NameMatch): Match {
  const coded = byCode.get(row.fields.code?.toLowerCase() ?? '');
  if (coded && (named === coded || named === undefined)) return { row, existing: coded };
  if (named === undefined) return { row, existing: null };
  if (named === 'ambiguous' || (!coded && !named.code && named.archived)) {
    return { problem: nameProblem(row, named) };
  }
  if (!coded && !named.code) return { row, existing: named };
  return {
    problem: {
      row: row.row,
      column: 'nama',
      reason: RefusalReason.UNIT_NAME_TAKEN,
      message: `nama is the name of another unit${named.code ? ` (kode ${named.code})` : ''}`,
      values: named.code ? { code: named.code } : {},
    },
  };
}

/** A row without a code: the active unit of that name, keeping its code, else a new unit. */
function matchByName(row: ParsedRow, named: NameMatch): Match {
  if (!named) return { row, existing: null };
  if (named === 'ambiguous' || named.archived) return { problem: nameProblem(row, named) };
  return { row: { ...row, fields: { ...row.fields, code: named.code } }, existing: named };
}

/**
 * What each row does to the registered units, in one pass over the rows with the units in maps:
 * linear in rows plus units. The rows' problems go to `problems`.
 */
function plan(rows: ParsedRow[], units: KnownUnit[], problems: ProblemLog): Planned[] {
  const byCode = new Map(
    units.filter((unit) => unit.code).map((unit) => [unit.code?.toLowerCase() ?? '', unit]),
  );
  const unitNamed = unitsByName(units);
  // A row without a code may name the unit another row updates by its code.
  const rowOfUnit = new Map<string, number>();
  const planned: Planned[] = [];
  for (const parsed of rows) {
    const named = unitNamed(parsed.fields.name);
    const match = parsed.fields.code ? matchByCode(parsed, byCode, named) : matchByName(parsed, named);
    if ('problem' in match) {
      problems.add(match.problem);
      continue;
    }
    const existing = match.existing;
    const row = withKeptAliases(match.row, existing);
    const firstRow = existing ? rowOfUnit.get(existing.id) : undefined;
    if (firstRow !== undefined) {
      problems.add({
        row: row.row,
        column: 'nama',
        reason: RefusalReason.DUPLICATE_IN_FILE,
        message: `nama names the unit row ${firstRow} of this file updates`,
        values: { firstRow },
      });
      continue;
    }
    if (existing) rowOfUnit.set(existing.id, row.row);
    const action: ImportAction = !existing
      ? 'create'
      : changedColumns(existing, row.fields).length === 0
        ? 'unchanged'
        : 'update';
    planned.push({ row, action, existing });
  }
  return planned;
}

function reportOf(planned: Planned[], problems: ProblemLog, committed: boolean): ImportReport {
  const count = { create: 0, update: 0, unchanged: 0 };
  const rows: ImportReport['rows'] = [];
  for (const { row, action } of planned) {
    count[action] += 1;
    if (count[action] <= ROWS_SHOWN_PER_ACTION)
      rows.push({ row: row.row, code: row.fields.code ?? '', name: row.fields.name, action });
  }
  return {
    committed,
    summary: {
      rows: planned.length + problems.invalidRows,
      ...count,
      invalid: problems.invalidRows,
    },
    rows,
    problems: problems.first(),
    problemCount: problems.count,
  };
}
