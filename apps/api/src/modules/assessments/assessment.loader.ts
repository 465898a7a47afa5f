import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Answer } from './answer.entity.js';
import { type AnswerLayer, Assessment } from './assessment.entity.js';
import { AssessmentScore } from './assessment-score.entity.js';
import { answersOfLayers, scoresOfLayers } from './assessments.queries.js';

export interface LayerKey {
  assessmentId: string;
  layer: AnswerLayer;
}

export interface UnitYearKey {
  unitId: string;
  year: number;
}

const layerKey = (key: LayerKey) => `${key.assessmentId}:${key.layer}`;

/** A unit's assessment of a year (the newest framework if there are several); one query per page. */
export const createAssessmentByUnitYearLoader = (dataSource: DataSource) =>
  new DataLoader<UnitYearKey, Assessment | null, string>(
    async (keys) => {
      const rows = await dataSource
        .getRepository(Assessment)
        .createQueryBuilder('a')
        .where('(a.unit_id, a.year) IN (SELECT * FROM unnest(:unitIds::uuid[], :years::int[]))', {
          unitIds: keys.map((key) => key.unitId),
          years: keys.map((key) => key.year),
        })
        .orderBy('a.created_at', 'ASC')
        .getMany();
      const byKey = new Map(rows.map((row) => [`${row.unitId}:${row.year}`, row]));
      return keys.map((key) => byKey.get(`${key.unitId}:${key.year}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.year}` },
  );

/** Batches per (assessment, layer) keys; `collect` turns a key's rows into its value. */
export function layerLoader<T extends { assessmentId: string; layer: AnswerLayer }, R>(
  fetch: (keys: readonly LayerKey[]) => Promise<T[]>,
  collect: (rows: T[]) => R,
  empty: R,
) {
  return new DataLoader<LayerKey, R, string>(
    async (keys) => {
      const groups = new Map<string, T[]>();
      for (const row of await fetch(keys)) {
        const key = layerKey(row);
        const rows = groups.get(key);
        if (rows) rows.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((key) => {
        const rows = groups.get(layerKey(key));
        return rows ? collect(rows) : empty;
      });
    },
    { cacheKeyFn: layerKey },
  );
}

const layerParameters = (keys: readonly LayerKey[]) => ({
  ids: keys.map((key) => key.assessmentId),
  layers: keys.map((key) => key.layer),
});

/**
 * Each layer's answers by code, read as plain rows: a worksheet has over a hundred per layer, and
 * entity hydration cost more than the statement (decision 0048).
 */
export const createAnswersByLayerLoader = (dataSource: DataSource) =>
  layerLoader<Answer, Answer[]>(
    async (keys) =>
      (await answersOfLayers(dataSource.manager, layerParameters(keys))).map((row) =>
        Object.assign(new Answer(), row),
      ),
    (rows) => rows,
    [],
  );

/** Each layer's stored score, as plain rows (its groups and question scores are large JSON). */
export const createScoreByLayerLoader = (dataSource: DataSource) =>
  layerLoader<AssessmentScore, AssessmentScore | null>(
    async (keys) =>
      (await scoresOfLayers(dataSource.manager, layerParameters(keys))).map((row) =>
        Object.assign(new AssessmentScore(), row, { total: Number(row.total) }),
      ),
    (rows) => rows[0] ?? null,
    null,
  );
