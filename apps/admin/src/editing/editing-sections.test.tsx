import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { indexLayer } from '../worksheet/layer-index';
import { layer, question } from '../worksheet/test-fixtures';
import type { AnswerValue } from '../worksheet/types';
import { evidenceByCode, type QuestionEditor, WorksheetContext } from '../worksheet/WorksheetContext';
import { type AutosaveState, batchConflicted, batchFailed, edit, initialState, takeBatch } from './autosave';
import { EditableQuestion } from './EditableQuestion';
import { SaveStatus } from './SaveStatus';

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <ApolloProvider client={client}>
        <MemoryRouter>{node}</MemoryRouter>
      </ApolloProvider>
    </I18nProvider>,
  );
const count = (html: string, text: string) => html.split(text).length - 1;
const unit = indexLayer(layer);

function editor(changes: Partial<QuestionEditor> = {}): QuestionEditor {
  return {
    layer: 'UNIT',
    subscribe: () => () => undefined,
    answerOf: (code) => unit.answers.get(code) ?? null,
    edit: () => undefined,
    savedAnswerOf: () => undefined,
    conflictOf: () => undefined,
    rejectionOf: () => undefined,
    keepMine: () => undefined,
    takeTheirs: () => undefined,
    evidence: { assessmentId: 'QXNz', layer: 'UNIT', removable: true, refresh: async () => undefined },
    ...changes,
  };
}

/** The instansi's guidance for one question, as the API gives it. */
const GUIDANCE = {
  framework: 'permenpanrb-90-2021',
  byCode: new Map([
    [
      'A.I.1.i.b',
      {
        questionCode: 'A.I.1.i.b',
        expected: ['Notulen seleksi anggota tim'],
        examples: [],
        edited: false,
        updatedAt: null,
        viewerMayEdit: false,
      },
    ],
  ]),
};

function renderQuestion(code: string, questionEditor = editor(), context: { tpi?: boolean } = {}) {
  return render(
    <WorksheetContext
      value={{
        evidence: evidenceByCode(layer.evidence),
        openReturns: new Map(),
        marks: null,
        editor: questionEditor,
        reference: context.tpi ? { index: unit, evidence: evidenceByCode(layer.evidence) } : null,
        guidance: GUIDANCE,
        surveyValues: null,
      }}
    >
      <EditableQuestion question={question(code)} index={unit} editor={questionEditor} />
    </WorksheetContext>,
  );
}

describe('a question being answered', () => {
  it('offers each option as a radio button with its criteria, the chosen one checked', () => {
    const html = renderQuestion('A.I.1.i.b');
    expect(count(html, 'type="radio"')).toBe(3);
    expect(html).toContain('name="UNIT:A.I.1.i.b"');
    expect(html).toContain('data-testid="option-b" name="UNIT:A.I.1.i.b" checked=""');
    expect(html).toContain('Jika sebagian');
    expect(html).toContain('Kosongkan jawaban');
    expect(html).toContain('SK tim belum mencakup seluruh bidang</textarea>');
  });

  it('asks a percentage for its counts and shows the percentage they give', () => {
    const html = renderQuestion('A.II.5.iii.a.1');
    expect(html).toContain('Jumlah yang harus melaporkan');
    expect(html).toMatch(/data-testid="count-A.II.5.iii.a.1.n1" value="6"/);
    expect(html).toMatch(/data-testid="count-A.II.5.iii.a.1.n2" value="5"/);
    expect(html).toContain('inputMode="numeric"');
    expect(html).toContain('Persentase 83,33%');
    expect(html).toContain('Rumus: sudah melaporkan ÷ wajib melaporkan');
    // Its note rides on the first count: the count's note is the question's.
    expect(html).toContain('data-testid="note-A.II.5.iii.a.1"');
  });

  it('takes a survey value as typed in Indonesian, within its scale', () => {
    const html = renderQuestion('B.I.a.1');
    expect(html).toContain('Nilai (0–4)');
    expect(html).toMatch(/data-testid="number-B.I.a.1" value="3,6"/);
    expect(html).toContain('inputMode="decimal"');
  });

  it('lists the evidence with replace and remove, and offers upload and a link', () => {
    const html = renderQuestion('A.I.1.i.a');
    expect(count(html, 'data-testid="evidence-item"')).toBe(2);
    expect(html).toContain('href="/admin/evidence/0f6c1b2e-5d1f-4d8b-9a57-3b1c8e2f4a10" download=""');
    expect(html).toContain(
      'href="https://drive.example.go.id/notulen" target="_blank" rel="noopener noreferrer"',
    );
    expect(count(html, 'Ganti berkas')).toBe(1);
    expect(count(html, '>Hapus<')).toBe(2);
    expect(html).toMatch(/type="file" multiple=""[^>]*data-testid="evidence-input-A.I.1.i.a"/);
    expect(html).toContain('Tambah tautan dokumen');
  });

  it('keeps evidence once submitted: it can be replaced, not removed', () => {
    const submitted = editor({
      evidence: { assessmentId: 'QXNz', layer: 'UNIT', removable: false, refresh: async () => undefined },
    });
    const html = renderQuestion('A.I.1.i.a', submitted);
    expect(html).toContain('Ganti berkas');
    expect(html).not.toContain('>Hapus<');
  });

  it('shows both versions of a conflict and lets the person choose', () => {
    const mine: AnswerValue = { option: 'b', number: null, note: 'versi saya' };
    const conflicted = editor({
      conflictOf: (code) =>
        code === 'A.I.1.i.b'
          ? { mine, base: 1, theirs: { option: 'c', number: null, note: 'versi ketua tim' }, version: 2 }
          : undefined,
      savedAnswerOf: () => ({
        code: 'A.I.1.i.b',
        option: 'c',
        number: null,
        note: 'versi ketua tim',
        version: 2,
        updatedAt: '2026-11-22T03:05:00.000Z',
        author: null,
      }),
    });
    const html = renderQuestion('A.I.1.i.b', conflicted);
    expect(html).toContain('Jawaban ini disimpan orang lain saat Anda mengubahnya.');
    expect(html).toContain('Versi Anda (belum tersimpan)');
    expect(html).toMatch(/<strong>B<\/strong><span class="conflict__note">versi saya/);
    expect(html).toMatch(/Versi tersimpan \(22 November 2026/);
    expect(html).toMatch(/<strong>C<\/strong><span class="conflict__note">versi ketua tim/);
    expect(html).toContain('Pakai versi saya');
    expect(html).toContain('Pakai versi tersimpan');
  });

  it('tells who saved the other version and when, as far as it is known', () => {
    const theirs: AnswerValue = { option: 'c', number: null, note: null };
    const conflictOf = (code: string) =>
      code === 'A.I.1.i.b' ? { mine: theirs, base: 1, theirs, version: 2 } : undefined;
    const saved = (version: number, updatedAt: string, author: { name: string } | null) => () => ({
      code: 'A.I.1.i.b',
      ...theirs,
      version,
      updatedAt,
      author,
    });
    const label = (html: string) => html.match(/<dt>(Versi tersimpan[^<]*)<\/dt>/)?.[1];
    const byAt = renderQuestion(
      'A.I.1.i.b',
      editor({ conflictOf, savedAnswerOf: saved(2, '2026-11-22T03:05:00.000Z', { name: 'Dewi Lestari' }) }),
    );
    expect(label(byAt)).toMatch(/^Versi tersimpan oleh Dewi Lestari \(22 November 2026/);
    const by = renderQuestion(
      'A.I.1.i.b',
      editor({ conflictOf, savedAnswerOf: saved(2, '', { name: 'Dewi Lestari' }) }),
    );
    expect(label(by)).toBe('Versi tersimpan oleh Dewi Lestari');
    // The answer loaded is older than the version in conflict: who and when are not known yet.
    const older = renderQuestion(
      'A.I.1.i.b',
      editor({ conflictOf, savedAnswerOf: saved(1, '2026-11-20T03:05:00.000Z', { name: 'Budi' }) }),
    );
    expect(label(older)).toBe('Versi tersimpan');
  });

  it('shows why the API refused a value', () => {
    const refusal = {
      message: 'B.I.a.1: must be a number from 0 to 4 (got 5)',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_ANSWER', questionCode: 'B.I.a.1' },
    };
    const html = renderQuestion('B.I.a.1', editor({ rejectionOf: () => refusal }));
    expect(html).toContain(
      'role="alert">Jawaban pertanyaan B.I.a.1 tidak sesuai pilihan atau rentang nilainya.',
    );
  });

  it('shows a refused note at the note, in the viewer’s words', () => {
    const refusal = {
      message: 'answers.0.note: must be at most 4000 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'answers.0.note', reason: 'TOO_LONG', max: 4000 },
    };
    const html = renderQuestion('A.I.1.i.b', editor({ rejectionOf: () => refusal }));
    expect(count(html, 'role="alert"')).toBe(1);
    expect(html).toMatch(/aria-invalid="true" aria-describedby="([^"]+)">[^<]*<\/textarea><p id="\1"/);
    expect(html).toContain('data-testid="note-error-A.I.1.i.b">Paling banyak 4.000 karakter.</p>');
  });

  it('shows the TPI the unit’s answer, note and evidence, with one click to agree', () => {
    const tpi = editor({ layer: 'TPI', answerOf: () => null });
    const html = renderQuestion('A.I.1.i.b', tpi, { tpi: true });
    expect(html).toContain('Jawaban unit');
    expect(html).toMatch(/data-testid="unit-answer-value">B</);
    expect(html).toContain('SK tim belum mencakup seluruh bidang');
    expect(html).toContain('Setujui jawaban unit');
    // What the question expects stands with the unit's evidence, once: not again under the TPI's own.
    const panel = html.slice(html.indexOf('data-testid="unit-answer"'));
    expect(panel).toContain('data-testid="evidence-guidance" open=""');
    expect(panel).toContain('<li>Notulen seleksi anggota tim</li>');
    expect(html.split('data-testid="evidence-guidance"')).toHaveLength(2);
    const agreeing = renderQuestion('A.I.1.i.b', editor({ layer: 'TPI' }), { tpi: true });
    expect(agreeing).toMatch(/disabled=""[^>]*data-testid="accept-unit-answer">Sama dengan jawaban unit/);
  });
});

describe('save status', () => {
  const status = (state: AutosaveState) => render(<SaveStatus state={state} onRetry={() => undefined} />);
  const edited = edit(initialState([]), 'A.1', { option: 'a', number: null, note: null });

  it('says in words whether everything is saved, in a polite live region', () => {
    expect(status(initialState([]))).toContain('role="status" aria-live="polite"');
    expect(status(initialState([]))).toContain('Setiap perubahan tersimpan otomatis.');
    expect(status(edited)).toContain('data-status="pending">Menyimpan…');
    expect(status({ ...initialState([]), savedAt: Date.parse('2026-11-22T03:05:00Z') })).toContain(
      'Semua perubahan tersimpan (pukul',
    );
  });

  it('says when saving failed and retries, with a way to try now', () => {
    const failed = batchFailed(takeBatch(edited)[0]);
    const html = status(failed);
    expect(html).toContain('Gagal menyimpan, mencoba lagi otomatis.');
    expect(html).toContain('Coba sekarang');
  });

  it('counts conflicts, and offers to sign in again when the session ended', () => {
    const conflicted = batchConflicted(takeBatch(edited)[0], {
      code: 'A.1',
      version: 2,
      theirs: { option: 'b', number: null, note: null },
    });
    expect(status(conflicted)).toContain('1 jawaban juga diubah orang lain');
    const ended = status({
      ...edited,
      blocked: { reason: 'session', refusal: { message: 'You must be logged in.', extensions: {} } },
    });
    expect(ended).toContain('Sesi Anda berakhir.');
    expect(ended).toContain('href="/login"');
  });

  it('names the answers whose values were refused', () => {
    const long = edit(initialState([]), 'A.I.1.i.a', { option: 'a', number: null, note: 'x'.repeat(4001) });
    expect(status(long)).toContain('data-status="invalid">1 isian ditolak (A.I.1.i.a): perbaiki isinya.');
  });

  it('says in the viewer’s words why saving stopped', () => {
    const locked = status({
      ...edited,
      blocked: {
        reason: 'locked',
        refusal: {
          message: 'The UNIT layer cannot be edited while the assessment is submitted; …',
          extensions: { code: 'FORBIDDEN', reason: 'LAYER_LOCKED', layer: 'unit', status: 'submitted' },
        },
      },
    });
    expect(locked).toContain(
      'Penyimpanan berhenti: Lapisan Penilaian mandiri unit tidak dapat diubah saat LKE berstatus “Diajukan ke TPI”.',
    );
    expect(locked).toContain('Muat ulang');
  });
});
