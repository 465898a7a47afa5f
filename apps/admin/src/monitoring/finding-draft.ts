import type { ChangeArea, RecordFindingInput } from '@zi/schema/admin';

/** The API takes at most this many recommendations per finding, and follow-ups per recommendation. */
export const MAX_ROWS = 20;

export interface FollowUpDraft {
  key: number;
  description: string;
  ownerName: string;
  dueOn: string;
}

export interface RecommendationDraft {
  key: number;
  description: string;
  followUps: FollowUpDraft[];
}

/** A finding being written, with the keys that keep each row's inputs apart as rows come and go. */
export interface FindingDraft {
  area: ChangeArea | null;
  description: string;
  recommendations: RecommendationDraft[];
  /** Other units of the round the same finding holds for. */
  alsoUnitIds: string[];
  nextKey: number;
}

type FollowUpField = 'description' | 'ownerName' | 'dueOn';

export type FindingChange =
  | { type: 'finding'; field: 'description'; value: string }
  | { type: 'area'; area: ChangeArea | null }
  | { type: 'recommendation'; index: number; value: string }
  | { type: 'followUp'; recommendation: number; index: number; field: FollowUpField; value: string }
  | { type: 'addRecommendation' }
  | { type: 'removeRecommendation'; index: number }
  | { type: 'addFollowUp'; recommendation: number }
  | { type: 'removeFollowUp'; recommendation: number; index: number }
  | { type: 'alsoUnits'; unitIds: readonly string[]; chosen: boolean };

const followUp = (key: number): FollowUpDraft => ({ key, description: '', ownerName: '', dueOn: '' });
const recommendation = (key: number): RecommendationDraft => ({
  key,
  description: '',
  followUps: [followUp(key + 1)],
});

/** A blank finding: one recommendation with one follow-up, the least the API records. */
export function blankFinding(): FindingDraft {
  return { area: null, description: '', recommendations: [recommendation(0)], alsoUnitIds: [], nextKey: 2 };
}

const replaced = <T>(items: readonly T[], index: number, change: (item: T) => T): T[] =>
  items.map((item, position) => (position === index ? change(item) : item));

const withRecommendation = (
  draft: FindingDraft,
  index: number,
  change: (item: RecommendationDraft) => RecommendationDraft,
): FindingDraft => ({ ...draft, recommendations: replaced(draft.recommendations, index, change) });

/** The draft after one edit; a row is never added past the API's limit, nor the last one removed. */
export function changeFinding(draft: FindingDraft, change: FindingChange): FindingDraft {
  switch (change.type) {
    case 'finding':
      return { ...draft, [change.field]: change.value };
    case 'area':
      return { ...draft, area: change.area };
    case 'recommendation':
      return withRecommendation(draft, change.index, (item) => ({ ...item, description: change.value }));
    case 'followUp':
      return withRecommendation(draft, change.recommendation, (item) => ({
        ...item,
        followUps: replaced(item.followUps, change.index, (row) => ({
          ...row,
          [change.field]: change.value,
        })),
      }));
    case 'addRecommendation':
      if (draft.recommendations.length >= MAX_ROWS) return draft;
      return {
        ...draft,
        recommendations: [...draft.recommendations, recommendation(draft.nextKey)],
        nextKey: draft.nextKey + 2,
      };
    case 'removeRecommendation':
      if (draft.recommendations.length <= 1) return draft;
      return {
        ...draft,
        recommendations: draft.recommendations.filter((_, index) => index !== change.index),
      };
    case 'addFollowUp': {
      const rows = draft.recommendations[change.recommendation]?.followUps ?? [];
      if (rows.length >= MAX_ROWS) return draft;
      return {
        ...withRecommendation(draft, change.recommendation, (item) => ({
          ...item,
          followUps: [...item.followUps, followUp(draft.nextKey)],
        })),
        nextKey: draft.nextKey + 1,
      };
    }
    case 'removeFollowUp':
      return withRecommendation(draft, change.recommendation, (item) =>
        item.followUps.length <= 1
          ? item
          : { ...item, followUps: item.followUps.filter((_, index) => index !== change.index) },
      );
    case 'alsoUnits': {
      const others = draft.alsoUnitIds.filter((id) => !change.unitIds.includes(id));
      return { ...draft, alsoUnitIds: change.chosen ? [...others, ...change.unitIds] : others };
    }
  }
}

/** The path the API names a follow-up's field by, e.g. `recommendations.0.followUps.1.dueOn`. */
export const followUpPath = (recommendation: number, index: number, field: FollowUpField) =>
  `recommendations.${recommendation}.followUps.${index}.${field}`;

export const recommendationPath = (index: number) => `recommendations.${index}.description`;

/** Every field of the draft by the path the API names it with, and whether it is still empty. */
function fields(draft: FindingDraft): [path: string, empty: boolean][] {
  return [
    ['description', !draft.description.trim()],
    ['area', false],
    ['alsoUnitIds', false],
    ...draft.recommendations.flatMap((item, r): [string, boolean][] => [
      [recommendationPath(r), !item.description.trim()],
      ...item.followUps.flatMap((row, f): [string, boolean][] => [
        [followUpPath(r, f, 'description'), !row.description.trim()],
        [followUpPath(r, f, 'ownerName'), !row.ownerName.trim()],
        [followUpPath(r, f, 'dueOn'), !row.dueOn],
      ]),
    ]),
  ];
}

/** The paths of the fields the form shows, to tell a refusal about one of them from any other. */
export const fieldPaths = (draft: FindingDraft): Set<string> => new Set(fields(draft).map(([path]) => path));

/**
 * The paths of the fields still empty; the due dates themselves are the API's to judge (today or
 * later, never in a quarter that has closed).
 */
export const missingFields = (draft: FindingDraft): Set<string> =>
  new Set(fields(draft).flatMap(([path, empty]) => (empty ? [path] : [])));

/** What `recordFinding` takes for the draft, the texts trimmed. */
export function findingInput(draft: FindingDraft, roundId: string, unitId: string): RecordFindingInput {
  return {
    roundId,
    unitId,
    area: draft.area,
    description: draft.description.trim(),
    recommendations: draft.recommendations.map((item) => ({
      description: item.description.trim(),
      followUps: item.followUps.map((row) => ({
        description: row.description.trim(),
        ownerName: row.ownerName.trim(),
        dueOn: row.dueOn,
      })),
    })),
    alsoUnitIds: draft.alsoUnitIds,
  };
}
