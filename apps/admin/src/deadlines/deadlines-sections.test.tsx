import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorksheetDeadlines } from './WorksheetDeadlines';

const render = (node: ReactNode) => renderToStaticMarkup(<I18nProvider>{node}</I18nProvider>);
const past = { fillUntil: '2020-08-31', reviewUntil: '2020-09-30' };
const ahead = { fillUntil: '2099-08-31', reviewUntil: '2099-09-30' };

describe('worksheet deadlines', () => {
  it('show both days in words, marking the ones passed', () => {
    const html = render(
      <WorksheetDeadlines assessmentId="a1" window={past} layer="UNIT" canReopen={false} />,
    );
    expect(html).toContain('Pengisian oleh unit sampai: <time dateTime="2020-08-31">31 Agustus 2020</time>');
    expect(html).toContain('Evaluasi oleh TPI sampai: <time dateTime="2020-09-30">30 September 2020</time>');
    expect(html.split('sudah lewat').length - 1).toBe(2);
    expect(html).not.toContain('data-testid="reopen-layer"');
  });

  it('offer an admin to reopen the shown layer only once its window has passed', () => {
    const closed = render(<WorksheetDeadlines assessmentId="a1" window={past} layer="TPI" canReopen />);
    expect(closed).toContain('data-testid="reopen-layer"');
    expect(closed).toContain('Buka kembali<span class="visually-hidden"> Evaluasi TPI</span>');
    const open = render(<WorksheetDeadlines assessmentId="a1" window={ahead} layer="TPI" canReopen />);
    expect(open).not.toContain('data-testid="reopen-layer"');
    expect(open).not.toContain('sudah lewat');
  });

  it('say when the year has no deadlines yet', () => {
    const html = render(<WorksheetDeadlines assessmentId="a1" window={null} layer="UNIT" canReopen />);
    expect(html).toContain('Tenggat LKE tahun ini belum ditetapkan.');
    expect(html).not.toContain('data-testid="reopen-layer"');
  });
});
