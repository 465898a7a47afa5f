import { defineCommand, defineQuery } from '../../common/sql-query.js';
import type { ChangeArea } from './change-area.js';
import type { ProgressJudgement } from './monitoring-progress.entity.js';

type ProgressKey = { roundId: string; unitId: string; area: ChangeArea };

export const progressOf = defineQuery<ProgressKey, { judgement: ProgressJudgement; note: string | null }>({
  sql: 'SELECT judgement, note FROM monitoring_progress WHERE round_id = :roundId AND unit_id = :unitId AND area = :area',
  columns: { judgement: 'text', note: 'text' },
});

/** One cell judged outright (the single-cell mutation): a newer version of whatever was there. */
export const setProgress = defineCommand<
  ProgressKey & { judgement: ProgressJudgement; note: string | null; updatedBy: string }
>(
  `INSERT INTO monitoring_progress (round_id, unit_id, area, judgement, note, updated_by, updated_at)
   VALUES (:roundId, :unitId, :area, :judgement, :note, :updatedBy, now())
   ON CONFLICT (round_id, unit_id, area) DO UPDATE SET judgement = EXCLUDED.judgement,
     note = EXCLUDED.note, updated_by = EXCLUDED.updated_by, updated_at = now(),
     version = monitoring_progress.version + 1`,
);

/** A saved cell as the grid reads it back. */
export interface SavedCell {
  unitId: string;
  area: ChangeArea;
  judgement: ProgressJudgement;
  note: string | null;
  version: number;
  updatedAt: Date;
}

const SAVED_CELL_COLUMNS = {
  unitId: 'uuid',
  area: 'text',
  judgement: 'text',
  note: 'text',
  version: 'integer',
  updatedAt: 'timestamp with time zone',
} as const;

/** The columns of a `SavedCell`, over the monitoring_progress row named `row`. */
export const savedCellColumns = (row: string) =>
  `${row}.unit_id AS "unitId", ${row}.area, ${row}.judgement, ${row}.note, ${row}.version, ${row}.updated_at AS "updatedAt"`;

type CellArrays = { unitIds: string[]; areas: string[] };

/** The round's cells at these positions (unit and area, one per array position), as they are now. */
export const cellsAt = defineQuery<{ roundId: string } & CellArrays, SavedCell>({
  sql: `SELECT ${savedCellColumns('p')} FROM monitoring_progress p
   JOIN unnest(:unitIds::uuid[], :areas::text[]) AS c(unit_id, area) ON c.unit_id = p.unit_id AND c.area = p.area
   WHERE p.round_id = :roundId`,
  columns: SAVED_CELL_COLUMNS,
});

/**
 * Many cells in one statement, each only on the version it was edited on (`versions`, 0 = none yet):
 * a cell someone saved since is left as it is and not returned, so the caller sees how many were
 * written. A cell inserted meanwhile by another save conflicts the same way (version 1 ≠ 0).
 */
export const saveCells = defineQuery<
  {
    roundId: string;
    updatedBy: string;
    judgements: string[];
    notes: (string | null)[];
    versions: number[];
  } & CellArrays,
  SavedCell
>({
  sql: `INSERT INTO monitoring_progress AS p (round_id, unit_id, area, judgement, note, updated_by, updated_at, version)
   SELECT :roundId, c.unit_id, c.area, c.judgement, c.note, :updatedBy, now(), c.version + 1
   FROM unnest(:unitIds::uuid[], :areas::text[], :judgements::text[], :notes::text[], :versions::int[])
     AS c(unit_id, area, judgement, note, version)
   ON CONFLICT (round_id, unit_id, area) DO UPDATE SET judgement = EXCLUDED.judgement, note = EXCLUDED.note,
     updated_by = EXCLUDED.updated_by, updated_at = now(), version = EXCLUDED.version
   WHERE p.version = EXCLUDED.version - 1
   RETURNING ${savedCellColumns('p')}`,
  columns: SAVED_CELL_COLUMNS,
});

/**
 * For each round, its instansi's latest earlier round that has judgements: what carrying forward
 * copies. One statement for a page of rounds.
 */
export const earlierJudgedRounds = defineQuery<
  { roundIds: string[] },
  { roundId: string; earlierId: string; year: number; quarter: number }
>({
  sql: `SELECT r.id AS "roundId", e.id AS "earlierId", e.year, e.quarter FROM monitoring_round r
   CROSS JOIN LATERAL (
     SELECT e.id, e.year, e.quarter FROM monitoring_round e
     WHERE e.instansi_id = r.instansi_id AND (e.year, e.quarter) < (r.year, r.quarter)
       AND EXISTS (SELECT 1 FROM monitoring_progress p WHERE p.round_id = e.id)
     ORDER BY e.year DESC, e.quarter DESC LIMIT 1
   ) e
   WHERE r.id = ANY(:roundIds::uuid[])`,
  columns: { roundId: 'uuid', earlierId: 'uuid', year: 'integer', quarter: 'integer' },
});

export const addRecommendation = defineQuery<{ findingId: string; description: string }, { id: string }>({
  sql: 'INSERT INTO recommendation (finding_id, description) VALUES (:findingId, :description) RETURNING id',
  columns: { id: 'uuid' },
});

/** A recommendation's follow-ups, one per array position. */
export const addFollowUps = defineCommand<{
  recommendationId: string;
  unitId: string;
  createdBy: string;
  descriptions: string[];
  ownerNames: string[];
  dueOn: string[];
}>(
  `INSERT INTO follow_up (recommendation_id, unit_id, description, owner_name, due_on, created_by)
   SELECT :recommendationId, :unitId, d, o, due, :createdBy
   FROM unnest(:descriptions::text[], :ownerNames::text[], :dueOn::date[]) AS t(d, o, due)`,
);
