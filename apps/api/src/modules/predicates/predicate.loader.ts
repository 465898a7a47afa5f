import { type DataSource, In } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { Predicate } from './predicate.entity.js';

/** A unit's predicates, oldest first; the id orders two of one year and kind (a re-award). */
export const PREDICATES_ORDER = { year: 'ASC', kind: 'ASC', id: 'ASC' } as const;

/** A unit's predicates (`PREDICATES_ORDER`). */
export const createPredicatesLoader = (dataSource: DataSource) =>
  childrenLoader(
    (unitIds) =>
      dataSource.getRepository(Predicate).find({
        where: { unitId: In(unitIds) },
        order: PREDICATES_ORDER,
      }),
    (predicate) => predicate.unitId,
  );
