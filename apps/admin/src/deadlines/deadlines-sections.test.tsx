import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import type { LayerDeadline } from './deadlines';
import { WorksheetDeadlines } from './WorksheetDeadlines';

const render = (node: ReactNode) =>
  renderToStaticMarkup(<I18nProvider messages={messages}>{node}</I18nProvider>);

/** The three layers' deadlines as the API sends them, the review's and the TPI's on one day. */
const deadlines = (fill: Partial<LayerDeadline>, evaluation: Partial<LayerDeadline>): LayerDeadline[] => {
  const base = { passed: false, reopening: null };
  return [
    {
      layer: 'UNIT',
      closesOn: '2026-08-31',
      openUntil: '2026-08-31',
      reopenFrom: '2026-09-01',
      ...base,
      ...fill,
    },
    ...(['TPI', 'REVIEW'] as const).map((layer) => ({
      layer,
      closesOn: '2026-09-30',
      openUntil: '2026-09-30',
      reopenFrom: '2026-10-01',
      ...base,
      ...evaluation,
    })),
  ];
};
const past = deadlines({ passed: true, closesOn: '2020-08-31' }, { passed: true, closesOn: '2020-09-30' });
const ahead = deadlines({}, {});
const reopening = {
  layer: 'TPI' as const,
  until: '2099-12-31',
  reason: 'Evaluator ditugaskan ke luar daerah',
  createdAt: '2020-10-01T03:00:00Z',
};

describe('worksheet deadlines', () => {
  it('show both days in words, marking the ones passed', () => {
    const html = render(
      <WorksheetDeadlines assessmentId="a1" deadlines={past} layer="UNIT" canReopen={false} />,
    );
    expect(html).toContain('Pengisian oleh unit sampai: <time dateTime="2020-08-31">31 Agustus 2020</time>');
    expect(html).toContain('Evaluasi oleh TPI sampai: <time dateTime="2020-09-30">30 September 2020</time>');
    expect(html.split('sudah lewat').length - 1).toBe(2);
    expect(html).not.toContain('data-testid="reopen-layer"');
  });

  it('offer to reopen the shown layer when the API says the viewer may', () => {
    const closed = render(<WorksheetDeadlines assessmentId="a1" deadlines={past} layer="TPI" canReopen />);
    expect(closed).toContain('data-testid="reopen-layer"');
    expect(closed).toContain('Buka kembali<span class="visually-hidden"> Evaluasi TPI</span>');
    const open = render(
      <WorksheetDeadlines assessmentId="a1" deadlines={ahead} layer="TPI" canReopen={false} />,
    );
    expect(open).not.toContain('data-testid="reopen-layer"');
    expect(open).not.toContain('sudah lewat');
  });

  it('show the reopening the API says holds the shown layer open, and only on that layer', () => {
    const reopened = deadlines({ passed: true }, { passed: true, openUntil: '2099-12-31', reopening });
    const html = render(
      <WorksheetDeadlines assessmentId="a1" deadlines={reopened} layer="TPI" canReopen={false} />,
    );
    expect(html).toContain(
      'data-testid="reopened">Dibuka kembali hingga 31 Desember 2099: Evaluator ditugaskan ke luar daerah</p>',
    );
    const unit = render(<WorksheetDeadlines assessmentId="a1" deadlines={reopened} layer="UNIT" canReopen />);
    expect(unit).not.toContain('Dibuka kembali hingga');
    const ended = render(<WorksheetDeadlines assessmentId="a1" deadlines={past} layer="TPI" canReopen />);
    expect(ended).not.toContain('Dibuka kembali hingga');
  });

  it('say when the year has no deadlines yet', () => {
    const html = render(<WorksheetDeadlines assessmentId="a1" deadlines={[]} layer="UNIT" canReopen />);
    expect(html).toContain('Tenggat LKE tahun ini belum ditetapkan.');
    expect(html).not.toContain('data-testid="reopen-layer"');
  });
});
