import { OpenMonitoringRoundDocument, RecordFindingDocument } from '@zi/schema/admin';
import { addDays, quarterOf, todayInIndonesia } from '../common/dates.js';
import { graphql, type TestApp } from './harness.js';

/** What a monitoring finding says: the finding, its one recommendation and that one's follow-ups. */
export interface FindingTexts {
  finding: string;
  recommendation: string;
  followUps: string[];
}

/**
 * Opens this quarter's monitoring round and records on `unitId` a finding with one recommendation
 * and its follow-ups, each owned by the Sekretaris and due in 14 days, as the admin whose session
 * cookie is `adminCookie`. Gives the follow-ups' IDs, in order.
 */
export async function recordFollowUps(
  app: TestApp,
  adminCookie: string | undefined,
  unitId: string,
  texts: FindingTexts,
): Promise<string[]> {
  const endpoint = `${app.url}/admin/graphql`;
  const round = await graphql(
    endpoint,
    OpenMonitoringRoundDocument,
    { input: quarterOf(todayInIndonesia()) },
    adminCookie,
  );
  const dueOn = addDays(todayInIndonesia(), 14);
  const recorded = await graphql(
    endpoint,
    RecordFindingDocument,
    {
      input: {
        roundId: round.data?.openMonitoringRound.id ?? '',
        unitId,
        description: texts.finding,
        recommendations: [
          {
            description: texts.recommendation,
            followUps: texts.followUps.map((description) => ({
              description,
              ownerName: 'Sekretaris',
              dueOn,
            })),
          },
        ],
      },
    },
    adminCookie,
  );
  const followUps = recorded.data?.recordFinding.recommendations[0]?.followUps ?? [];
  return followUps.map((followUp) => followUp.id);
}
