import type { CoachingKind, CoachingSessionInput } from '@zi/schema/admin';
import { type MessageKey, safeHref } from '@zi/ui';
import type { Problems } from '../monitoring/form-errors';
import { instantIn } from '../time/zone-time';

export interface SessionFollowUpDraft {
  key: number;
  unitId: string;
  description: string;
  ownerName: string;
  dueOn: string;
}

/** A session being scheduled: one day, its hours in Jakarta, the units invited and what they owe. */
export interface SessionDraft {
  kind: CoachingKind;
  topic: string;
  day: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  materialsUrl: string;
  notes: string;
  unitIds: string[];
  followUps: SessionFollowUpDraft[];
  nextKey: number;
}

type TextField = 'topic' | 'day' | 'startTime' | 'endTime' | 'place' | 'onlineUrl' | 'materialsUrl' | 'notes';
type FollowUpField = 'unitId' | 'description' | 'ownerName' | 'dueOn';

export type SessionChange =
  | { type: 'kind'; kind: CoachingKind }
  | { type: 'text'; field: TextField; value: string }
  | { type: 'invite'; unitIds: readonly string[]; invited: boolean }
  | { type: 'followUp'; index: number; field: FollowUpField; value: string }
  | { type: 'addFollowUp' }
  | { type: 'removeFollowUp'; index: number };

export function blankSession(): SessionDraft {
  return {
    kind: 'COACHING',
    topic: '',
    day: '',
    startTime: '09:00',
    endTime: '12:00',
    place: '',
    onlineUrl: '',
    materialsUrl: '',
    notes: '',
    unitIds: [],
    followUps: [],
    nextKey: 0,
  };
}

/** The draft after one edit; a follow-up of a unit no longer invited waits for another unit. */
export function changeSession(draft: SessionDraft, change: SessionChange): SessionDraft {
  switch (change.type) {
    case 'kind':
      return { ...draft, kind: change.kind };
    case 'text':
      return { ...draft, [change.field]: change.value };
    case 'invite': {
      const unitIds = change.invited
        ? [...new Set([...draft.unitIds, ...change.unitIds])]
        : draft.unitIds.filter((id) => !change.unitIds.includes(id));
      const followUps = draft.followUps.map((row) =>
        row.unitId && row.unitId !== EVERY_INVITED_UNIT && !unitIds.includes(row.unitId)
          ? { ...row, unitId: '' }
          : row,
      );
      return { ...draft, unitIds, followUps };
    }
    case 'followUp':
      return {
        ...draft,
        followUps: draft.followUps.map((row, index) =>
          index === change.index ? { ...row, [change.field]: change.value } : row,
        ),
      };
    case 'addFollowUp':
      return {
        ...draft,
        followUps: [
          ...draft.followUps,
          {
            key: draft.nextKey,
            unitId: draft.unitIds.length === 1 ? (draft.unitIds[0] ?? '') : '',
            description: '',
            ownerName: '',
            dueOn: '',
          },
        ],
        nextKey: draft.nextKey + 1,
      };
    case 'removeFollowUp':
      return { ...draft, followUps: draft.followUps.filter((_, index) => index !== change.index) };
  }
}

/** The path the API names a follow-up's field by, e.g. `followUps.0.dueOn`. */
export const followUpPath = (index: number, field: FollowUpField) => `followUps.${index}.${field}`;

/**
 * The fields of the form by the paths the API names them with: the day and the start time make
 * `startsAt`, the day and the end time `endsAt`.
 */
export function sessionPaths(draft: SessionDraft): Set<string> {
  const paths = [
    'kind',
    'topic',
    'day',
    'startsAt',
    'endsAt',
    'place',
    'onlineUrl',
    'materialsUrl',
    'notes',
    'unitIds',
  ];
  draft.followUps.forEach((_, index) => {
    for (const field of ['unitId', 'description', 'ownerName', 'dueOn'] as const) {
      paths.push(followUpPath(index, field));
    }
  });
  return new Set(paths);
}

/**
 * What keeps the draft from being sent: empty fields, links that are not web links, no unit invited.
 * Whether the session ends after it starts, and has a place, is the API's to say.
 */
export function sessionProblems(draft: SessionDraft): Problems {
  const problems = new Map<string, MessageKey>();
  const add = (path: string, key: MessageKey) => problems.set(path, key);
  if (!draft.topic.trim()) add('topic', 'monitoring.required');
  if (!draft.day) add('day', 'monitoring.required');
  if (!draft.startTime) add('startsAt', 'monitoring.required');
  if (!draft.endTime) add('endsAt', 'monitoring.required');
  for (const field of ['onlineUrl', 'materialsUrl'] as const) {
    if (draft[field].trim() && !safeHref(draft[field].trim())) add(field, 'monitoring.linkInvalid');
  }
  if (draft.unitIds.length === 0) add('unitIds', 'coaching.unitsRequired');
  draft.followUps.forEach((row, index) => {
    if (!row.unitId) add(followUpPath(index, 'unitId'), 'monitoring.required');
    if (!row.description.trim()) add(followUpPath(index, 'description'), 'monitoring.required');
    if (!row.ownerName.trim()) add(followUpPath(index, 'ownerName'), 'monitoring.required');
    if (!row.dueOn) add(followUpPath(index, 'dueOn'), 'monitoring.required');
  });
  return problems;
}

const optional = (value: string) => value.trim() || null;

/** A follow-up row's unit when every invited unit owes it (the API then makes one per unit). */
export const EVERY_INVITED_UNIT = 'every-invited-unit';

/** What `scheduleCoachingSession` takes for a draft without problems, its times read in `zone`. */
export function sessionInput(draft: SessionDraft, zone: string): CoachingSessionInput {
  return {
    kind: draft.kind,
    topic: draft.topic.trim(),
    startsAt: instantIn(draft.day, draft.startTime, zone) ?? '',
    endsAt: instantIn(draft.day, draft.endTime, zone) ?? '',
    place: optional(draft.place),
    onlineUrl: optional(draft.onlineUrl),
    materialsUrl: optional(draft.materialsUrl),
    notes: optional(draft.notes),
    unitIds: draft.unitIds,
    followUps: draft.followUps.map((row) => ({
      unitId: row.unitId === EVERY_INVITED_UNIT ? null : row.unitId,
      description: row.description.trim(),
      ownerName: row.ownerName.trim(),
      dueOn: row.dueOn,
    })),
  };
}
