import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AnswerLayer } from '../assessments/assessment.entity.js';

/**
 * Where a layer's answers, values and notes sit in the official template's answer sheet, and which
 * summary sheet adds its areas up (decision 0049).
 */
export interface LayerColumns {
  /** The layer's summary sheet (`Unit`, `TPI Unit`, `TPI Itjen`). */
  summary: string;
  answer: string;
  /** The answer column's header, checked when a workbook is read back. */
  answerHeader: string;
  /** A question's ratio (0–1); a group's points. */
  value: string;
  /** The value as a share of the weight. */
  percent: string;
  note: string;
}

/** The official LKE workbook of PermenPANRB 90/2021 (`../shared/reference`), as this platform fills it. */
export const LKE_TEMPLATE = {
  answerSheet: 'Jawaban',
  /** Column A holds each row's number: a shifted row is noticed when a workbook is read back. */
  rowIdColumn: 'A',
  weightColumn: 'H',
  layers: {
    [AnswerLayer.UNIT]: {
      summary: 'Unit',
      answer: 'K',
      answerHeader: 'Jawaban Unit',
      // The template has no value column for the unit's own answers: two are added after its last.
      value: 'W',
      percent: 'X',
      note: 'L',
    },
    [AnswerLayer.TPI]: {
      summary: 'TPI Unit',
      answer: 'O',
      answerHeader: 'Jawaban TPI',
      value: 'P',
      percent: 'Q',
      note: 'R',
    },
    [AnswerLayer.REVIEW]: {
      summary: 'TPI Itjen',
      answer: 'S',
      answerHeader: 'Jawaban TPI KESDM',
      value: 'T',
      percent: 'U',
      note: 'V',
    },
  } satisfies Record<AnswerLayer, LayerColumns>,
  /** The unit's evidence: file names, and the links that open them. */
  evidence: { names: 'M', links: 'N' },
  /** The columns the summaries were written to read for every layer (the TPI's). */
  summarySource: 'P',
  /** Label rows of the answer sheet that carry no value in the template, and the components they add. */
  totals: [
    { row: 195, components: ['A'] },
    { row: 203, components: ['B'] },
    { row: 204, components: ['A', 'B'] },
  ],
  /** Summary cells holding the unit's name and the predicate sought (`WBK`/`WBBM`). */
  unitNameCell: 'B1',
  targetCell: 'B2',
} as const;

/** The template file of a framework, or null when it has none. */
export function lkeTemplateFile(frameworkCode: string): string | null {
  // From src/ and from dist/ alike, apps/api is three folders up.
  const file = fileURLToPath(new URL(`../../../assets/lke-templates/${frameworkCode}.xlsx`, import.meta.url));
  return existsSync(file) ? file : null;
}
