import { type DataSource, In, IsNull } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { AssessmentTransition, QuestionReturn } from './workflow.entities.js';

export const createHistoryLoader = (dataSource: DataSource) =>
  childrenLoader(
    (assessmentIds) =>
      dataSource.getRepository(AssessmentTransition).find({
        where: { assessmentId: In(assessmentIds) },
        order: { id: 'ASC' },
      }),
    (transition) => transition.assessmentId,
  );

/** Questions returned to the unit and not yet resubmitted. */
export const createOpenReturnsLoader = (dataSource: DataSource) =>
  childrenLoader(
    (assessmentIds) =>
      dataSource.getRepository(QuestionReturn).find({
        where: { assessmentId: In(assessmentIds), resolvedAt: IsNull() },
        order: { returnedAt: 'ASC', code: 'ASC' },
      }),
    (item) => item.assessmentId,
  );
