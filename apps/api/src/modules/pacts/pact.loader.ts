import { type DataSource, In } from 'typeorm';
import { byIdLoader, childrenLoader } from '../../common/dataloader.js';
import { Pact } from './pact.entity.js';

export const createPactLoader = (dataSource: DataSource) => byIdLoader(dataSource.getRepository(Pact));

/** A unit's pacts, newest first; the id orders pacts recorded at the same instant. */
export const PACTS_ORDER = { signedOn: 'DESC', createdAt: 'DESC', id: 'DESC' } as const;

/** A unit's pacts, newest first (`PACTS_ORDER`). */
export const createPactsByUnitLoader = (dataSource: DataSource) =>
  childrenLoader(
    (unitIds) =>
      dataSource.getRepository(Pact).find({
        where: { unitId: In(unitIds) },
        order: PACTS_ORDER,
      }),
    (pact) => pact.unitId,
  );
