import { type DataSource, In } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { StageEvent } from './stage-event.entity.js';

/** A unit's timeline, oldest step first; the id orders steps recorded at the same instant. */
export const TIMELINE_ORDER = { occurredOn: 'ASC', createdAt: 'ASC', id: 'ASC' } as const;

/** A unit's timeline, oldest step first (`TIMELINE_ORDER`). */
export const createTimelineLoader = (dataSource: DataSource) =>
  childrenLoader(
    (unitIds) =>
      dataSource.getRepository(StageEvent).find({
        where: { unitId: In(unitIds) },
        order: TIMELINE_ORDER,
      }),
    (event) => event.unitId,
  );
