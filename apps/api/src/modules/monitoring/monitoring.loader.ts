import { type DataSource, In } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { Recommendation } from './finding.entity.js';
import { FollowUp } from './follow-up.entity.js';

export const createRecommendationsLoader = (dataSource: DataSource) =>
  childrenLoader(
    (findingIds) =>
      dataSource.getRepository(Recommendation).find({
        where: { findingId: In(findingIds) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    (recommendation) => recommendation.findingId,
  );

export const createFollowUpsLoader = (dataSource: DataSource) =>
  childrenLoader(
    (recommendationIds) =>
      dataSource.getRepository(FollowUp).find({
        where: { recommendationId: In(recommendationIds) },
        order: { dueOn: 'ASC', id: 'ASC' },
      }),
    (followUp) => followUp.recommendationId ?? '',
  );
