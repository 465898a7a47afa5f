import type { DataSource } from 'typeorm';
import { type LayerKey, layerLoader } from '../assessments/assessment.loader.js';
import { Evidence } from './evidence.entity.js';

/** The current evidence of each layer (not replaced, not removed), oldest first. */
export const createEvidenceByLayerLoader = (dataSource: DataSource) =>
  layerLoader<Evidence, Evidence[]>(
    (keys: readonly LayerKey[]) =>
      dataSource
        .getRepository(Evidence)
        .createQueryBuilder('x')
        .where('(x.assessment_id, x.layer) IN (SELECT * FROM unnest(:ids::uuid[], :layers::text[]))', {
          ids: keys.map((key) => key.assessmentId),
          layers: keys.map((key) => key.layer),
        })
        .andWhere('x.replaced_by IS NULL AND x.removed_at IS NULL')
        .orderBy('x.created_at', 'ASC')
        .getMany(),
    (rows) => rows,
    [],
  );
