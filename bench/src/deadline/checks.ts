import { isDeepStrictEqual } from 'node:util';
import { type StoredPoints, storedPointsOf } from '@zi/api/dist/modules/assessments/layer-score.js';
import { type Answers, getFramework, type ScoreReport, scoreAnswers } from '@zi/lke';
import type { DataSource } from 'typeorm';
import type { OperatorRecord } from './virtual-users.js';

export interface LostUpdates {
  /** Answers whose last save the server acknowledged, compared with the database. */
  checked: number;
  lost: number;
  /** Answers left out: their last save ended without a clear answer, so either state is right. */
  unknown: number;
  examples: string[];
}

const EXAMPLES = 5;

/** Every answer an operator's last acknowledged save wrote must be stored with that value and version. */
export async function findLostUpdates(
  dataSource: DataSource,
  records: OperatorRecord[],
): Promise<LostUpdates> {
  const rows = (await dataSource.query(
    `SELECT assessment_id, code, value, version FROM answer WHERE layer = 'unit' AND assessment_id = ANY($1)`,
    [records.map((record) => record.seat.assessmentId)],
  )) as Array<{ assessment_id: string; code: string; value: string | number | null; version: number }>;
  const stored = new Map(rows.map((row) => [`${row.assessment_id}|${row.code}`, row]));
  const result: LostUpdates = { checked: 0, lost: 0, unknown: 0, examples: [] };
  for (const record of records) {
    result.unknown += record.uncertain.size;
    for (const [code, saved] of record.acknowledged) {
      if (record.uncertain.has(code)) continue;
      result.checked += 1;
      const row = stored.get(`${record.seat.assessmentId}|${code}`);
      if (row && row.value === saved.value && row.version === saved.version) continue;
      result.lost += 1;
      if (result.examples.length < EXAMPLES) {
        const now = row ? `${JSON.stringify(row.value)} v${row.version}` : 'nothing';
        result.examples.push(
          `${record.seat.email} ${code}: acknowledged ${JSON.stringify(saved.value)} v${saved.version}, stored ${now}`,
        );
      }
    }
  }
  return result;
}

export interface ScoreCheck {
  layers: number;
  mismatches: number;
  examples: string[];
}

interface StoredScore {
  assessment_id: string;
  framework_code: string;
  layer: string;
  total: string;
  answered: number;
  questions: number;
  groups: ScoreReport['groups'];
  question_scores: ScoreReport['questions'];
  points: StoredPoints;
}

/** What differs between a stored score row and the engine's score of the stored answers, or null. */
function differenceOf(stored: StoredScore | undefined, engine: ScoreReport, rootCode: string): string | null {
  if (!stored) return 'no stored score';
  const root = engine.groups[rootCode];
  // The column keeps four decimals, rounding half away from zero.
  if (Math.abs(Number(stored.total) - engine.total) > 0.00005 + 1e-9)
    return `total ${stored.total} ≠ ${engine.total}`;
  if (stored.answered !== root?.answered || stored.questions !== root?.questions)
    return `answered ${stored.answered}/${stored.questions} ≠ ${root?.answered}/${root?.questions}`;
  const group = Object.keys(engine.groups).find(
    (code) => !isDeepStrictEqual(stored.groups[code], engine.groups[code]),
  );
  if (group || Object.keys(stored.groups).length !== Object.keys(engine.groups).length)
    return `group ${group ?? '(count)'}: ${stored.groups[group ?? '']?.score} ≠ ${engine.groups[group ?? '']?.score}`;
  if (!isDeepStrictEqual(stored.question_scores, engine.questions)) return 'question scores differ';
  const points = JSON.parse(JSON.stringify(storedPointsOf(engine.groups)));
  if (!isDeepStrictEqual(stored.points, points)) return 'points differ';
  return null;
}

/**
 * Rescores every layer of every worksheet in the database with @zi/lke from its stored answers and
 * compares the result with the stored score row: the API must never keep a score its answers do not give.
 */
export async function findScoreMismatches(dataSource: DataSource): Promise<ScoreCheck> {
  const answers = (await dataSource.query(
    `SELECT a.assessment_id, a.layer, s.framework_code, jsonb_object_agg(a.code, a.value) AS answers
     FROM answer a JOIN assessment s ON s.id = a.assessment_id GROUP BY 1, 2, 3`,
  )) as Array<{ assessment_id: string; layer: string; framework_code: string; answers: Answers }>;
  const scores = (await dataSource.query(
    `SELECT s.assessment_id, a.framework_code, s.layer, s.total, s.answered, s.questions, s.groups,
            s.question_scores, s.points
     FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id`,
  )) as StoredScore[];
  const keyOf = (row: { assessment_id: string; layer: string }) => `${row.assessment_id}|${row.layer}`;
  const storedScores = new Map(scores.map((row) => [keyOf(row), row]));
  const layers = new Map<
    string,
    { assessment_id: string; layer: string; framework_code: string; answers: Answers }
  >();
  for (const row of scores) layers.set(keyOf(row), { ...row, answers: {} });
  for (const row of answers) layers.set(keyOf(row), row);
  const result: ScoreCheck = { layers: layers.size, mismatches: 0, examples: [] };
  for (const [key, layer] of layers) {
    const framework = getFramework(layer.framework_code);
    // Compared as the API stores it: JSON, where a property set to undefined does not exist.
    const engine =
      framework && (JSON.parse(JSON.stringify(scoreAnswers(framework, layer.answers))) as ScoreReport);
    const difference =
      framework && engine
        ? differenceOf(storedScores.get(key), engine, framework.tree.code)
        : `unknown framework ${layer.framework_code}`;
    if (!difference) continue;
    result.mismatches += 1;
    if (result.examples.length < EXAMPLES)
      result.examples.push(`assessment ${layer.assessment_id} ${layer.layer} layer: ${difference}`);
  }
  return result;
}

/** The API's database sessions that are not idle, by state and what they wait on: a stuck pool shows here. */
export async function busyDatabaseSessions(dataSource: DataSource): Promise<string> {
  const rows = (await dataSource.query(
    `SELECT state, coalesce(wait_event_type, '-') AS wait, count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS NOT NULL AND state <> 'idle'
     GROUP BY 1, 2 ORDER BY 3 DESC`,
  )) as Array<{ state: string; wait: string; n: number }>;
  return rows.length === 0
    ? 'none'
    : rows.map((row) => `${row.n} ${row.state} (waiting: ${row.wait})`).join(', ');
}

/** How many of the import's units are stored: all or none, as the import promises. */
export async function importedUnits(dataSource: DataSource): Promise<number> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS n FROM unit WHERE name LIKE 'Unit Impor %'`,
  )) as {
    n: number;
  }[];
  return row?.n ?? 0;
}
