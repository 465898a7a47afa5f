import type { EligibilityContext, Framework, ScoreReport } from '@zi/lke';
import { checkEligibility, round2 } from '@zi/lke';
import { a4Document, latin } from '../../common/pdf.js';

export interface ReportData {
  unitName: string;
  instansiName: string;
  year: number;
  status: string;
  framework: Framework;
  unit: ScoreReport | null;
  tpi: ScoreReport | null;
  context: EligibilityContext;
  notes: Array<{ code: string; text: string; note: string }>;
  returns: Array<{ code: string; reason: string }>;
}

/** x and width of each column of the score table; numbers are right-aligned. */
const COLUMNS = [
  { x: 50, width: 60 },
  { x: 112, width: 280 },
  { x: 395, width: 45 },
  { x: 445, width: 50 },
  { x: 497, width: 50 },
];

function tableRow(document: PDFKit.PDFDocument, cells: string[], bold: boolean): void {
  if (document.y > document.page.height - document.page.margins.bottom - 20) document.addPage();
  const y = document.y;
  document.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  cells.forEach((cell, index) => {
    const column = COLUMNS[index];
    if (column)
      document.text(cell, column.x, y, {
        width: column.width,
        align: index >= 2 ? 'right' : 'left',
        lineBreak: false,
      });
  });
  document.y = y + 13;
}

/** Scores with the sheet's two decimals, Indonesian style: 83,71. */
const number = (value: number | undefined) =>
  value === undefined
    ? '-'
    : round2(value).toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const weight = (value: number) => value.toLocaleString('id-ID');

/**
 * The evaluation report (LHE): the unit, its scores per component, half and area (the unit's
 * self-assessment beside the TPI's), eligibility for WBK and WBBM with each rule's gap, the TPI's
 * notes and the questions returned for revision. A4, printable, no external fonts.
 */
export function lhePdf(data: ReportData): Promise<Buffer> {
  const { document, bytes } = a4Document(`LHE ${data.unitName} ${data.year}`);

  document.font('Helvetica-Bold').fontSize(15).text('Laporan Hasil Evaluasi (LHE) Zona Integritas');
  document.moveDown(0.3).font('Helvetica').fontSize(10);
  document.text(latin(`Unit kerja: ${data.unitName}`));
  document.text(latin(`Instansi: ${data.instansiName}`));
  document.text(`Tahun: ${data.year}    Status: ${data.status}`);
  document.text(latin(`Kerangka: ${data.framework.title} (${data.framework.regulation})`));

  document.moveDown().font('Helvetica-Bold').fontSize(12).text('Nilai per komponen dan area');
  const rows = [...data.framework.groups.values()].filter((group) => group.level !== 'subArea');
  tableRow(document, ['Kode', 'Uraian', 'Bobot', 'Unit', 'TPI'], true);
  for (const group of rows) {
    const unit = data.unit?.groups[group.code]?.score;
    const tpi = data.tpi?.groups[group.code]?.score;
    const cells = [group.code, latin(group.title), weight(group.weight), number(unit), number(tpi)];
    tableRow(document, cells, group.level !== 'area');
  }
  document.x = document.page.margins.left;

  const scored = data.tpi ?? data.unit;
  document
    .moveDown()
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(`Kelayakan (${data.tpi ? 'hasil TPI' : 'penilaian mandiri'})`);
  document.font('Helvetica').fontSize(9);
  for (const target of scored ? checkEligibility(data.framework, scored, data.context) : []) {
    document
      .font('Helvetica-Bold')
      .text(`${target.label}: ${target.eligible ? 'MEMENUHI SYARAT' : 'BELUM MEMENUHI SYARAT'}`);
    document.font('Helvetica');
    for (const rule of target.rules) {
      const verdict = rule.passed ? 'memenuhi' : `kurang ${number(rule.gap)}`;
      document.text(latin(`  - ${rule.label}: ${number(rule.value)} (${verdict})`));
    }
  }

  document.moveDown().font('Helvetica-Bold').fontSize(12).text('Catatan dan rekomendasi TPI');
  document.font('Helvetica').fontSize(9);
  if (data.notes.length === 0 && data.returns.length === 0) document.text('Tidak ada catatan.');
  for (const item of data.notes)
    document.text(latin(`${item.code} — ${item.text.slice(0, 120)}: ${item.note}`));
  for (const item of data.returns)
    document.text(latin(`${item.code} — dikembalikan untuk perbaikan: ${item.reason}`));

  document.end();
  return bytes;
}
