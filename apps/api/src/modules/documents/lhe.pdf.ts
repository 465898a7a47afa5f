import type { EligibilityContext, Framework, GroupScore, ScoreReport } from '@zi/lke';
import { checkEligibility, round2 } from '@zi/lke';
import PDFDocument from 'pdfkit';

export interface ReportLayer {
  groups: Record<string, GroupScore>;
  report: ScoreReport;
}

export interface ReportData {
  unitName: string;
  instansiName: string;
  year: number;
  status: string;
  framework: Framework;
  unit: ReportLayer | null;
  tpi: ReportLayer | null;
  context: EligibilityContext;
  notes: Array<{ code: string; text: string; note: string }>;
  returns: Array<{ code: string; reason: string }>;
}

const number = (value: number | undefined) =>
  value === undefined ? '—' : round2(value).toLocaleString('id-ID');

/** The standard PDF fonts cover Latin-1 only; the thresholds' "≥" is written out. */
const latin = (text: string) => text.replaceAll('≥', '>=').replaceAll('—', '-').replaceAll('’', "'");

/**
 * The evaluation report (LHE): the unit, its scores per component, half and area (the unit's
 * self-assessment beside the TPI's), eligibility for WBK and WBBM with each rule's gap, the TPI's
 * notes and the questions returned for revision. A4, printable, no external fonts.
 */
export function lhePdf(data: ReportData): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: false,
    info: { Title: `LHE ${data.unitName} ${data.year}` },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));

  document.font('Helvetica-Bold').fontSize(15).text('Laporan Hasil Evaluasi (LHE) Zona Integritas');
  document.moveDown(0.3).font('Helvetica').fontSize(10);
  document.text(latin(`Unit kerja: ${data.unitName}`));
  document.text(latin(`Instansi: ${data.instansiName}`));
  document.text(`Tahun: ${data.year}    Status: ${data.status}`);
  document.text(latin(`Kerangka: ${data.framework.title} (${data.framework.regulation})`));

  document.moveDown().font('Helvetica-Bold').fontSize(12).text('Nilai per komponen dan area');
  document.font('Helvetica').fontSize(9);
  const rows = [...data.framework.groups.values()].filter((group) => group.level !== 'subArea');
  document.text(
    'Kode            Uraian                                                     Bobot    Unit     TPI',
  );
  for (const group of rows) {
    const unit = data.unit?.groups[group.code]?.score;
    const tpi = data.tpi?.groups[group.code]?.score;
    const title = latin(group.title).slice(0, 55).padEnd(57);
    document.text(
      `${group.code.padEnd(16)}${title}${String(group.weight).padStart(6)}  ${number(unit).padStart(7)}  ${number(tpi).padStart(7)}`,
    );
  }

  const scored = data.tpi ?? data.unit;
  document
    .moveDown()
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(`Kelayakan (${data.tpi ? 'hasil TPI' : 'penilaian mandiri'})`);
  document.font('Helvetica').fontSize(9);
  for (const target of scored ? checkEligibility(data.framework, scored.report, data.context) : []) {
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
  return done;
}
