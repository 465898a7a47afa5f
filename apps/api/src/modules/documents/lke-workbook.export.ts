import type { Framework, QuestionEntry, TargetId } from '@zi/lke';
import ExcelJS from 'exceljs';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { layerFormulas } from './lke-workbook.formulas.js';
import { type LayerColumns, LKE_TEMPLATE } from './lke-workbook.layout.js';

/** A layer's answers by question or count code. */
export type LayerAnswers = ReadonlyMap<string, { value: string | number | null; note: string | null }>;

/** One piece of the unit's evidence: its name and the link that opens it. */
export interface EvidenceLink {
  name: string;
  link: string;
}

export interface LkeWorkbookData {
  framework: Framework;
  unitName: string;
  /** The predicate the unit is assessed for, as the summaries' verdicts read it. */
  target: TargetId;
  layers: Readonly<Record<AnswerLayer, LayerAnswers>>;
  evidence: ReadonlyMap<string, readonly EvidenceLink[]>;
}

/** Why a cell differs from the template, shown as the cell's note (decision 0049). */
const MARKS = {
  performanceVerdict:
    'Diperbaiki dari templat: bila nilai di bawah batas, rumus templat menulis "Lulus"; ' +
    'sesuai PermenPANRB 90/2021 di sini "Tidak Lulus".',
  summarySource: (column: string) =>
    `Diubah dari templat: templat membaca kolom P (nilai TPI Unit) pada setiap lembar ringkasan; ` +
    `lembar ini membaca kolom ${column} dari lembar Jawaban, nilai lapisannya sendiri.`,
  unitValues:
    'Ditambahkan pada templat: nilai dan persentase jawaban unit, dihitung seperti kolom P dan Q ' +
    'untuk jawaban TPI, dibaca oleh lembar Unit.',
} as const;

/** An answer as the sheet's drop-downs write it: "Ya"/"Tidak", a capital letter, or the number. */
export function answerLabel(entry: QuestionEntry | undefined, value: string | number): string | number {
  if (typeof value === 'number') return value;
  return entry?.answerType.options?.find((option) => option.value === value)?.label ?? value;
}

/**
 * The official LKE workbook (`assets/lke-templates`) filled with an assessment: every layer's
 * answers and notes, the unit's evidence, each question's and group's value as formulas the
 * spreadsheet recalculates, and the unit's name and target on every summary sheet. Everything else
 * is the template's own; the few cells that differ carry a note saying why.
 */
export async function exportLkeWorkbook(templateFile: string, data: LkeWorkbookData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templateFile);
  const sheet = workbook.getWorksheet(LKE_TEMPLATE.answerSheet);
  if (!sheet) throw new Error(`the template has no "${LKE_TEMPLATE.answerSheet}" sheet`);
  addUnitValueColumns(sheet);
  for (const layer of Object.values(AnswerLayer)) {
    const columns = LKE_TEMPLATE.layers[layer];
    writeAnswers(sheet, data.framework, columns, data.layers[layer]);
    for (const [address, formula] of layerFormulas(data.framework, columns)) {
      sheet.getCell(address).value = { formula } as ExcelJS.CellFormulaValue;
    }
    const summary = workbook.getWorksheet(columns.summary);
    if (summary) fillSummary(summary, columns, data);
  }
  writeEvidence(sheet, data.framework, data.evidence);
  // Nothing the template cached is true any more: Excel and LibreOffice recalculate on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The unit's value and percentage columns, styled as the TPI's beside its own answer's header. */
function addUnitValueColumns(sheet: ExcelJS.Worksheet): void {
  const unit = LKE_TEMPLATE.layers[AnswerLayer.UNIT];
  const tpi = LKE_TEMPLATE.layers[AnswerLayer.TPI];
  const pairs = [
    [unit.value, tpi.value, 'Nilai (Unit)'],
    [unit.percent, tpi.percent, ' % (Unit)'],
  ] as const;
  for (const [column, model, header] of pairs) {
    sheet.getColumn(column).width = sheet.getColumn(model).width;
    for (let row = 2; row <= sheet.rowCount; row += 1) {
      sheet.getCell(`${column}${row}`).style = sheet.getCell(`${model}${row}`).style;
    }
    const head = sheet.getCell(`${column}1`);
    head.style = sheet.getCell(`${unit.answer}1`).style;
    head.value = header;
    head.note = MARKS.unitValues;
  }
}

function writeAnswers(
  sheet: ExcelJS.Worksheet,
  framework: Framework,
  columns: LayerColumns,
  answers: LayerAnswers,
): void {
  for (const [code, { value, note }] of answers) {
    const entry = framework.questions.get(code);
    const node = entry?.node ?? framework.counts.get(code)?.node.counts?.find((count) => count.code === code);
    if (node?.sourceRow === undefined) continue;
    if (value !== null) sheet.getCell(`${columns.answer}${node.sourceRow}`).value = answerLabel(entry, value);
    if (note) sheet.getCell(`${columns.note}${node.sourceRow}`).value = note;
  }
}

/** Each question's evidence: names one per line, and the links in the same order. */
function writeEvidence(
  sheet: ExcelJS.Worksheet,
  framework: Framework,
  evidence: ReadonlyMap<string, readonly EvidenceLink[]>,
): void {
  for (const [code, items] of evidence) {
    const row = framework.questions.get(code)?.node.sourceRow;
    if (row === undefined || items.length === 0) continue;
    sheet.getCell(`${LKE_TEMPLATE.evidence.names}${row}`).value = items.map((item) => item.name).join('\n');
    const links = sheet.getCell(`${LKE_TEMPLATE.evidence.links}${row}`);
    const [only] = items;
    links.value =
      items.length === 1 && only
        ? { text: only.link, hyperlink: only.link }
        : items.map((item) => item.link).join('\n');
  }
}

/**
 * The unit's name and target, and every formula rewritten without the template's cached results:
 * reading this layer's value column, and with the performance verdict's "Lulus" fallback corrected.
 */
function fillSummary(summary: ExcelJS.Worksheet, columns: LayerColumns, data: LkeWorkbookData): void {
  summary.getCell(LKE_TEMPLATE.unitNameCell).value = data.unitName;
  summary.getCell(LKE_TEMPLATE.targetCell).value = data.target;
  const source = `${LKE_TEMPLATE.answerSheet}!${LKE_TEMPLATE.summarySource}`;
  summary.eachRow((row) => {
    row.eachCell((cell) => {
      const formula = cell.formula;
      if (!formula) return;
      let rewritten = formula.replaceAll(source, `${LKE_TEMPLATE.answerSheet}!${columns.value}`);
      if (rewritten !== formula) cell.note = MARKS.summarySource(columns.value);
      if (rewritten.endsWith(',"Lulus"))')) {
        rewritten = `${rewritten.slice(0, -'"Lulus"))'.length)}"Tidak Lulus"))`;
        cell.note = MARKS.performanceVerdict;
      }
      cell.value = { formula: rewritten } as ExcelJS.CellFormulaValue;
    });
  });
}
