import { type DataSource, In } from 'typeorm';
import { byIdLoader, childrenLoader } from '../../common/dataloader.js';
import { Pact } from './pact.entity.js';

export const createPactLoader = (dataSource: DataSource) => byIdLoader(dataSource.getRepository(Pact));

/** A unit's pacts, newest first. */
export const createPactsByUnitLoader = (dataSource: DataSource) =>
  childrenLoader(
    (unitIds) =>
      dataSource.getRepository(Pact).find({
        where: { unitId: In(unitIds) },
        order: { signedOn: 'DESC', createdAt: 'DESC' },
      }),
    (pact) => pact.unitId,
  );
