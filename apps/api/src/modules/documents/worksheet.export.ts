import type { Framework, GroupNode, GroupScore, QuestionEntry, QuestionNode, QuestionScore } from '@zi/lke';
import ExcelJS from 'exceljs';
import { COLUMNS } from './worksheet-layout.js';

export interface LayerData {
  answers: Map<string, { value: string | number | null; note: string | null }>;
  groups: Record<string, GroupScore> | null;
  questions: Record<string, QuestionScore> | null;
}

export interface WorksheetData {
  unitName: string;
  instansiName: string;
  year: number;
  status: string;
  framework: Framework;
  unit: LayerData;
  tpi: LayerData;
  evidence: Map<string, string[]>;
}

/** An option value as the sheet writes it: "Ya"/"Tidak", or the letter in capitals. */
export function answerText(
  entry: QuestionEntry | undefined,
  value: string | number | null | undefined,
): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return entry?.answerType.options?.find((option) => option.value === value)?.label ?? value;
}

function round(value: number | undefined | null): number | null {
  return value === undefined || value === null ? null : Math.round(value * 100) / 100;
}

/**
 * The assessment in the layout of the official worksheet: one row per node (group, question,
 * count input) with code, text, weight, criteria, the unit's answer, note and evidence, the TPI's
 * answer and note, and the score and percentage of the evaluated layer (the TPI's once it has
 * scored, the unit's before).
 */
export async function exportWorksheet(data: WorksheetData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zona Integritas';
  const sheet = workbook.addWorksheet('LKE');
  sheet.columns = COLUMNS.map(({ key, width }) => ({ key, width }));
  sheet.addRow([`Lembar Kerja Evaluasi Zona Integritas — ${data.framework.title}`]).font = {
    bold: true,
    size: 13,
  };
  sheet.addRow([`Unit kerja: ${data.unitName}`, `Instansi: ${data.instansiName}`]);
  sheet.addRow([
    `Tahun: ${data.year}`,
    `Status: ${data.status}`,
    '',
    `Kerangka: ${data.framework.regulation}`,
  ]);
  const header = sheet.addRow(COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];

  const scored = data.tpi.groups ? data.tpi : data.unit;
  const writeGroup = (group: GroupNode) => {
    const score = scored.groups?.[group.code];
    const row = sheet.addRow({
      code: group.code,
      text: group.title,
      weight: group.weight,
      score: round(score?.score),
      percent: round(score?.percent),
    });
    row.font = { bold: true };
    for (const child of group.children) {
      if (child.kind === 'group') writeGroup(child);
      else writeQuestion(child);
    }
  };
  const writeQuestion = (question: QuestionNode) => {
    const entry = data.framework.questions.get(question.code);
    const unit = data.unit.answers.get(question.code);
    const tpi = data.tpi.answers.get(question.code);
    const score = scored.questions?.[question.code];
    sheet.addRow({
      code: question.code,
      text: question.text,
      answerType: entry?.answerType.label,
      criteria: question.criteria ?? null,
      unitAnswer: answerText(entry, unit?.value),
      unitNote: unit?.note ?? null,
      evidence: (data.evidence.get(question.code) ?? []).join('\n') || null,
      tpiAnswer: answerText(entry, tpi?.value),
      percent: score?.ratio === null || score?.ratio === undefined ? null : round(score.ratio * 100),
      tpiNote: tpi?.note ?? null,
    }).alignment = { wrapText: true, vertical: 'top' };
    for (const count of question.counts ?? []) {
      sheet.addRow({
        code: count.code,
        text: `- ${count.text}`,
        answerType: 'Jumlah',
        unitAnswer: data.unit.answers.get(count.code)?.value ?? null,
        tpiAnswer: data.tpi.answers.get(count.code)?.value ?? null,
      });
    }
  };
  writeGroup(data.framework.tree);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
