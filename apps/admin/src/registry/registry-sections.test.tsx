import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { RegistryUnitFragment } from '@zi/schema/admin';
import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { ImportPreview } from './ImportPreview';
import { RegistrySections } from './RegistrySections';
import { RegistryUnitTable } from './RegistryUnitTable';
import { UnitForm } from './UnitForm';
import type { ImportReport } from './unit-import';

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <ApolloProvider client={client}>
        <MemoryRouter>{node}</MemoryRouter>
      </ApolloProvider>
    </I18nProvider>,
  );
const noop = () => undefined;
const count = (html: string, text: string) => html.split(text).length - 1;

const report: ImportReport = {
  committed: false,
  summary: { rows: 3, create: 1, update: 1, unchanged: 0, invalid: 1 },
  rows: [
    { row: 2, code: 'PKM-01', name: 'Puskesmas Sukamaju', action: 'create' },
    { row: 3, code: 'PKM-02', name: 'Puskesmas Sukamulya', action: 'update' },
  ],
  problems: [
    { row: 4, column: 'jenis', reason: 'INVALID_KIND', message: 'jenis must be one of …' },
    { row: 4, column: 'kode_wilayah', reason: 'INVALID_REGION', message: 'kode_wilayah must look like …' },
  ],
  problemCount: 2,
};
const preview = (shown: ImportReport) =>
  render(
    <ImportPreview
      headingRef={{ current: null }}
      fileName="unit.csv"
      report={shown}
      saving={false}
      onCommit={noop}
      onChooseAnother={noop}
    />,
  );

describe('the import preview', () => {
  it('counts the rows by outcome and lists every problem by row and column, in words', () => {
    const html = preview(report);
    expect(html).toContain('Pratinjau unit.csv');
    expect(html).toContain('data-testid="import-create">1</dd>');
    expect(html).toContain('data-testid="import-invalid">1</dd>');
    expect(html).toContain('Masalah yang harus diperbaiki: 2');
    expect(count(html, 'data-testid="import-problem"')).toBe(2);
    expect(html).toContain('<code>jenis</code>');
    expect(html).toContain(
      'Jenis harus salah satu dari: dinas, badan, rsud, puskesmas, sekolah, kecamatan, lainnya.',
    );
    expect(html).toContain('Kode wilayah harus seperti 64, 64.71 atau 64.71.01.');
    expect(html).toContain('>Unit baru</span>');
  });

  it('saves only once there is no problem, and says why not before', () => {
    expect(preview(report)).toMatch(/disabled=""[^>]*data-testid="import-commit"/);
    expect(preview(report)).toContain('Tombol Simpan aktif setelah semua masalah diperbaiki.');
    const clean = preview({
      ...report,
      problems: [],
      problemCount: 0,
      summary: { ...report.summary, invalid: 0 },
    });
    expect(clean).not.toMatch(/disabled=""[^>]*data-testid="import-commit"/);
    expect(clean).toContain('Simpan 2 perubahan');
    const same = preview({
      ...report,
      problems: [],
      problemCount: 0,
      rows: [],
      summary: { rows: 2, create: 0, update: 0, unchanged: 2, invalid: 0 },
    });
    expect(same).toContain('tidak ada yang perlu disimpan');
    expect(same).toMatch(/disabled=""[^>]*data-testid="import-commit"/);
  });

  it('says how many problems a large file has when it lists only the first, and counts the rows not listed', () => {
    const html = preview({
      ...report,
      summary: { rows: 100_000, create: 40_000, update: 0, unchanged: 0, invalid: 60_000 },
      problemCount: 60_000,
    });
    expect(html).toContain('Masalah yang harus diperbaiki: 60.000');
    expect(html).toContain('Menampilkan 2 masalah pertama dari 60.000 (menurut urutan baris).');
    expect(count(html, 'data-testid="import-problem"')).toBe(2);
    expect(html).toContain(
      '39.998 baris lainnya tidak ditampilkan; semuanya terhitung dalam ringkasan di atas.',
    );
    expect(html).toMatch(/disabled=""[^>]*data-testid="import-commit"/);
    expect(preview(report)).not.toContain('data-testid="import-problems-shown"');
  });

  it('names a problem of the whole file as such', () => {
    const html = preview({
      ...report,
      rows: [],
      problems: [
        { row: 1, column: null, reason: 'IMPORT_COLUMNS_MISSING', message: 'the header lacks jenis' },
      ],
      problemCount: 1,
    });
    expect(html).toContain('Seluruh berkas');
    expect(html).toContain('Baris judul tidak memuat semua kolom yang diperlukan');
  });
});

const unit: RegistryUnitFragment = {
  id: 'VW5pdDox',
  name: 'RSUD Harapan',
  kind: 'RSUD',
  code: 'RS-01',
  regionCode: null,
  address: null,
  headName: 'dr. Sari',
  servesPublic: true,
  aliases: [],
  archivedAt: null,
  archiveReason: null,
  evaluators: [
    { lead: true, evaluator: { id: 'u1', name: 'Ketua Demo', email: 'ketua@demo.zi.id' } },
    { lead: false, evaluator: { id: 'u2', name: 'Evaluator Demo', email: 'evaluator@demo.zi.id' } },
  ],
};

describe('the registered units', () => {
  it('show each unit’s code, kind and evaluators, the team lead marked', () => {
    const html = render(<RegistryUnitTable units={[unit]} onEdit={noop} onArchive={noop} />);
    expect(html).toContain('RS-01');
    expect(html).toContain('Rumah sakit daerah (RSUD)');
    expect(html).toContain('<li>Ketua Demo<span class="muted"> (ketua tim)</span></li>');
    expect(html).toContain('<li>Evaluator Demo</li>');
    expect(html).toContain('Arsipkan<span class="visually-hidden"> RSUD Harapan</span>');
  });

  it('show a unit’s acronyms beside its name', () => {
    const withAliases = { ...unit, aliases: ['RSUDH', 'RS Harapan'] };
    const html = render(<RegistryUnitTable units={[withAliases]} onEdit={noop} onArchive={noop} />);
    expect(html).toContain('RSUD Harapan<span class="muted"> (RSUDH, RS Harapan)</span>');
  });

  it('offer the registry’s sections, the open one marked', () => {
    const html = render(<RegistrySections shown="import" />);
    expect(html).toContain('aria-current="page" data-testid="registry-section-import"');
    expect(html).toContain('href="/?bagian=pengguna"');
    expect(count(html, 'class="segmented__item"')).toBe(5);
  });

  it('edit a unit from its fields, labelled, the name required', () => {
    const html = render(<UnitForm unit={unit} onSaved={noop} onCancel={noop} />);
    expect(html).toMatch(
      /<label class="field__label" for="([^"]+)">Nama unit<\/label><input id="\1" required=""/,
    );
    expect(html).toMatch(/data-testid="unit-name"[^>]*value="RSUD Harapan"/);
    expect(html).toContain('<option value="RSUD" selected="">');
    expect(html).toContain('Kode unit (opsional)');
    expect(html).toContain('data-testid="unit-servesPublic" checked=""');
    expect(html).toContain('>Simpan</button>');
    expect(render(<UnitForm unit={null} onSaved={noop} onCancel={noop} />)).toContain(
      '>Daftarkan unit</button>',
    );
  });
});
