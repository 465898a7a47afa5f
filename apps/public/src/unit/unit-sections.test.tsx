import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { Pacts } from './Pacts';
import { Predicates } from './Predicates';
import { Timeline } from './Timeline';
import type { UnitDetail, UnitPact } from './types';
import { UnitHeader } from './UnitHeader';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nProvider>,
  );

const ORIGIN = 'https://zi.example.go.id';

const pact = (documentRef: string | null): UnitPact => ({
  id: 'p1',
  signedOn: '2026-01-15',
  occasion: 'Pencanangan Zona Integritas',
  leaderName: 'Dewi Lestari, S.E.',
  signatoryCount: 1250,
  documentRef,
  verificationCode: 'PI-ABCD-EFGH',
});

describe('unit page sections', () => {
  it('say since when an archived unit is archived, and show its acronyms', () => {
    const unit = {
      id: 'VW5pdDox',
      name: 'Biro Hukum',
      kind: 'OTHER',
      currentStage: null,
      currentStageOn: null,
      activePredicate: null,
      aliases: ['Biro Hukum Setda'],
      archivedOn: '2026-12-07',
      instansi: { id: 'i1', name: 'Pemerintah Provinsi Nusa Harapan' },
    } as unknown as UnitDetail;
    const archived = render(<UnitHeader unit={unit} />);
    expect(archived).toContain('Diarsipkan sejak 7 Desember 2026');
    expect(archived).toContain('Biro Hukum Setda');
    expect(render(<UnitHeader unit={{ ...unit, archivedOn: null }} />)).not.toContain('unit-archived');
  });

  it('show a pact with its date in words, signatories and verification code', () => {
    const html = render(<Pacts pacts={[pact('https://example.org/pakta.pdf')]} origin={ORIGIN} />);
    expect(html).toContain('data-testid="pacts"');
    expect(html).toContain('<time dateTime="2026-01-15">15 Januari 2026</time>');
    expect(html).toContain('1.250 orang');
    expect(html).toContain('PI-ABCD-EFGH');
    expect(html).toContain('href="https://example.org/pakta.pdf"');
  });

  it('show each pact with a QR code drawn inline that links to its verification', () => {
    const html = render(<Pacts pacts={[pact(null)]} origin={ORIGIN} />);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Kode QR verifikasi pakta PI-ABCD-EFGH"/);
    expect(html).toMatch(/<path d="M4 4h7v1h-7z/);
    expect(html).toContain('href="/verifikasi?kode=PI-ABCD-EFGH"');
    expect(html).not.toContain('<img');
  });

  it('link only web addresses: other document references are plain text', () => {
    expect(render(<Pacts pacts={[pact('javascript:alert(1)')]} origin={ORIGIN} />)).not.toContain(
      'href="javascript',
    );
    expect(render(<Pacts pacts={[pact('Arsip Inspektorat No. 12/2026')]} origin={ORIGIN} />)).toContain(
      'Arsip Inspektorat No. 12/2026',
    );
  });

  it('say so when a unit has no timeline, predicate or pact', () => {
    expect(render(<Timeline steps={[]} />)).toContain('belum mencanangkan Zona Integritas');
    expect(render(<Predicates predicates={[]} />)).toContain('belum pernah meraih predikat');
    expect(render(<Pacts pacts={[]} origin={ORIGIN} />)).toContain('Belum ada pakta integritas');
  });

  it('show a revoked predicate with the date and reason of revocation', () => {
    const html = render(
      <Predicates
        predicates={[
          {
            kind: 'WBK',
            year: 2023,
            decreeNumber: 'KEP/436/M.PANRB/12/2023',
            decreeDate: '2023-12-19',
            revokedOn: '2025-08-19',
            revocationReason: 'Operasi tangkap tangan',
          },
        ]}
      />,
    );
    expect(html).toContain('Menuju WBK tahun 2023');
    expect(html).toContain('Dicabut');
    expect(html).toContain('19 Agustus 2025');
    expect(html).toContain('Operasi tangkap tangan');
  });
});
