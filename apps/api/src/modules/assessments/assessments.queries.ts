import type { AnswerValue, GroupScore, QuestionScore } from '@zi/lke';
import { defineCommand, defineQuery, type NoParams } from '../../common/sql-query.js';
import type { AnswerLayer } from './assessment.entity.js';
import type { StoredAnswer } from './unit-answers.js';

type LayerKey = { assessmentId: string; layer: AnswerLayer };

/** An answer row as the `Answer` type reads it. */
export interface AnswerRow {
  assessmentId: string;
  layer: AnswerLayer;
  code: string;
  value: AnswerValue | null;
  note: string | null;
  authorId: string | null;
  updatedAt: Date;
  version: number;
}

/** The answers of many layers (assessment and layer side by side), by code. */
export const answersOfLayers = defineQuery<{ ids: string[]; layers: AnswerLayer[] }, AnswerRow>({
  sql: `SELECT assessment_id AS "assessmentId", layer, code, value, note, author_id AS "authorId",
          updated_at AS "updatedAt", version
        FROM answer WHERE (assessment_id, layer) IN (SELECT * FROM unnest(:ids::uuid[], :layers::text[]))
        ORDER BY code`,
  columns: {
    assessmentId: 'uuid',
    layer: 'text',
    code: 'text',
    value: 'jsonb',
    note: 'text',
    authorId: 'uuid',
    updatedAt: 'timestamp with time zone',
    version: 'integer',
  },
});

export const layerAnswerValues = defineQuery<LayerKey, { code: string; value: AnswerValue | null }>({
  sql: 'SELECT code, value FROM answer WHERE assessment_id = :assessmentId AND layer = :layer',
  columns: { code: 'text', value: 'jsonb' },
});

/** The layers' stored answers. */
export const storedAnswers = defineQuery<{ assessmentId: string; layers: AnswerLayer[] }, StoredAnswer>({
  sql: 'SELECT layer, code, value, note, version FROM answer WHERE assessment_id = :assessmentId AND layer = ANY(:layers)',
  columns: { layer: 'text', code: 'text', value: 'jsonb', note: 'text', version: 'integer' },
});

/** The stored answers to the given questions of a layer. */
export const answersTo = defineQuery<
  LayerKey & { codes: string[] },
  { code: string; value: AnswerValue | null; note: string | null; version: number }
>({
  sql: 'SELECT code, value, note, version FROM answer WHERE assessment_id = :assessmentId AND layer = :layer AND code = ANY(:codes)',
  columns: { code: 'text', value: 'jsonb', note: 'text', version: 'integer' },
});

/**
 * Saves a batch of answers in one statement: updates where the version matches, inserts first
 * answers (version 0); a row for each answer saved.
 */
export const saveAnswers = defineQuery<
  LayerKey & {
    authorId: string;
    codes: string[];
    values: (string | null)[];
    notes: (string | null)[];
    versions: number[];
  },
  { code: string }
>({
  sql: `WITH input AS (
          SELECT * FROM unnest(:codes::text[], :values::jsonb[], :notes::text[], :versions::int[]) AS t(code, value, note, version)
        ), updated AS (
          UPDATE answer a SET value = i.value, note = i.note, author_id = :authorId, updated_at = now(), version = a.version + 1
          FROM input i
          WHERE a.assessment_id = :assessmentId AND a.layer = :layer AND a.code = i.code AND i.version > 0 AND a.version = i.version
          RETURNING a.code
        ), inserted AS (
          INSERT INTO answer (assessment_id, layer, code, value, note, author_id, updated_at, version)
          SELECT :assessmentId, :layer, i.code, i.value, i.note, :authorId, now(), 1 FROM input i WHERE i.version = 0
          ON CONFLICT DO NOTHING
          RETURNING code
        )
        SELECT code FROM updated UNION ALL SELECT code FROM inserted`,
  columns: { code: 'text' },
});

/** Marks the assessment as changed now: its answers or evidence changed. */
export const touchAssessment = defineCommand<{ assessmentId: string }>(
  'UPDATE assessment SET updated_at = now() WHERE id = :assessmentId',
);

/** A stored layer score as the worksheet reads it (`total` as numeric's text). */
export interface ScoreRow {
  assessmentId: string;
  layer: AnswerLayer;
  total: string;
  answered: number;
  questions: number;
  groups: Record<string, GroupScore>;
  questionScores: Record<string, QuestionScore>;
  computedAt: Date;
}

/** The stored scores of many layers (assessment and layer side by side). */
export const scoresOfLayers = defineQuery<{ ids: string[]; layers: AnswerLayer[] }, ScoreRow>({
  sql: `SELECT assessment_id AS "assessmentId", layer, total, answered, questions, groups,
          question_scores AS "questionScores", computed_at AS "computedAt"
        FROM assessment_score WHERE (assessment_id, layer) IN (SELECT * FROM unnest(:ids::uuid[], :layers::text[]))`,
  columns: {
    assessmentId: 'uuid',
    layer: 'text',
    total: 'numeric',
    answered: 'integer',
    questions: 'integer',
    groups: 'jsonb',
    questionScores: 'jsonb',
    computedAt: 'timestamp with time zone',
  },
});

export const storedLayerScores = defineQuery<NoParams, { id: string; layer: string; framework_code: string }>(
  {
    sql: `SELECT s.assessment_id AS id, s.layer, a.framework_code
        FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id
        ORDER BY s.assessment_id, s.layer`,
    columns: { id: 'uuid', layer: 'text', framework_code: 'text' },
  },
);

/** Stores a layer's score (the engine's report, as JSON text). */
export const storeLayerScore = defineCommand<
  LayerKey & {
    total: number;
    answered: number;
    questions: number;
    groups: string;
    questionScores: string;
    points: string;
  }
>(
  `INSERT INTO assessment_score (assessment_id, layer, total, answered, questions, groups, question_scores, points, computed_at)
   VALUES (:assessmentId, :layer, :total, :answered, :questions, :groups, :questionScores, :points, now())
   ON CONFLICT (assessment_id, layer) DO UPDATE SET total = EXCLUDED.total, answered = EXCLUDED.answered,
     questions = EXCLUDED.questions, groups = EXCLUDED.groups, question_scores = EXCLUDED.question_scores,
     points = EXCLUDED.points, computed_at = EXCLUDED.computed_at`,
);
