import { type DataSource, In } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { StageEvent } from './stage-event.entity.js';

/** A unit's timeline, oldest step first. */
export const createTimelineLoader = (dataSource: DataSource) =>
  childrenLoader(
    (unitIds) =>
      dataSource.getRepository(StageEvent).find({
        where: { unitId: In(unitIds) },
        order: { occurredOn: 'ASC', createdAt: 'ASC' },
      }),
    (event) => event.unitId,
  );
