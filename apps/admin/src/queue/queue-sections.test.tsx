import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { QueueTable } from './QueueTable';
import type { QueueDeadline, QueueRow } from './queue';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nProvider>,
  );

const row = (id: string, deadline: QueueDeadline | null): QueueRow => ({
  unitId: `u-${id}`,
  unitName: `Unit ${id}`,
  assessment: {
    id,
    status: deadline?.layer === 'UNIT' ? 'DRAFT' : 'IN_REVIEW',
    updatedAt: '2026-11-20T08:00:00.000Z',
    deadline,
    unitLayer: { layer: 'UNIT', visible: true, score: { total: 84.41, answered: 113, questions: 113 } },
    tpiLayer: { layer: 'TPI', visible: true, score: { total: 70, answered: 40, questions: 113 } },
  },
});

/** The deadline cell of each row, as text. */
const deadlineCells = (html: string) =>
  [...html.matchAll(/data-testid="queue-deadline">(.*?)<\/span><\/span>|<span class="muted">—<\/span>/g)].map(
    (match) => (match[1] ?? '—').replace(/<[^>]+>/g, ''),
  );

describe('the queue’s deadline column', () => {
  const rows = [
    row('a', { layer: 'TPI', until: '2026-11-30', reopened: false, daysLeft: 6, urgency: 'NEAR' }),
    row('b', { layer: 'TPI', until: '2026-11-20', reopened: false, daysLeft: -4, urgency: 'OVERDUE' }),
    row('c', { layer: 'UNIT', until: '2026-12-31', reopened: true, daysLeft: 37, urgency: 'LATER' }),
    row('d', { layer: 'TPI', until: '2026-11-24', reopened: false, daysLeft: 0, urgency: 'NEAR' }),
    row('e', null),
  ];

  it('shows the day, whose work it is and how far, as the API counts from today', () => {
    const html = render(<QueueTable rows={rows} />);
    expect(html).toContain('>Tenggat</th>');
    expect(deadlineCells(html)).toEqual([
      '30 November 2026 6 hari lagievaluasi TPI',
      '20 November 2026 lewat 4 harievaluasi TPI',
      '31 Desember 2026 37 hari lagipengisian unit, dibuka kembali',
      '24 November 2026 hari inievaluasi TPI',
      '—',
    ]);
  });

  it('emphasises a deadline that is near or past', () => {
    const html = render(<QueueTable rows={rows} />);
    expect(html).toContain('data-urgency="overdue"><strong>lewat 4 hari</strong>');
    expect(html).toContain('data-urgency="near"><strong>6 hari lagi</strong>');
    expect(html).toContain('data-urgency="later">37 hari lagi</span>');
    expect(html).toContain('<time dateTime="2026-11-30">');
  });
});
