import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { reopeningsOf, windowsOf } from './deadlines.queries.js';
import { LayerReopening } from './layer-reopening.entity.js';
import { AssessmentWindow } from './window.entity.js';

export interface WindowKey {
  instansiId: string;
  year: number;
}

const keyOf = (key: WindowKey) => `${key.instansiId}:${key.year}`;

/** The deadlines of each instansi and year, read as plain rows. */
export const createWindowLoader = (dataSource: DataSource) =>
  new DataLoader<WindowKey, AssessmentWindow | null, string>(
    async (keys) => {
      const rows = await windowsOf(dataSource.manager, {
        instansiIds: keys.map((key) => key.instansiId),
        years: keys.map((key) => key.year),
      });
      const byKey = new Map(rows.map((row) => [keyOf(row), Object.assign(new AssessmentWindow(), row)]));
      return keys.map((key) => byKey.get(keyOf(key)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );

/** Every reopening of the assessments' layers, newest first, read as plain rows. */
export const createReopeningsLoader = (dataSource: DataSource) =>
  childrenLoader(
    async (assessmentIds) =>
      (await reopeningsOf(dataSource.manager, { assessmentIds })).map((row) =>
        Object.assign(new LayerReopening(), row),
      ),
    (reopening) => reopening.assessmentId,
  );
