import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { LkeSummary } from '../units/LkeSummary';
import { EligibilityPanel } from './EligibilityPanel';
import { indexLayer } from './layer-index';
import { Priorities } from './Priorities';
import { QuestionRow } from './QuestionRow';
import { eligibility, framework, layer, question } from './test-fixtures';
import { evidenceByCode, WorksheetContext } from './WorksheetContext';
import { WorksheetTree } from './WorksheetTree';
import { worksheetTree } from './worksheet-tree';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nProvider>,
  );
const count = (html: string, text: string) => html.split(text).length - 1;
const index = indexLayer(layer);

describe('eligibility panel', () => {
  const html = render(<EligibilityPanel eligibility={eligibility} />);

  it('shows both targets, each condition with value, threshold and verdict', () => {
    expect(html).toContain('data-testid="eligibility-WBK"');
    expect(html).toContain('data-testid="eligibility-WBBM"');
    expect(count(html, 'data-testid="rule-row"')).toBe(5);
    expect(html).toContain('Nilai total ≥ 75');
    expect(html).toContain('73,33');
    expect(html).toContain('≥ 75');
  });

  it('says pass and fail in words and with an icon, with the gap in the rule’s unit', () => {
    expect(html).toContain('Belum memenuhi syarat');
    expect(html).toContain('Kurang 1,67');
    expect(html).toContain('Kurang 12,5%');
    expect(html).toContain('62,5%');
    expect(html).toContain('≥ 60%');
    expect(html).toContain('✓</span> Terpenuhi');
    expect(html).toContain('✗</span> Kurang 1,67');
  });

  it('shows the prior predicate as yes or no', () => {
    expect(html).toMatch(/Sudah berpredikat Menuju WBK<\/th><td[^>]*>Tidak<\/td><td[^>]*>Ya<\/td>/);
    expect(html).toContain('Belum terpenuhi');
  });
});

describe('question row', () => {
  it('lists the option criteria and marks the chosen one, with the note', () => {
    const html = render(<QuestionRow question={question('A.I.1.i.b')} index={index} />);
    expect(html).toContain('id="q-A.I.1.i.b"');
    expect(html).toContain('<li class="option option--chosen"><span class="option__label">B</span>');
    expect(count(html, 'class="option"')).toBe(2);
    expect(html).toContain('✓ dipilih');
    expect(html).toContain('SK tim belum mencakup seluruh bidang');
    expect(html).toContain('Terjawab');
    expect(html).toContain('Nilai 0,5');
  });

  it('shows Ya/Tidak answers and their criteria as written', () => {
    const html = render(<QuestionRow question={question('A.I.1.i.a')} index={index} />);
    expect(html).toContain('Ya, jika Tim telah dibentuk di dalam unit kerja.');
    expect(html).toMatch(/data-testid="answer">Ya</);
  });

  it('shows a percentage’s counts with their labels, the formula and the percentage', () => {
    const html = render(<QuestionRow question={question('A.II.5.iii.a.1')} index={index} />);
    expect(html).toContain('<dt>Jumlah yang harus melaporkan</dt><dd>6</dd>');
    expect(html).toContain('<dt>Jumlah yang sudah melaporkan</dt><dd>5</dd>');
    expect(html).toContain('Rumus: sudah melaporkan ÷ wajib melaporkan');
    expect(html).toContain('Persentase 83,33%');
    expect(html).toContain('Nilai 0,83');
  });

  it('explains a question that is not applicable', () => {
    const html = render(<QuestionRow question={question('A.II.5.iii.b.1')} index={index} />);
    expect(html).toContain('Tidak berlaku');
    expect(html).toContain('penyebutnya 0');
    expect(html).not.toContain('Nilai ');
  });

  it('shows beside IPAK the survey value it came from, and says when the unit’s answer was changed by hand', () => {
    const fromSurvey = (value: number) => ({
      byCode: new Map([
        [
          'B.I.a.1',
          {
            questionCode: 'B.I.a.1',
            value,
            responsesUsed: 48,
            written: true,
            periodId: 'U3VydmV5UGVyaW9kOjE=',
            periodTitle: 'Triwulan IV',
          },
        ],
      ]),
      unitLayer: true,
    });
    const inContext = (value: number) =>
      render(
        <WorksheetContext
          value={{
            evidence: new Map(),
            openReturns: new Map(),
            marks: null,
            editor: null,
            reference: null,
            guidance: null,
            surveyValues: fromSurvey(value),
          }}
        >
          <QuestionRow question={question('B.I.a.1')} index={index} />
        </WorksheetContext>,
      );
    // The layer's answer is 3.6: the same as the survey's, then not.
    const same = inContext(3.6);
    expect(same).toContain('Nilai survei');
    expect(same).toContain('3,60 dari 48 tanggapan,');
    expect(same).toContain('Triwulan IV');
    expect(same).not.toContain('diubah manual');
    expect(inContext(3.67)).toContain('jawaban diubah manual menjadi 3,60');
  });

  it('shows a survey value with its scale, and an unanswered question as such', () => {
    expect(render(<QuestionRow question={question('B.I.a.1')} index={index} />)).toContain('3,6');
    const html = render(<QuestionRow question={question('A.I.1.i.b')} index={indexLayer(null)} />);
    expect(html).toContain('Belum ada jawaban');
    expect(html).not.toContain('option--chosen');
  });
});

describe('question row with the worksheet around it', () => {
  const context = {
    evidence: evidenceByCode(layer.evidence),
    openReturns: new Map([
      [
        'A.I.1.i.a',
        { code: 'A.I.1.i.a', reason: 'SK belum ditandatangani', returnedAt: '2026-11-21T03:00:00Z' },
      ],
    ]),
    marks: {
      marked: new Map([['A.I.1.i.a', 'Minta SK yang sudah ditandatangani']]),
      toggle() {},
      setReason() {},
      clear() {},
    },
    editor: null,
    reference: null,
    guidance: {
      framework: 'permenpanrb-90-2021',
      byCode: new Map([
        [
          'A.I.1.i.a',
          {
            questionCode: 'A.I.1.i.a',
            expected: ['Bukti menunjukkan: Tim telah dibentuk', 'SK penetapan tim'],
            examples: ['SK Kepala Unit tentang Tim Kerja ZI'],
            edited: true,
            updatedAt: '2026-11-21T03:00:00Z',
            viewerMayEdit: false,
          },
        ],
      ]),
    },
    surveyValues: null,
  };
  const html = render(
    <WorksheetContext value={context}>
      <QuestionRow question={question('A.I.1.i.a')} index={index} />
    </WorksheetContext>,
  );

  it('lists the evidence, files to download and links to open', () => {
    expect(count(html, 'data-testid="evidence-item"')).toBe(2);
    expect(html).toContain('SK Tim Kerja ZI 2026.pdf');
    expect(html).not.toContain('Ganti berkas');
  });

  it('says beside the evidence what the question expects, in the instansi’s words', () => {
    expect(html).toContain(
      'Bukti dukung yang diharapkan (2)<span class="cell-note"> — disesuaikan Inspektorat</span>',
    );
    expect(html).toContain('<li>SK penetapan tim</li>');
    expect(html).toContain('<li>SK Kepala Unit tentang Tim Kerja ZI</li>');
    // Rewriting is the Inspektorat's, as the API says: not offered here.
    expect(html).not.toContain('data-testid="guidance-edit"');
  });

  it('highlights a question returned for revision, with the reason', () => {
    expect(html).toContain('class="question question--returned"');
    expect(html).toContain('Dikembalikan TPI untuk diperbaiki');
    expect(html).toContain('SK belum ditandatangani');
  });

  it('lets the evaluator mark it to return, with what to revise', () => {
    expect(html).toContain('type="checkbox" data-testid="mark-return-A.I.1.i.a" checked=""');
    expect(html).toContain('Minta SK yang sudah ditandatangani</textarea>');
  });
});

describe('worksheet tree', () => {
  const tree = worksheetTree(framework);
  const html = tree ? render(<WorksheetTree tree={tree} index={index} />) : '';

  it('makes the sections under each half collapsible, Hasil indicators included', () => {
    expect(count(html, 'data-testid="area-section"')).toBe(3);
    expect(html).toContain('<h3><span class="code">A</span> PENGUNGKIT</h3>');
    expect(html).toContain('<h4><span class="code">A.II</span> REFORM</h4>');
    expect(count(html, 'data-testid="question-row"')).toBe(5);
  });

  it('nests sub-areas and shows their score against their weight', () => {
    expect(html).toContain('<h5><span class="code">A.II.5.iii</span>');
    expect(html).toContain('<h6><span class="code">A.II.5.iii.a</span>');
    expect(html).toContain('0,83 dari 1');
    expect(html).toContain('15,75 dari 17,5');
    expect(html).toContain('Tidak berlaku: tidak ada pertanyaan yang dapat diukur');
  });

  it('counts the questions of each area with evidence', () => {
    const withEvidence = tree
      ? render(
          <WorksheetContext
            value={{
              evidence: evidenceByCode(layer.evidence),
              openReturns: new Map(),
              marks: null,
              editor: null,
              reference: null,
              guidance: null,
              surveyValues: null,
            }}
          >
            <WorksheetTree tree={tree} index={index} />
          </WorksheetContext>,
        )
      : '';
    expect(withEvidence).toContain('bukti dukung 1/2');
    expect(withEvidence).toContain('bukti dukung 0/2');
  });

  it('shows weights alone while the layer has no score', () => {
    const empty = tree ? render(<WorksheetTree tree={tree} index={indexLayer(null)} />) : '';
    expect(empty).toContain('bobot 17,5');
    expect(empty).not.toContain(' dari ');
  });
});

describe('what to fix first', () => {
  it('lists each question with its text, the points it could add and the conditions it helps', () => {
    const html = render(
      <Priorities
        priorities={[
          {
            code: 'A.I.1.i.b',
            gain: 0.125,
            ratio: 0.5,
            unanswered: false,
            helps: ['WBK/total', 'WBBM/total'],
          },
          { code: 'B.I.a.1', gain: 17.5, ratio: 0, unanswered: true, helps: [] },
        ]}
        eligibility={eligibility}
        questions={framework.questions}
      />,
    );
    expect(count(html, 'data-testid="priority-row"')).toBe(2);
    expect(html).toContain('href="#q-A.I.1.i.b"');
    expect(html).toContain('Penentuan anggota Tim dipilih melalui prosedur yang jelas');
    expect(html).toContain('+0,13 poin');
    expect(html).toContain('nilai sekarang 0,5');
    expect(html).toContain('<strong>Nilai total</strong> (WBK, WBBM)');
    expect(html).toContain('+17,50 poin');
    expect(html).toContain('Belum dijawab');
  });
});

describe('LKE column of the units list', () => {
  it('shows the status and the unit and TPI totals, linking to the worksheet', () => {
    const html = render(
      <LkeSummary
        unitName="Badan Pendapatan Daerah"
        assessment={{
          id: 'QXNzZXNzbWVudDox',
          status: 'IN_REVIEW',
          unitLayer: {
            layer: 'UNIT',
            visible: true,
            score: { total: 94.417, answered: 113, questions: 113 },
          },
          tpiLayer: { layer: 'TPI', visible: true, score: { total: 90.6772, answered: 113, questions: 113 } },
        }}
      />,
    );
    expect(html).toContain('href="/assessments/QXNzZXNzbWVudDox"');
    expect(html).toContain('Sedang dievaluasi TPI');
    expect(html).toContain('Unit 94,42');
    expect(html).toContain('TPI 90,68');
    expect(html).toContain('LKE Badan Pendapatan Daerah');
  });

  it('offers to open a worksheet without a score, and shows a dash without a worksheet', () => {
    const draft = render(
      <LkeSummary
        unitName="Dinas Kesehatan"
        assessment={{
          id: 'a',
          status: 'DRAFT',
          unitLayer: { layer: 'UNIT', visible: true, score: null },
          tpiLayer: { layer: 'TPI', visible: true, score: null },
        }}
      />,
    );
    expect(draft).toContain('Buka LKE');
    expect(draft).not.toContain('TPI ');
    const none = render(<LkeSummary unitName="Dinas Sosial" assessment={null} />);
    expect(none).toContain('Belum ada LKE');
    expect(none).not.toContain('href');
  });
});
