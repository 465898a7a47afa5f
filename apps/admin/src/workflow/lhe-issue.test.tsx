import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { LheIssue } from './LheIssue';

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <ApolloProvider client={client}>
      <I18nProvider messages={messages}>{node}</I18nProvider>
    </ApolloProvider>,
  );

const issued = {
  number: '007/LHE-ZI/2026',
  issuedOn: '2026-12-07',
  verificationCode: 'LHE-W32K6BNF6Q',
  sha256: 'a'.repeat(64),
};

describe('the LHE on the workflow panel', () => {
  it('shows an issued LHE’s number, day and verification code, and no button', () => {
    const html = render(<LheIssue assessmentId="QXNz" report={issued} mayIssue={false} />);
    expect(html).toContain(
      'LHE terbit: nomor 007/LHE-ZI/2026, tanggal 7 Desember 2026, kode verifikasi LHE-W32K6BNF6Q.',
    );
    expect(html).not.toContain('data-testid="issue-lhe"');
  });

  it('offers to issue it only when the server says the viewer may', () => {
    expect(render(<LheIssue assessmentId="QXNz" report={null} mayIssue />)).toContain(
      '>Terbitkan LHE</button>',
    );
    expect(render(<LheIssue assessmentId="QXNz" report={null} mayIssue={false} />)).toBe('');
  });
});
