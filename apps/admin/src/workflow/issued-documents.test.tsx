import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { LheIssue } from './LheIssue';
import { ProposalPackage } from './ProposalPackage';

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
  revision: 0,
  revisionReason: null,
};

describe('the LHE on the workflow panel', () => {
  it('shows an issued LHE’s number, day and verification code, and no button', () => {
    const html = render(<LheIssue assessmentId="QXNz" report={issued} mayIssue={false} mayRevise={false} />);
    expect(html).toContain(
      'LHE terbit: nomor 007/LHE-ZI/2026, tanggal 7 Desember 2026, kode verifikasi LHE-W32K6BNF6Q.',
    );
    expect(html).not.toContain('data-testid="issue-lhe"');
    expect(html).not.toContain('data-testid="revise-lhe"');
  });

  it('says which revision an LHE is and why, and offers a revision only when the server says the viewer may', () => {
    const revised = {
      ...issued,
      number: '009/LHE-ZI/2026',
      revision: 1,
      revisionReason: 'Nilai area 3 salah ketik.',
    };
    const html = render(<LheIssue assessmentId="QXNz" report={revised} mayIssue={false} mayRevise />);
    expect(html).toContain('Revisi ke-1. Alasan: Nilai area 3 salah ketik.');
    expect(html).toContain('data-testid="revise-lhe"');
  });

  it('offers to issue it only when the server says the viewer may', () => {
    expect(render(<LheIssue assessmentId="QXNz" report={null} mayIssue mayRevise={false} />)).toContain(
      '>Terbitkan LHE</button>',
    );
    expect(render(<LheIssue assessmentId="QXNz" report={null} mayIssue={false} mayRevise={false} />)).toBe(
      '',
    );
  });
});

describe('the proposal package on the workflow panel', () => {
  const assembled = {
    sha256: 'c'.repeat(64),
    assembledAt: '2026-12-07T05:00:00.000Z',
    files: [
      { file: '1-surat-usulan.pdf', sha256: 'd'.repeat(64), bytes: 1200 },
      { file: '4-sptjm.pdf', sha256: 'e'.repeat(64), bytes: 1100 },
    ],
  };

  it('once assembled, offers its download and lists its files with their SHA-256', () => {
    const html = render(<ProposalPackage assessmentId="QXNz" assembled={assembled} mayAssemble={false} />);
    expect(html).toContain('href="/admin/assessments/QXNz/proposal.zip"');
    expect(html).toContain('Unduh paket usulan (.zip)');
    expect(html).toContain('1-surat-usulan.pdf');
    expect(html).toContain(`title="${'d'.repeat(64)}"`);
    expect(html).not.toContain('data-testid="assemble-package"');
  });

  it('offers to assemble it only when the server says the viewer may', () => {
    expect(render(<ProposalPackage assessmentId="QXNz" assembled={null} mayAssemble />)).toContain(
      '>Susun paket usulan</button>',
    );
    expect(render(<ProposalPackage assessmentId="QXNz" assembled={null} mayAssemble={false} />)).toBe('');
  });
});
