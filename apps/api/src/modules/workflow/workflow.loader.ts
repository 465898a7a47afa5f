import type { DataSource } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { AssessmentTransition, QuestionReturn } from './workflow.entities.js';
import { openReturnsOf, transitionsOf } from './workflow.queries.js';

/** Every move of each assessment, oldest first, read as plain rows. */
export const createHistoryLoader = (dataSource: DataSource) =>
  childrenLoader(
    async (assessmentIds) =>
      (await transitionsOf(dataSource.manager, { assessmentIds })).map((row) =>
        Object.assign(new AssessmentTransition(), row),
      ),
    (transition) => transition.assessmentId,
  );

/** Questions returned to the unit and not yet resubmitted, read as plain rows. */
export const createOpenReturnsLoader = (dataSource: DataSource) =>
  childrenLoader(
    async (assessmentIds) =>
      (await openReturnsOf(dataSource.manager, { assessmentIds })).map((row) =>
        Object.assign(new QuestionReturn(), row),
      ),
    (item) => item.assessmentId,
  );
