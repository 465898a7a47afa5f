import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { CoachingSection } from './CoachingSection';
import { DashboardRefused } from './DashboardRefused';
import { FunnelSection } from './FunnelSection';
import { GapsSection } from './GapsSection';
import { HeadlineFigures } from './HeadlineFigures';
import { HeatmapSection } from './HeatmapSection';
import { headlineFigures } from './headline';
import { IncompleteSection } from './IncompleteSection';
import { RisksSection } from './RisksSection';
import { TrendsSection } from './TrendsSection';
import { GAPS, HEATMAP, INCOMPLETE, OVERVIEW, RISK_RULES, RISKS, TRENDS } from './test-fixtures';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nProvider>,
  );
const scope = { year: 2026, kind: 'SCHOOL', region: '99' } as const;
const count = (html: string, text: string) => html.split(text).length - 1;

describe('the dashboard', () => {
  it('leads with its headline figures, the overdue follow-ups leading to their list', () => {
    const html = render(<HeadlineFigures figures={headlineFigures(OVERVIEW)} />);
    expect(html).toContain('<dt>Membangun ZI</dt><dd>25</dd>');
    expect(html).toContain(
      '<a href="/tindak-lanjut?overdue=1" data-discover="true">7<span class="visually-hidden"> Lihat tindak lanjut yang lewat tenggat</span></a>',
    );
    expect(html).toContain(
      'Tindak lanjut lewat tenggat<span class="dashboard-figures__note"> (per hari ini)</span>',
    );
    expect(html).toContain('href="#dasbor-coaching"');
  });

  it('draws the funnel as a chart read out in words, with its table and its CSV', () => {
    const html = render(<FunnelSection funnel={OVERVIEW.funnel} scope={scope} />);
    expect(html).toContain('253 unit: 228 belum membangun ZI, 25 membangun ZI.');
    expect(html).toMatch(/<div[^>]*role="img"[^>]*aria-labelledby="[^"]+ [^"]+"/);
    expect(html).toContain('Pencanangan: 0; Pembangunan: 6; Penilaian mandiri: 4');
    expect(count(html, 'data-testid="funnel-row"')).toBe(10);
    expect(html).toContain(
      '<summary>Tampilkan tabel data<span class="visually-hidden">: Tahapan unit</span></summary>',
    );
    expect(html).toContain(
      'href="/admin/dashboard/funnel.csv?year=2026&amp;lang=id&amp;kind=SCHOOL&amp;regionCode=99"',
    );
    expect(html).toContain('aria-label="Unduh CSV: Tahapan unit"');
  });

  it('shows the heatmap as a table sorted as asked, each score as text on its colour', () => {
    const html = render(
      <HeatmapSection
        rows={HEATMAP}
        total={HEATMAP.length}
        scope={scope}
        sort={{ column: 'total', direction: 'asc' }}
        onSort={() => {}}
      />,
    );
    expect(html).toContain('3 unit dengan nilai LKE');
    const order = ['SMK Negeri 1 Bukit Hijau', 'UPT Samsat Bukit Hijau', 'Badan Pendapatan Daerah'];
    const positions = order.map((name) => html.indexOf(`>${name}</a>`));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(html).toMatch(/<th scope="col" class="heatmap__number" aria-sort="ascending">/);
    expect(count(html, 'aria-sort=')).toBe(1);
    expect(html).toContain('<td class="heatmap__cell heatmap__cell--wbbm">92,2</td>');
    expect(html).toContain(
      '<td class="heatmap__cell heatmap__cell--far"><span aria-hidden="true">▾ </span><span class="visually-hidden">di bawah syarat WBK: </span>12,7</td>',
    );
    expect(html).toContain('href="/assessments/a-smk"');
    expect(html).toContain('href="/?q=UPT+Samsat+Bukit+Hijau"');
    expect(html).toContain('TPI · LKE 2023 · terjawab 113/113');
    expect(html).toContain('Mandiri · terjawab 113/113');
    expect(html).toContain('Syarat tiap area: WBK 60%, WBBM 75%. Nilai total: WBK 75, WBBM 85.');
  });

  it('says how many units of how many a list cut short shows, the CSV having them all', () => {
    const heatmap = render(
      <HeatmapSection
        rows={HEATMAP}
        total={250}
        scope={scope}
        sort={{ column: 'total', direction: 'asc' }}
        onSort={() => {}}
      />,
    );
    expect(heatmap).toContain('250 unit dengan nilai LKE');
    expect(heatmap).toContain('Menampilkan 3 dari 250 unit.');
    const risks = render(<RisksSection risks={RISKS} rules={RISK_RULES} total={60} scope={scope} />);
    expect(risks).toContain('Menampilkan 3 dari 60 unit.');
    expect(risks).toContain('>41<');
    const incomplete = render(<IncompleteSection rows={INCOMPLETE} total={7} scope={scope} />);
    expect(incomplete).toContain('Menampilkan 2 dari 7 unit.');
  });

  it('says so when no unit has a score by the year', () => {
    const html = render(
      <HeatmapSection
        rows={[]}
        total={0}
        scope={scope}
        sort={{ column: 'total', direction: 'asc' }}
        onSort={() => {}}
      />,
    );
    expect(html).toContain('Belum ada nilai LKE sampai 2026 dalam pilihan ini.');
    expect(html).not.toContain('<table');
  });

  it('leads from a gap to the unit’s comparison with the TPI', () => {
    const html = render(<GapsSection gaps={GAPS} scope={scope} />);
    expect(html).toContain('href="/assessments/a-RSUD Provinsi/compare"');
    expect(count(html, 'role="img"')).toBe(2);
    expect(html).toContain('<th scope="col" class="data-table__number">Terjawab (mandiri · TPI)</th>');
    expect(count(html, '113/113 · 113/113')).toBe(GAPS.length);
    expect(render(<GapsSection gaps={[]} scope={scope} />)).toContain(
      'Belum ada unit yang dinilai mandiri dan oleh TPI sampai 2026.',
    );
  });

  it('lists units at risk with each failing rule and how far short it falls', () => {
    const html = render(<RisksSection risks={RISKS} rules={RISK_RULES} total={RISKS.length} scope={scope} />);
    expect(html).toContain(
      'Manajemen Perubahan (pemenuhan + reform) ≥ 60%</span> <span class="failing-rules__value">41,8%, kurang 18,2%',
    );
    expect(html).toContain('Nilai total ≥ 75</span> <span class="failing-rules__value">12,71, kurang 62,29');
    expect(html).toContain(
      'Sudah berpredikat Menuju WBK</span> <span class="failing-rules__value">Belum terpenuhi',
    );
    expect(count(html, 'data-testid="risk-row"')).toBe(3);
    expect(html).toContain('>110/113<');
    expect(render(<RisksSection risks={[]} rules={[]} total={0} scope={scope} />)).toContain(
      'data-testid="risks-empty"',
    );
    expect(html).not.toContain('data-testid="shown-of"');
  });

  it('lists worksheets in progress apart, each provisional score marked with its answered/total', () => {
    const html = render(<IncompleteSection rows={INCOMPLETE} total={INCOMPLETE.length} scope={scope} />);
    expect(html).toContain('LKE belum lengkap');
    expect(count(html, 'data-testid="incomplete-row"')).toBe(2);
    expect(html).toContain('>3/113<');
    expect(html).toContain('>2/113<');
    expect(count(html, '(belum final)')).toBe(2);
    expect(html).toContain(
      'href="/admin/dashboard/incomplete.csv?year=2026&amp;lang=id&amp;kind=SCHOOL&amp;regionCode=99"',
    );
    expect(render(<IncompleteSection rows={[]} total={0} scope={scope} />)).toContain(
      'Tidak ada LKE yang masih diisi sampai 2026 dalam pilihan ini.',
    );
  });

  it('shows coaching coverage and names the units never coached', () => {
    const html = render(<CoachingSection coaching={OVERVIEW.coaching} scope={scope} />);
    expect(html).toContain('24 dari 25 unit ZI didampingi (96%)');
    expect(html).toContain('href="/?q=Biro+Pengadaan+Barang+dan+Jasa"');
    const all = render(
      <CoachingSection coaching={{ zoneUnits: 25, coached: 25, neverCoached: [] }} scope={scope} />,
    );
    expect(all).toContain('Semua unit ZI sudah didampingi pada 2026.');
    const none = render(
      <CoachingSection coaching={{ zoneUnits: 0, coached: 0, neverCoached: [] }} scope={scope} />,
    );
    expect(none).toContain('Belum ada unit yang membangun ZI dalam pilihan ini.');
  });

  it('charts the quarters, judgements in colours of their own, or says there was no monitoring', () => {
    const html = render(<TrendsSection trends={TRENDS} scope={scope} />);
    expect(html).toContain('class="chart judgement-chart"');
    expect(count(html, 'data-testid="trend-row"')).toBe(2);
    expect(render(<TrendsSection trends={[]} scope={scope} />)).toContain(
      'Belum ada monev pada 2025 dan 2026 dalam pilihan ini.',
    );
  });

  it('tells a unit operator why it is not theirs, and where to go', () => {
    const html = render(<DashboardRefused />);
    expect(html).toContain('Dasbor portofolio hanya untuk Inspektorat dan evaluator TPI');
    expect(html).toContain('<a href="/" data-discover="true">Buka daftar unit kerja</a>');
  });
});
