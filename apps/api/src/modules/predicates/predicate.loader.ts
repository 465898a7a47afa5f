import { type DataSource, In } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { Predicate } from './predicate.entity.js';

export const createPredicatesLoader = (dataSource: DataSource) =>
  childrenLoader(
    (unitIds) =>
      dataSource.getRepository(Predicate).find({
        where: { unitId: In(unitIds) },
        order: { year: 'ASC', kind: 'ASC' },
      }),
    (predicate) => predicate.unitId,
  );
