import { type DataSource, In } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { EvidenceFile } from '../evidence/evidence.entity.js';
import { Recommendation } from './finding.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { FollowUpFile } from './follow-up-file.entity.js';

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

/** The files of a page of follow-ups in one statement, oldest first, with their size and type. */
export const createFollowUpFilesLoader = (dataSource: DataSource) =>
  childrenLoader(
    (followUpIds) =>
      dataSource
        .getRepository(FollowUpFile)
        .createQueryBuilder('x')
        .innerJoinAndMapOne('x.file', EvidenceFile, 'ef', 'ef.id = x.fileId')
        .where('x.followUpId = ANY(:followUpIds)', { followUpIds })
        .orderBy('x.createdAt', 'ASC')
        .addOrderBy('x.id', 'ASC')
        .getMany(),
    (file) => file.followUpId,
  );
