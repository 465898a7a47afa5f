import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { framework, question } from '../worksheet/test-fixtures';
import { worksheetTree } from '../worksheet/worksheet-tree';
import { ConfirmForm } from './ConfirmForm';
import { HistoryPanel } from './HistoryPanel';
import { IncompleteList } from './IncompleteList';
import { incompleteByArea } from './incomplete';
import { OpenReturnsSummary } from './OpenReturnsSummary';
import { ReturnForm } from './ReturnForm';
import { WorkflowBar } from './WorkflowBar';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nProvider>,
  );
const count = (html: string, text: string) => html.split(text).length - 1;
const tree = worksheetTree(framework);
const noop = () => undefined;

describe('workflow bar', () => {
  it('shows the allowed moves, forward ones first and primary', () => {
    const html = render(<WorkflowBar allowed={['RETURN', 'APPROVE']} onChoose={noop} />);
    expect(html.indexOf('Setujui hasil evaluasi')).toBeLessThan(html.indexOf('Kembalikan untuk perbaikan'));
    expect(html).toContain('class="button" data-testid="action-APPROVE"');
    expect(html).toContain('class="button button--secondary" data-testid="action-RETURN"');
  });

  it('offers the team lead to confirm the approval, or to send it back', () => {
    const html = render(<WorkflowBar allowed={['SEND_BACK', 'CONFIRM']} onChoose={noop} />);
    expect(html.indexOf('Konfirmasi hasil evaluasi')).toBeLessThan(html.indexOf('Kembalikan ke TPI'));
    expect(html).toContain('class="button" data-testid="action-CONFIRM"');
    expect(html).toContain('class="button button--secondary" data-testid="action-SEND_BACK"');
  });

  it('asks the team lead why an evaluation goes back, as for reopening', () => {
    const html = render(
      <ConfirmForm action="SEND_BACK" reasonRequired busy={false} onSubmit={noop} onCancel={noop} />,
    );
    expect(html).toContain('Evaluasi dikembalikan ke TPI untuk ditinjau ulang');
    expect(html).toContain('Alasan (dicatat dalam riwayat)');
    expect(html).toMatch(/required=""[^>]*data-testid="move-reason"/);
    expect(html).toMatch(/disabled=""[^>]*data-testid="move-confirm"/);
    expect(html).toContain('>Kembalikan ke TPI</button>');
  });

  it('says so when the viewer has nothing to do', () => {
    expect(render(<WorkflowBar allowed={[]} onChoose={noop} />)).toContain(
      'Tidak ada tindakan untuk akun Anda',
    );
  });
});

describe('incomplete submission', () => {
  it('lists each unanswered question by area, linked to it', () => {
    if (!tree) throw new Error('no tree');
    const html = render(
      <IncompleteList
        layer="UNIT"
        areas={incompleteByArea(['A.I.1.i.b', 'B.I.a.1', 'A.I.1.i.a'], tree)}
        onDismiss={noop}
      />,
    );
    expect(html).toContain('3 pertanyaan belum dijawab');
    expect(count(html, 'data-testid="incomplete-link"')).toBe(3);
    expect(html).toContain('href="#q-A.I.1.i.a"');
    expect(html).toContain('MANAJEMEN PERUBAHAN <span class="cell-note">2 pertanyaan</span>');
    expect(html).toContain('Penentuan anggota Tim dipilih melalui prosedur yang jelas');
  });

  it('says which questions the TPI has not evaluated when an approval is refused', () => {
    if (!tree) throw new Error('no tree');
    const html = render(
      <IncompleteList layer="TPI" areas={incompleteByArea(['B.I.a.1'], tree)} onDismiss={noop} />,
    );
    expect(html).toContain('1 pertanyaan belum dinilai TPI');
    expect(html).toContain('href="#q-B.I.a.1"');
  });
});

describe('returned questions', () => {
  it('are listed for the unit with what to revise', () => {
    const html = render(
      <OpenReturnsSummary
        returns={[
          { code: 'A.I.1.i.b', reason: 'Lampirkan SK penetapan anggota', returnedAt: '2026-11-22T03:05:00Z' },
        ]}
        questions={framework.questions}
      />,
    );
    expect(html).toContain('Pertanyaan yang dikembalikan TPI (1)');
    expect(html).toContain('href="#q-A.I.1.i.b"');
    expect(html).toContain('Lampirkan SK penetapan anggota');
    expect(render(<OpenReturnsSummary returns={[]} questions={framework.questions} />)).toBe('');
  });

  it('are picked with a reason each before the TPI returns them', () => {
    if (!tree) throw new Error('no tree');
    const marks = {
      marked: new Map([
        ['A.I.1.i.b', 'Lampirkan SK'],
        ['B.I.a.1', ''],
      ]),
      toggle: noop,
      setReason: noop,
      clear: noop,
    };
    const html = render(
      <ReturnForm tree={tree} marks={marks} busy={false} onSubmit={noop} onCancel={noop} />,
    );
    expect(html).toContain(question('A.I.1.i.b').text);
    expect(html).toContain('Lampirkan SK</textarea>');
    expect(html).toContain('Tulis alasan untuk setiap pertanyaan yang dikembalikan.');
    expect(html).toMatch(/disabled=""[^>]*data-testid="move-confirm"/);
    expect(html).toContain('<optgroup label="A.I.1 MANAJEMEN PERUBAHAN">');
    expect(html).toMatch(/<option value="A.I.1.i.b" disabled="">/);
  });
});

describe('history', () => {
  it('shows every move, newest first, with the change of status and the reason', () => {
    const html = render(
      <HistoryPanel
        history={[
          {
            action: 'SUBMIT',
            fromStatus: 'DRAFT',
            toStatus: 'SUBMITTED',
            reason: null,
            occurredAt: '2026-11-20T03:00:00Z',
            actor: null,
          },
          {
            action: 'RETURN',
            fromStatus: 'SUBMITTED',
            toStatus: 'RETURNED',
            reason: 'A.I.1.i.b: Lampirkan SK',
            occurredAt: '2026-11-21T03:00:00Z',
            actor: { name: 'Dewi Lestari' },
          },
        ]}
      />,
    );
    expect(count(html, 'data-testid="history-item"')).toBe(2);
    expect(html.indexOf('Kembalikan untuk perbaikan')).toBeLessThan(html.indexOf('Ajukan ke TPI'));
    expect(html).toContain('Diajukan ke TPI → Dikembalikan untuk perbaikan');
    expect(html).toContain('A.I.1.i.b: Lampirkan SK');
    expect(render(<HistoryPanel history={[]} />)).toContain('Belum ada perpindahan status.');
  });

  it('says who made each move, when known', () => {
    const html = render(
      <HistoryPanel
        history={[
          {
            action: 'SUBMIT',
            fromStatus: 'DRAFT',
            toStatus: 'SUBMITTED',
            reason: null,
            occurredAt: '2026-11-20T03:00:00Z',
            actor: null,
          },
          {
            action: 'RETURN',
            fromStatus: 'SUBMITTED',
            toStatus: 'RETURNED',
            reason: null,
            occurredAt: '2026-11-21T03:00:00Z',
            actor: { name: 'Dewi Lestari' },
          },
        ]}
      />,
    );
    const [returned, submitted] = html.split('data-testid="history-item"').slice(1);
    expect(returned).toContain('Dikembalikan untuk perbaikan · oleh Dewi Lestari');
    expect(submitted).not.toContain('oleh');
  });

  it('keeps the second review: the approval waiting for the team lead, sent back, then confirmed', () => {
    const html = render(
      <HistoryPanel
        history={[
          {
            action: 'APPROVE',
            fromStatus: 'IN_REVIEW',
            toStatus: 'SECOND_REVIEW',
            reason: null,
            occurredAt: '2026-11-20T03:00:00Z',
            actor: { name: 'Evaluator TPI Demo' },
          },
          {
            action: 'SEND_BACK',
            fromStatus: 'SECOND_REVIEW',
            toStatus: 'IN_REVIEW',
            reason: 'Periksa lagi bukti area II.',
            occurredAt: '2026-11-21T03:00:00Z',
            actor: { name: 'Ketua Tim TPI Demo' },
          },
          {
            action: 'CONFIRM',
            fromStatus: 'SECOND_REVIEW',
            toStatus: 'EVALUATED',
            reason: null,
            occurredAt: '2026-11-22T03:00:00Z',
            actor: { name: 'Ketua Tim TPI Demo' },
          },
        ]}
      />,
    );
    const [confirmed, sentBack, approved] = html.split('data-testid="history-item"').slice(1) as [
      string,
      string,
      string,
    ];
    expect(confirmed).toContain('<strong>Konfirmasi hasil evaluasi</strong>');
    expect(confirmed).toContain('Menunggu reviu ketua tim → Selesai dievaluasi · oleh Ketua Tim TPI Demo');
    expect(sentBack).toContain('<strong>Kembalikan ke TPI</strong>');
    expect(sentBack).toContain('Menunggu reviu ketua tim → Sedang dievaluasi TPI');
    expect(sentBack).toContain('Periksa lagi bukti area II.');
    expect(approved).toContain('Sedang dievaluasi TPI → Menunggu reviu ketua tim · oleh Evaluator TPI Demo');
  });
});
