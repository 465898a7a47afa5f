import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { NotificationItemFragment } from '@zi/schema/admin';
import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { MailPreferenceForm } from './MailPreferenceForm';
import { NotificationEntry } from './NotificationEntry';

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <ApolloProvider client={client}>
        <MemoryRouter>{node}</MemoryRouter>
      </ApolloProvider>
    </I18nProvider>,
  );
const noop = () => Promise.resolve();

const assignment: NotificationItemFragment = {
  id: 'Tm90OjE',
  kind: 'ASSIGNMENT',
  params: { units: 2, unitNames: ['RSUD Harapan', 'Puskesmas Sukamaju'], lead: false },
  link: '/admin/antrian',
  createdAt: '2026-05-04T03:00:00.000Z',
  readAt: null,
};

describe('a notification', () => {
  it('says what happened, marks it new, and leads inside the portal', () => {
    const html = render(<NotificationEntry notification={assignment} busy={false} onRead={noop} />);
    expect(html).toContain('class="notification notification--unread"');
    expect(html).toContain('>Baru</span> Penugasan unit</h2>');
    expect(html).toContain('Anda ditugaskan mengevaluasi 2 unit: RSUD Harapan, Puskesmas Sukamaju.');
    expect(html).toContain('href="/antrian"');
    expect(html).toContain('data-testid="notification-read"');
    expect(html).toContain('dateTime="2026-05-04T03:00:00.000Z"');
  });

  it('once read, offers no marking, and a link outside the portal is not followed', () => {
    const html = render(
      <NotificationEntry
        notification={{ ...assignment, readAt: '2026-05-05T00:00:00.000Z', link: 'https://example.org/' }}
        busy={false}
        onRead={noop}
      />,
    );
    expect(html).toContain('class="notification"');
    expect(html).not.toContain('Baru');
    expect(html).not.toContain('notification-read');
    expect(html).not.toContain('href=');
  });
});

describe('the mail preference', () => {
  it('offers the three choices, the viewer’s checked', () => {
    const html = render(<MailPreferenceForm viewer={{ id: 'VXNlcjox', mailPreference: 'DAILY_DIGEST' }} />);
    expect(html).toContain('Email untuk setiap notifikasi');
    expect(html).toMatch(/data-testid="mail-DAILY_DIGEST"[^>]*checked=""/);
    expect(html).not.toMatch(/data-testid="mail-IMMEDIATE"[^>]*checked=""/);
    expect(html).toContain('Tanpa email, hanya di portal');
  });
});
