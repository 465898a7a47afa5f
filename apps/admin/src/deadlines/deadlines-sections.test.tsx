import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { jakartaToday, type Reopening } from './deadlines';
import { WorksheetDeadlines } from './WorksheetDeadlines';

const render = (node: ReactNode) =>
  renderToStaticMarkup(<I18nProvider messages={messages}>{node}</I18nProvider>);
const past = { fillUntil: '2020-08-31', reviewUntil: '2020-09-30' };
const ahead = { fillUntil: '2099-08-31', reviewUntil: '2099-09-30' };
const reopened: Reopening = {
  layer: 'TPI',
  until: '2099-12-31',
  reason: 'Evaluator ditugaskan ke luar daerah',
  createdAt: '2020-10-01T03:00:00Z',
};

describe('worksheet deadlines', () => {
  it('show both days in words, marking the ones passed', () => {
    const html = render(
      <WorksheetDeadlines assessmentId="a1" window={past} reopenings={[]} layer="UNIT" canReopen={false} />,
    );
    expect(html).toContain('Pengisian oleh unit sampai: <time dateTime="2020-08-31">31 Agustus 2020</time>');
    expect(html).toContain('Evaluasi oleh TPI sampai: <time dateTime="2020-09-30">30 September 2020</time>');
    expect(html.split('sudah lewat').length - 1).toBe(2);
    expect(html).not.toContain('data-testid="reopen-layer"');
  });

  it('offer to reopen the shown layer when the API says the viewer may', () => {
    const closed = render(
      <WorksheetDeadlines assessmentId="a1" window={past} reopenings={[]} layer="TPI" canReopen />,
    );
    expect(closed).toContain('data-testid="reopen-layer"');
    expect(closed).toContain('Buka kembali<span class="visually-hidden"> Evaluasi TPI</span>');
    const open = render(
      <WorksheetDeadlines assessmentId="a1" window={ahead} reopenings={[]} layer="TPI" canReopen={false} />,
    );
    expect(open).not.toContain('data-testid="reopen-layer"');
    expect(open).not.toContain('sudah lewat');
  });

  it('show a reopening that holds the shown layer open, until its last day', () => {
    const html = render(
      <WorksheetDeadlines
        assessmentId="a1"
        window={past}
        reopenings={[reopened]}
        layer="TPI"
        canReopen={false}
      />,
    );
    expect(html).toContain(
      'data-testid="reopened">Dibuka kembali hingga 31 Desember 2099: Evaluator ditugaskan ke luar daerah</p>',
    );
    const unit = render(
      <WorksheetDeadlines assessmentId="a1" window={past} reopenings={[reopened]} layer="UNIT" canReopen />,
    );
    expect(unit).not.toContain('Dibuka kembali hingga');
    const ended = { ...reopened, until: '2020-10-15' };
    expect(jakartaToday() > ended.until).toBe(true);
    const after = render(
      <WorksheetDeadlines assessmentId="a1" window={past} reopenings={[ended]} layer="TPI" canReopen />,
    );
    expect(after).not.toContain('Dibuka kembali hingga');
  });

  it('say when the year has no deadlines yet', () => {
    const html = render(
      <WorksheetDeadlines assessmentId="a1" window={null} reopenings={[]} layer="UNIT" canReopen />,
    );
    expect(html).toContain('Tenggat LKE tahun ini belum ditetapkan.');
    expect(html).not.toContain('data-testid="reopen-layer"');
  });
});
