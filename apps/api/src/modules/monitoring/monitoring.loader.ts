import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { childrenLoader } from '../../common/dataloader.js';
import { EvidenceFile } from '../evidence/evidence.entity.js';
import { Recommendation } from './finding.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { FollowUpFile } from './follow-up-file.entity.js';
import { earlierJudgedRounds } from './monitoring.queries.js';

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

/**
 * The id of each round's earlier judged round (null for none), for a page of rounds in one
 * statement: `viewerMay.carryForward` and `carryForwardFrom` ask it of every round listed.
 */
export const createEarlierJudgedRoundLoader = (dataSource: DataSource) =>
  new DataLoader<string, string | null>(async (roundIds) => {
    const rows = await earlierJudgedRounds(dataSource.manager, { roundIds: [...roundIds] });
    const earlier = new Map(rows.map((row) => [row.roundId, row.earlierId]));
    return roundIds.map((id) => earlier.get(id) ?? null);
  });
