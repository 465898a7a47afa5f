import type { FollowUpStatus } from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import { byUrgency, followUpFilter, followUpSearch, parseFollowUpParams } from './follow-up-params';
import { responseDraftOf, responseProblems } from './response-draft';

describe('the follow-ups page’s URL', () => {
  it('lists the ones not yet verified by default; `overdue=1`, as the dashboard links, the overdue ones', () => {
    expect(parseFollowUpParams(new URLSearchParams())).toEqual({
      view: 'open',
      round: null,
      unit: null,
      after: null,
    });
    expect(parseFollowUpParams(new URLSearchParams('overdue=1')).view).toBe('overdue');
    expect(parseFollowUpParams(new URLSearchParams('view=verified&overdue=1')).view).toBe('verified');
    expect(parseFollowUpParams(new URLSearchParams('view=nope')).view).toBe('open');
  });

  it('keeps only what differs from the defaults', () => {
    const params = parseFollowUpParams(new URLSearchParams('view=awaiting&round=r1&unit=u1&after=c1'));
    expect(followUpSearch(params).toString()).toBe('view=awaiting&round=r1&unit=u1&after=c1');
    expect(followUpSearch({ ...params, view: 'open', round: null, unit: null, after: null }).toString()).toBe(
      '',
    );
  });

  it('asks the API for the view’s statuses, of a round and a unit when chosen', () => {
    const params = parseFollowUpParams(new URLSearchParams('round=r1'));
    expect(followUpFilter(params)).toEqual({ status: ['OPEN', 'IN_PROGRESS', 'DONE'], roundId: 'r1' });
    expect(followUpFilter({ ...params, view: 'overdue', round: null, unit: 'u1' })).toEqual({
      overdue: true,
      unitId: 'u1',
    });
    expect(followUpFilter({ ...params, view: 'all', round: null })).toEqual({});
  });

  it('puts the overdue ones of a page first, keeping the order by due date otherwise', () => {
    const items = [
      { id: 'a', overdue: false },
      { id: 'b', overdue: true },
      { id: 'c', overdue: false },
      { id: 'd', overdue: true },
    ];
    expect(byUrgency(items).map((item) => item.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('an answer to a follow-up', () => {
  it('starts an answer from the one given, and asks what was done and a web link', () => {
    const respondWith: FollowUpStatus[] = ['IN_PROGRESS', 'DONE'];
    const viewerMay = { respond: true, changeFiles: true, review: false, respondWith };
    const answer = (status: FollowUpStatus) => ({ status, response: null, evidenceUrl: null, viewerMay });
    expect(responseDraftOf(answer('OPEN'))).toEqual({ status: 'IN_PROGRESS', response: '', evidenceUrl: '' });
    expect(responseDraftOf({ ...answer('DONE'), response: 'Sudah' })).toMatchObject({
      status: 'DONE',
      response: 'Sudah',
    });
    // The statuses come from the API: whichever it lists first is where a new answer starts.
    const doneOnly = { ...viewerMay, respondWith: ['DONE'] as FollowUpStatus[] };
    expect(responseDraftOf({ ...answer('OPEN'), viewerMay: doneOnly }).status).toBe('DONE');
    expect(
      Object.fromEntries(responseProblems({ status: 'DONE', response: ' ', evidenceUrl: 'folder bersama' })),
    ).toEqual({
      response: 'monitoring.required',
      evidenceUrl: 'monitoring.linkInvalid',
    });
    expect(
      responseProblems({ status: 'DONE', response: 'Sudah', evidenceUrl: 'https://x.go.id/a' }).size,
    ).toBe(0);
  });
});
