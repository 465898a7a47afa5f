import type { VerifyPactQuery } from '@zi/schema/public';
import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { isLheCode, LheFound, LheNotFound } from './LheVerified';
import { PactFound } from './PactFound';
import { PactNotFound } from './PactNotFound';
import { VerifyForm } from './VerifyForm';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nProvider>,
  );

const pact: NonNullable<VerifyPactQuery['verifyPact']> = {
  id: 'p1',
  signedOn: '2020-01-01',
  occasion: 'Pencanangan Zona Integritas',
  leaderName: 'Made Ramadhan, S.E., M.Si.',
  signatoryCount: 110,
  documentRef: 'https://example.org/demo/pakta.pdf',
  verificationCode: 'PI-A8XW-7S3P',
  unit: {
    id: 'u1',
    name: 'RSUD Bukit Hijau',
    kind: 'RSUD',
    instansi: { id: 'i1', name: 'Provinsi Nusa Harapan' },
  },
};

describe('pact verification', () => {
  it('prefills the form with the code from the URL', () => {
    expect(render(<VerifyForm code="PI-A8XW-7S3P" onVerify={() => {}} />)).toContain('value="PI-A8XW-7S3P"');
  });

  it('shows a registered pact with its unit, date, occasion, leader and signatories', () => {
    const html = render(<PactFound pact={pact} />);
    expect(html).toContain('Terdaftar');
    expect(html).toContain('href="/units/u1"');
    expect(html).toContain('1 Januari 2020');
    expect(html).toContain('Pencanangan Zona Integritas');
    expect(html).toContain('Made Ramadhan, S.E., M.Si.');
    expect(html).toContain('110 orang');
    expect(html).toContain('href="https://example.org/demo/pakta.pdf"');
  });

  it('says plainly when no pact has the code, with what to check', () => {
    const html = render(<PactNotFound code="PI-0000-0000" />);
    expect(html).toContain('Tidak terdaftar');
    expect(html).toContain('Tidak ada pakta integritas dengan kode PI-0000-0000');
    expect(html).toContain('poster');
  });
});

describe('LHE verification', () => {
  const report = {
    number: '007/LHE-ZI/2026',
    issuedOn: '2026-12-07',
    verificationCode: 'LHE-W32K6BNF6Q',
    sha256: 'ab'.repeat(32),
    year: 2026,
    unitName: 'RSUD Bukit Hijau',
    instansiName: 'Provinsi Nusa Harapan',
    revision: 0,
    revisionReason: null,
    supersededBy: null,
  };

  it('tells an LHE code from a pact code', () => {
    expect(isLheCode('lhe-w32k6bnf6q')).toBe(true);
    expect(isLheCode('PI-A8XW-7S3P')).toBe(false);
  });

  it('shows an issued report with its number, day, unit, year and file fingerprint', () => {
    const html = render(<LheFound report={report} />);
    for (const expected of [
      '007/LHE-ZI/2026',
      '7 Desember 2026',
      'RSUD Bukit Hijau',
      '2026',
      'ab'.repeat(32),
    ]) {
      expect(html).toContain(expected);
    }
  });

  it('says a replaced report no longer stands, and names the revision that replaced it', () => {
    const html = render(
      <LheFound
        report={{ ...report, supersededBy: { number: '009/LHE-ZI/2026', issuedOn: '2026-12-09' } }}
      />,
    );
    expect(html).toContain('data-testid="lhe-superseded"');
    expect(html).toContain('telah digantikan oleh revisinya dan tidak berlaku lagi');
    expect(html).toContain('Nomor 009/LHE-ZI/2026, tanggal 9 Desember 2026');
    expect(html).not.toContain('data-testid="lhe-found"');
  });

  it('says which revision a report is and why', () => {
    const html = render(
      <LheFound report={{ ...report, revision: 1, revisionReason: 'Nilai area 3 salah ketik.' }} />,
    );
    expect(html).toContain('data-testid="lhe-found"');
    expect(html).toContain('Revisi ke-1: Nilai area 3 salah ketik.');
  });

  it('says plainly when no report has the code', () => {
    expect(render(<LheNotFound code="LHE-XXXXXXXXXX" />)).toContain(
      'Tidak ada laporan hasil evaluasi dengan kode LHE-XXXXXXXXXX',
    );
  });
});
