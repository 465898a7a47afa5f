import type { EligibilityContext, Framework, Priority, RuleResult, ScoreReport } from '@zi/lke';
import { checkEligibility, whatToFixFirst } from '@zi/lke';
import { indonesianDate, indonesianScore } from '../../common/indonesian-format.js';
import { a4Document, drawQrCode, latin } from '../../common/pdf.js';
import { type Letterhead, letterhead, signature } from './official-page.pdf.js';

/** A question where the unit's answer and the TPI's earn different shares, with both answers. */
export interface AnswerDifference {
  code: string;
  unit: string;
  tpi: string;
  /** The TPI's ratio less the unit's (negative: the TPI gave less). */
  difference: number;
}

/** An issued report's number, day and verification code, and the page its QR opens. */
export interface LheIssue {
  number: string;
  issuedOn: string;
  verificationCode: string;
  verifyUrl: string;
  /** A revision: the report it replaces and why; absent for the first report. */
  revises?: { number: string; issuedOn: string; reason: string };
}

export interface ReportData {
  unitName: string;
  instansiName: string;
  /** What the instansi set for its Inspektorat's letterhead and Inspektur; null where it has not. */
  letterhead: Letterhead & { inspekturName: string | null; inspekturNip: string | null };
  /** Null: a draft, not issued. */
  issue: LheIssue | null;
  year: number;
  framework: Framework;
  unit: ScoreReport | null;
  tpi: ScoreReport | null;
  context: EligibilityContext;
  /** The TPI team, the lead first. */
  team: Array<{ name: string; lead: boolean }>;
  /** `YYYY-MM-DD` days in Indonesia; null while the step has not happened. */
  period: { submittedOn: string | null; evaluatedOn: string | null };
  notes: Array<{ code: string; note: string }>;
  returns: Array<{ code: string; reason: string }>;
  differences: AnswerDifference[];
}

/** Questions listed where unit and TPI differ most, and fixes listed first. */
const MOST_DIFFERENT = 15;
const FIRST_FIXES = 10;

/** x and width of each column of the score table; numbers are right-aligned. */
const COLUMNS = [
  { x: 50, width: 60 },
  { x: 112, width: 280 },
  { x: 395, width: 45 },
  { x: 445, width: 50 },
  { x: 497, width: 50 },
];

const weight = (value: number) => value.toLocaleString('id-ID');

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

function heading(document: PDFKit.PDFDocument, text: string): void {
  document.x = document.page.margins.left;
  document.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(latin(text));
  document.moveDown(0.2).font('Helvetica').fontSize(9.5);
}

const bullet = (document: PDFKit.PDFDocument, text: string) =>
  document.text(latin(`- ${text}`), { indent: 10 });

/** A rule's verdict in words: "memenuhi" or "belum memenuhi: kurang 0,61". */
function ruleSentence(rule: RuleResult): string {
  if (rule.kind === 'priorPredicate') return `${rule.label}: ${rule.passed ? 'ya' : 'belum'}`;
  const verdict = rule.passed ? 'memenuhi' : `belum memenuhi: kurang ${indonesianScore(rule.gap)}`;
  return `${rule.label}: nilai ${indonesianScore(rule.value)}, ${verdict}`;
}

/** Where findings on the results (surveys, performance) are listed: they belong to no change area. */
const RESULTS_AREA = 'Hasil (survei dan capaian kinerja)';

/** The area a question belongs to, by the framework's change areas; the results otherwise. */
function areaLabelOf(framework: Framework, code: string): string {
  const ancestors = framework.questions.get(code)?.ancestors.map((group) => group.code) ?? [];
  return (
    framework.areas.find((area) => area.nodes.some((node) => ancestors.includes(node)))?.label ?? RESULTS_AREA
  );
}

const questionText = (framework: Framework, code: string) =>
  (framework.questions.get(code)?.node.text ?? code).trim().slice(0, 140);

/** The recommendations listed under each change area: its fixes worth the most points. */
const AREA_RECOMMENDATIONS = 3;

/** A fix as a recommendation: what to improve, and the points it is worth. */
const fixLine = (data: ReportData, fix: Priority) =>
  `${fix.code} ${questionText(data.framework, fix.code)}: dapat menambah ${indonesianScore(fix.gain)} poin${fix.helps.length > 0 ? ' (membantu syarat yang belum terpenuhi)' : ''}`;

/**
 * Findings and recommendations per change area: the TPI's notes, the questions it returned and
 * the biggest differences between unit and TPI; then the area's fixes worth the most points.
 */
function findings(document: PDFKit.PDFDocument, data: ReportData, fixes: readonly Priority[]): void {
  const byArea = new Map<string, string[]>();
  const add = (code: string, line: string) => {
    const area = areaLabelOf(data.framework, code);
    byArea.set(area, [...(byArea.get(area) ?? []), line]);
  };
  for (const { code, note } of data.notes)
    add(code, `${code} ${questionText(data.framework, code)}: ${note}`);
  for (const { code, reason } of data.returns)
    add(code, `${code} dikembalikan kepada unit untuk diperbaiki: ${reason}`);
  const differences = [...data.differences]
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.code.localeCompare(b.code))
    .slice(0, MOST_DIFFERENT);
  for (const item of differences) {
    add(
      item.code,
      `${item.code} ${questionText(data.framework, item.code)}: jawaban unit ${item.unit}, hasil TPI ${item.tpi} (selisih ${indonesianScore(Math.abs(item.difference))})`,
    );
  }
  if (data.differences.length > 0) {
    document.text(
      latin(
        `Jawaban unit dan hasil TPI berbeda pada ${data.differences.length} pertanyaan` +
          (data.differences.length > MOST_DIFFERENT
            ? `; ${MOST_DIFFERENT} dengan selisih terbesar dicantumkan.`
            : '.'),
      ),
    );
  }
  if (byArea.size === 0) document.text('TPI tidak mencatat temuan, dan jawaban unit sama dengan hasil TPI.');
  const recommended = new Map<string, string[]>();
  for (const fix of fixes) {
    const area = areaLabelOf(data.framework, fix.code);
    const lines = recommended.get(area) ?? [];
    if (lines.length < AREA_RECOMMENDATIONS) recommended.set(area, [...lines, fixLine(data, fix)]);
  }
  const areaOrder = [...data.framework.areas.map((area) => area.label), RESULTS_AREA];
  for (const area of areaOrder) {
    const lines = byArea.get(area) ?? [];
    const advice = recommended.get(area) ?? [];
    if (lines.length === 0 && advice.length === 0) continue;
    document.moveDown(0.3).font('Helvetica-Bold').text(latin(area)).font('Helvetica');
    if (lines.length > 0) document.text('Temuan:');
    for (const line of lines) bullet(document, line);
    if (advice.length > 0) document.text('Rekomendasi:');
    for (const line of advice) bullet(document, line);
  }
}

/** What to fix first across the worksheet: the points each fix is worth. */
function priorities(document: PDFKit.PDFDocument, data: ReportData, fixes: readonly Priority[]) {
  if (fixes.length === 0) {
    document.text('Semua pertanyaan telah memperoleh nilai penuh.');
    return;
  }
  for (const fix of fixes.slice(0, FIRST_FIXES)) bullet(document, fixLine(data, fix));
}

function signatures(document: PDFKit.PDFDocument, data: ReportData): void {
  if (document.y > document.page.height - document.page.margins.bottom - 190) document.addPage();
  const lead = data.team.find((member) => member.lead) ?? data.team[0];
  const top = document.y + 16;
  const left = document.page.margins.left;
  const right = document.page.width / 2 + 20;
  const day = data.issue?.issuedOn ?? data.period.evaluatedOn;
  const { inspekturName, inspekturNip } = data.letterhead;
  document.font('Helvetica').fontSize(9.5);
  document.text(latin(`Ditetapkan, ${day ? indonesianDate(day) : '....................'}`), right, top);
  signature(document, { x: right, y: top + 14 }, 'Inspektur,', { name: inspekturName, nip: inspekturNip });
  signature(document, { x: left, y: top + 14 }, 'Ketua Tim Penilai Internal,', {
    name: lead?.name ?? null,
    nip: null,
  });
  const below = top + 112;
  if (data.issue) {
    drawQrCode(document, data.issue.verifyUrl, left, below, 64);
    document.font('Helvetica').fontSize(8);
    document.text(`Kode verifikasi: ${data.issue.verificationCode}`, left + 74, below + 8);
    document.text(latin(`Periksa keaslian laporan ini di ${data.issue.verifyUrl}`), left + 74, below + 22, {
      width: 380,
    });
  }
  document.x = left;
  document.y = below + 70;
}

/**
 * The evaluation report (LHE) in the form an Inspektorat issues it, in Indonesian: letterhead,
 * title, the evaluation's basis, scope, method, period and team; the scores per component and area
 * with the unit's self-assessment beside the TPI's; eligibility rule by rule in words; findings
 * and recommendations per change area; what to fix first; the signature block. A4, standard fonts.
 */
export function lhePdf(data: ReportData): Promise<Buffer> {
  const { document, bytes } = a4Document(`LHE ${data.unitName} ${data.year}`);
  letterhead(document, data.instansiName, data.letterhead);
  document.font('Helvetica-Bold').fontSize(12).text('LAPORAN HASIL EVALUASI', { align: 'center' });
  document.text(`PEMBANGUNAN ZONA INTEGRITAS TAHUN ${data.year}`, { align: 'center' });
  document.font('Helvetica').fontSize(10).text(latin(data.unitName), { align: 'center' });
  const reportNumber = data.issue?.number ?? '..............................';
  document
    .moveDown(0.3)
    .fontSize(9.5)
    .text(latin(`Nomor: ${reportNumber}`), { align: 'center' });
  const revises = data.issue?.revises;
  if (revises) {
    document.text(
      latin(
        `Revisi atas LHE Nomor ${revises.number} tanggal ${indonesianDate(revises.issuedOn)}, yang dengan ini dinyatakan tidak berlaku. Alasan revisi: ${revises.reason}`,
      ),
      { align: 'center' },
    );
  }
  if (!data.issue) {
    document
      .font('Helvetica-Bold')
      .text(data.tpi ? 'DRAF: belum diterbitkan.' : 'DRAF: penilaian TPI belum selesai.', { align: 'center' })
      .font('Helvetica');
  }

  heading(document, 'I. Pendahuluan');
  document.text(latin(`Dasar: ${data.framework.regulation}.`));
  document.text(
    latin(
      `Ruang lingkup: evaluasi atas Lembar Kerja Evaluasi (LKE) ${data.unitName}, ${data.instansiName}, tahun ${data.year}, menuju predikat WBK/WBBM.`,
    ),
  );
  document.text(
    'Metode: penilaian mandiri oleh unit kerja, kemudian reviu dokumen dan bukti dukung setiap jawaban oleh Tim Penilai Internal (TPI).',
  );
  const { submittedOn, evaluatedOn } = data.period;
  const from = submittedOn ? indonesianDate(submittedOn) : 'tidak tercatat';
  const to = evaluatedOn ? indonesianDate(evaluatedOn) : 'belum selesai';
  document.text(
    submittedOn || evaluatedOn
      ? `Periode evaluasi: ${from} sampai ${to}.`
      : 'Periode evaluasi: tidak tercatat di platform.',
  );
  document.text('Tim Penilai Internal:');
  if (data.team.length === 0) bullet(document, 'belum ditugaskan');
  for (const member of data.team)
    bullet(document, `${member.name} (${member.lead ? 'Ketua Tim' : 'Anggota'})`);

  heading(document, 'II. Nilai per komponen dan area');
  const rows = [...data.framework.groups.values()].filter((group) => group.level !== 'subArea');
  tableRow(document, ['Kode', 'Uraian', 'Bobot', 'Unit', 'TPI'], true);
  for (const group of rows) {
    const unit = data.unit?.groups[group.code]?.score;
    const tpi = data.tpi?.groups[group.code]?.score;
    tableRow(
      document,
      [group.code, latin(group.title), weight(group.weight), indonesianScore(unit), indonesianScore(tpi)],
      group.level !== 'area',
    );
  }

  const scored = data.tpi ?? data.unit;
  const targets = scored ? checkEligibility(data.framework, scored, data.context) : [];
  // What to fix first, from the TPI's result (the unit's before it): by area, then across the worksheet.
  const fixes = scored ? whatToFixFirst(data.framework, scored, targets) : [];
  heading(document, `III. Pemenuhan syarat (${data.tpi ? 'hasil TPI' : 'penilaian mandiri unit'})`);
  for (const target of targets) {
    document
      .font('Helvetica-Bold')
      .text(latin(`${target.label}: ${target.eligible ? 'memenuhi syarat' : 'belum memenuhi syarat'}`))
      .font('Helvetica');
    for (const rule of target.rules) bullet(document, ruleSentence(rule));
  }

  heading(document, 'IV. Temuan dan rekomendasi per area perubahan');
  findings(document, data, fixes);

  heading(document, 'V. Prioritas perbaikan');
  priorities(document, data, fixes);

  heading(document, 'VI. Penutup');
  document.text(
    'Demikian laporan hasil evaluasi ini disusun untuk menjadi bahan perbaikan unit kerja dan pertimbangan pengusulan predikat.',
  );
  signatures(document, data);
  document.end();
  return bytes;
}
