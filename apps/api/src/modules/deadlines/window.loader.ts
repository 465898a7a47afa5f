import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { LayerReopening } from './layer-reopening.entity.js';
import { AssessmentWindow } from './window.entity.js';

export interface WindowKey {
  instansiId: string;
  year: number;
}

const keyOf = (key: WindowKey) => `${key.instansiId}:${key.year}`;

export const createWindowLoader = (dataSource: DataSource) =>
  new DataLoader<WindowKey, AssessmentWindow | null, string>(
    async (keys) => {
      const rows = await dataSource
        .getRepository(AssessmentWindow)
        .createQueryBuilder('w')
        .where('(w.instansi_id, w.year) IN (SELECT * FROM unnest(:ids::uuid[], :years::int[]))', {
          ids: keys.map((key) => key.instansiId),
          years: keys.map((key) => key.year),
        })
        .getMany();
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(keyOf(key)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );

/** Every reopening of the assessments' layers, newest first. */
export const createReopeningsLoader = (dataSource: DataSource) =>
  childrenLoader(
    (assessmentIds) =>
      dataSource.getRepository(LayerReopening).find({
        where: { assessmentId: In(assessmentIds) },
        order: { createdAt: 'DESC' },
      }),
    (reopening) => reopening.assessmentId,
  );
