import { describe, expect, it } from 'vitest';
import { notificationSearch, parseNotificationParams } from './list-params';
import { portalPath } from './notification-link';

describe('where a notification leads', () => {
  it('is its portal path without the portal’s base', () => {
    expect(portalPath('/admin/antrian')).toBe('/antrian');
    expect(portalPath('/admin/assessments/QXNzOjE?layer=UNIT')).toBe('/assessments/QXNzOjE?layer=UNIT');
    expect(portalPath('/admin')).toBe('/');
    expect(portalPath('/admin/')).toBe('/');
  });

  it('is nowhere for no link, or one outside the portal', () => {
    expect(portalPath(null)).toBeNull();
    expect(portalPath('https://example.org/admin/antrian')).toBeNull();
    expect(portalPath('/units/abc')).toBeNull();
    expect(portalPath('/administrasi')).toBeNull();
    expect(portalPath('/admin//example.org')).toBeNull();
  });
});

describe('the notifications list in the URL', () => {
  it('keeps whether only unread ones are shown, and the page', () => {
    expect(parseNotificationParams(new URLSearchParams('belum=1&after=c1'))).toEqual({
      unreadOnly: true,
      after: 'c1',
    });
    expect(parseNotificationParams(new URLSearchParams(''))).toEqual({ unreadOnly: false, after: null });
    expect(notificationSearch({ unreadOnly: true, after: null })).toBe('?belum=1');
    expect(notificationSearch({ unreadOnly: false, after: null })).toBe('');
  });
});
