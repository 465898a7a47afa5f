import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { indexLayer } from '../worksheet/layer-index';
import { QuestionRow } from '../worksheet/QuestionRow';
import { layer, question } from '../worksheet/test-fixtures';
import { AnswerHistoryContext } from './AnswerHistoryContext';
import { AnswerHistoryDialog } from './AnswerHistoryDialog';
import type { AnswerChange } from './answer-history';
import type { AnswerHistoryState } from './useAnswerHistory';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nProvider>,
  );
const count = (html: string, text: string) => html.split(text).length - 1;
const noop = () => undefined;

const changes: AnswerChange[] = [
  {
    occurredAt: '2026-11-22T04:00:00Z',
    layer: 'UNIT',
    kind: 'EVIDENCE_REPLACED',
    code: 'A.I.1.i.b',
    before: null,
    after: null,
    evidenceNames: ['sk-tim-2026.pdf', 'notulen-seleksi.pdf'],
    actor: { name: 'Operator DPMPTSP Demo' },
  },
  {
    occurredAt: '2026-11-22T03:00:00Z',
    layer: 'UNIT',
    kind: 'ANSWER',
    code: 'A.I.1.i.b',
    before: { option: 'b', number: null, note: null },
    after: { option: 'a', number: null, note: 'Seleksi terbuka, lihat notulen' },
    evidenceNames: [],
    actor: { name: 'Operator DPMPTSP Demo' },
  },
  {
    occurredAt: '2026-11-20T03:00:00Z',
    layer: 'TPI',
    kind: 'ANSWER',
    code: 'A.I.1.i.b',
    before: null,
    after: { option: 'c', number: null, note: null },
    evidenceNames: [],
    actor: null,
  },
];

const history = (state: Partial<AnswerHistoryState>): AnswerHistoryState => ({
  question: question('A.I.1.i.b'),
  changes: null,
  error: null,
  show: noop,
  close: noop,
  retry: noop,
  ...state,
});

describe('a question’s history', () => {
  it('lists every change, newest first: when, which layer, who, and what changed', () => {
    const html = render(<AnswerHistoryDialog history={history({ changes })} />);
    expect(html).toContain('Riwayat A.I.1.i.b');
    expect(html).toContain('Penentuan anggota Tim dipilih melalui prosedur yang jelas');
    expect(count(html, 'data-testid="answer-change"')).toBe(3);
    const [replaced, revised, first] = html.split('data-testid="answer-change"').slice(1) as [
      string,
      string,
      string,
    ];
    expect(replaced).toContain('<strong>Bukti dukung diganti</strong>');
    expect(replaced).toContain('Penilaian mandiri unit · oleh Operator DPMPTSP Demo');
    expect(replaced).toContain('sk-tim-2026.pdf dan notulen-seleksi.pdf');
    expect(revised).toContain('<dt>Jawaban</dt><dd data-testid="answer-change-value">B → A</dd>');
    expect(revised).toContain('<dt>Catatan</dt><dd>(kosong) → Seleksi terbuka, lihat notulen</dd>');
    expect(first).toContain('Evaluasi TPI');
    expect(first).toContain('(kosong) → C');
    expect(first).not.toContain('oleh');
  });

  it('says when there is nothing yet, and waits while it loads', () => {
    expect(render(<AnswerHistoryDialog history={history({ changes: [] })} />)).toContain(
      'Belum ada perubahan pada pertanyaan ini.',
    );
    expect(render(<AnswerHistoryDialog history={history({})} />)).toContain('Memuat…');
    expect(render(<AnswerHistoryDialog history={history({ question: null })} />)).not.toContain('Riwayat');
  });

  it('is offered on each question of a worksheet, and nowhere else', () => {
    const row = <QuestionRow question={question('A.I.1.i.b')} index={indexLayer(layer)} />;
    const offered = render(<AnswerHistoryContext value={noop}>{row}</AnswerHistoryContext>);
    expect(offered).toContain(
      'data-testid="answer-history-open">Riwayat<span class="visually-hidden"> A.I.1.i.b</span></button>',
    );
    expect(render(row)).not.toContain('answer-history-open');
  });
});
