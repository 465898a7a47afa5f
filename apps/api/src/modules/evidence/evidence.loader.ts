import type { DataSource } from 'typeorm';
import { type LayerKey, layerLoader } from '../assessments/assessment.loader.js';
import { Evidence } from './evidence.entity.js';
import { currentEvidenceOfLayers } from './evidence.queries.js';

/** The current evidence of each layer (not replaced, not removed), oldest first, as plain rows. */
export const createEvidenceByLayerLoader = (dataSource: DataSource) =>
  layerLoader<Evidence, Evidence[]>(
    async (keys: readonly LayerKey[]) =>
      (
        await currentEvidenceOfLayers(dataSource.manager, {
          ids: keys.map((key) => key.assessmentId),
          layers: keys.map((key) => key.layer),
        })
      ).map((row) => Object.assign(new Evidence(), row)),
    (rows) => rows,
    [],
  );
