import { describe, expect, it } from 'vitest';
import {
  blankSession,
  changeSession,
  EVERY_INVITED_UNIT,
  type SessionChange,
  sessionInput,
  sessionProblems,
} from './session-draft';

const apply = (...changes: SessionChange[]) => changes.reduce(changeSession, blankSession());

describe('a session being scheduled', () => {
  it('says what is missing, and which links are not web links, field by field', () => {
    const problems = sessionProblems(
      apply(
        { type: 'text', field: 'startTime', value: '' },
        { type: 'text', field: 'onlineUrl', value: 'zoom meeting 123' },
        { type: 'addFollowUp' },
      ),
    );
    expect(Object.fromEntries(problems)).toEqual({
      topic: 'monitoring.required',
      day: 'monitoring.required',
      startsAt: 'monitoring.required',
      onlineUrl: 'monitoring.linkInvalid',
      unitIds: 'coaching.unitsRequired',
      'followUps.0.unitId': 'monitoring.required',
      'followUps.0.description': 'monitoring.required',
      'followUps.0.ownerName': 'monitoring.required',
      'followUps.0.dueOn': 'monitoring.required',
    });
  });

  it('gives a new follow-up the only unit invited, and takes its unit away when that unit is no longer invited', () => {
    const draft = apply({ type: 'invite', unitIds: ['u1'], invited: true }, { type: 'addFollowUp' });
    expect(draft.followUps[0]?.unitId).toBe('u1');
    const more = changeSession(draft, { type: 'invite', unitIds: ['u2', 'u1'], invited: true });
    expect(more.unitIds).toEqual(['u1', 'u2']);
    const fewer = changeSession(more, { type: 'invite', unitIds: ['u1'], invited: false });
    expect(fewer.unitIds).toEqual(['u2']);
    expect(fewer.followUps[0]?.unitId).toBe('');
  });

  it('becomes the input of scheduleCoachingSession, its hours in Jakarta time', () => {
    const draft = apply(
      { type: 'kind', kind: 'SOCIALISATION' },
      { type: 'text', field: 'topic', value: ' Sosialisasi WBS ' },
      { type: 'text', field: 'day', value: '2026-12-03' },
      { type: 'text', field: 'startTime', value: '08:30' },
      { type: 'text', field: 'endTime', value: '11:00' },
      { type: 'text', field: 'onlineUrl', value: 'https://meet.example.go.id/wbs' },
      { type: 'invite', unitIds: ['u1'], invited: true },
      { type: 'addFollowUp' },
      { type: 'followUp', index: 0, field: 'description', value: 'Pasang poster WBS' },
      { type: 'followUp', index: 0, field: 'ownerName', value: 'Humas' },
      { type: 'followUp', index: 0, field: 'dueOn', value: '2026-12-20' },
    );
    expect(sessionProblems(draft).size).toBe(0);
    expect(sessionInput(draft, 'Asia/Jakarta')).toEqual({
      kind: 'SOCIALISATION',
      topic: 'Sosialisasi WBS',
      startsAt: '2026-12-03T01:30:00.000Z',
      endsAt: '2026-12-03T04:00:00.000Z',
      place: null,
      onlineUrl: 'https://meet.example.go.id/wbs',
      materialsUrl: null,
      notes: null,
      unitIds: ['u1'],
      followUps: [
        { unitId: 'u1', description: 'Pasang poster WBS', ownerName: 'Humas', dueOn: '2026-12-20' },
      ],
    });
  });

  it('gives a follow-up to every invited unit, kept while the invitations change', () => {
    const draft = apply(
      { type: 'invite', unitIds: ['u1', 'u2'], invited: true },
      { type: 'addFollowUp' },
      { type: 'followUp', index: 0, field: 'unitId', value: EVERY_INVITED_UNIT },
      { type: 'invite', unitIds: ['u2'], invited: false },
    );
    expect(draft.followUps[0]?.unitId).toBe(EVERY_INVITED_UNIT);
    expect(sessionInput(draft, 'Asia/Jakarta').followUps?.[0]?.unitId).toBeNull();
  });
});
