import ExcelJS from 'exceljs';
import { a4Document, latin } from '../../common/pdf.js';
import { ChangeArea } from './change-area.js';
import { FollowUpStatus } from './follow-up.entity.js';
import {
  AREA_WORDS,
  JUDGEMENT_WORDS,
  type ReportUnit,
  type RoundReport,
  STATUS_WORDS,
} from './monitoring-report.js';

const AREAS = Object.values(ChangeArea);

export const titleOf = (report: RoundReport) =>
  `Monitoring dan Evaluasi Zona Integritas - Triwulan ${report.quarter} Tahun ${report.year}`;

function totals(unit: ReportUnit) {
  const followUps = unit.findings.flatMap((finding) => finding.recommendations.flatMap((r) => r.followUps));
  return {
    findings: unit.findings.length,
    open: followUps.filter((f) => f.status !== FollowUpStatus.VERIFIED).length,
    overdue: followUps.filter((f) => f.overdue).length,
    verified: followUps.filter((f) => f.status === FollowUpStatus.VERIFIED).length,
  };
}

/** The round for the ekspose, as a workbook: a summary per unit, and every finding to its follow-ups. */
export async function roundReportXlsx(report: RoundReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('Ringkasan');
  summary.addRow([titleOf(report)]).font = { bold: true, size: 13 };
  summary.addRow([report.instansiName]);
  summary.addRow([]);
  const header = summary.addRow([
    'Unit kerja',
    ...AREAS.map((area) => AREA_WORDS[area]),
    'Temuan',
    'Tindak lanjut terbuka',
    'Terlambat',
    'Terverifikasi',
  ]);
  header.font = { bold: true };
  for (const unit of report.units) {
    const counts = totals(unit);
    summary.addRow([
      unit.name,
      ...AREAS.map((area) => {
        const progress = unit.progress[area];
        return progress ? JUDGEMENT_WORDS[progress.judgement] : '';
      }),
      counts.findings,
      counts.open,
      counts.overdue,
      counts.verified,
    ]);
  }
  summary.columns.forEach((column, index) => {
    column.width = index === 0 ? 44 : 18;
  });

  const details = workbook.addWorksheet('Temuan');
  details.addRow([
    'Unit kerja',
    'Area',
    'Temuan',
    'Rekomendasi',
    'Tindak lanjut',
    'Penanggung jawab',
    'Tenggat',
    'Status',
    'Terlambat',
    'Tanggapan unit',
  ]).font = { bold: true };
  for (const unit of report.units) {
    for (const finding of unit.findings) {
      for (const recommendation of finding.recommendations) {
        for (const followUp of recommendation.followUps) {
          details.addRow([
            unit.name,
            finding.area ? AREA_WORDS[finding.area] : '',
            finding.description,
            recommendation.description,
            followUp.description,
            followUp.ownerName,
            followUp.dueOn,
            STATUS_WORDS[followUp.status],
            followUp.overdue ? 'ya' : '',
            followUp.response ?? '',
          ]);
        }
      }
    }
  }
  details.columns.forEach((column) => {
    column.width = 28;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same round as a printable document: the summary, then each unit's findings. */
export function roundReportPdf(report: RoundReport): Promise<Buffer> {
  const { document, bytes } = a4Document(titleOf(report));
  document
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(latin(titleOf(report)));
  document.font('Helvetica').fontSize(10).text(latin(report.instansiName));
  document.text(report.closed ? 'Putaran ditutup.' : 'Putaran masih berjalan.');
  if (report.units.length === 0) document.moveDown().text('Belum ada penilaian atau temuan.');
  for (const unit of report.units) {
    const counts = totals(unit);
    document.moveDown().font('Helvetica-Bold').fontSize(12).text(latin(unit.name));
    document.font('Helvetica').fontSize(9);
    document.text(
      `Temuan: ${counts.findings}   Tindak lanjut terbuka: ${counts.open}   Terlambat: ${counts.overdue}   Terverifikasi: ${counts.verified}`,
    );
    for (const area of AREAS) {
      const progress = unit.progress[area];
      if (!progress) continue;
      const note = progress.note ? ` - ${progress.note}` : '';
      document.text(latin(`${AREA_WORDS[area]}: ${JUDGEMENT_WORDS[progress.judgement]}${note}`));
    }
    unit.findings.forEach((finding, index) => {
      const area = finding.area ? ` (${AREA_WORDS[finding.area]})` : '';
      document
        .moveDown(0.4)
        .font('Helvetica-Bold')
        .text(latin(`Temuan ${index + 1}${area}: ${finding.description}`));
      document.font('Helvetica');
      for (const recommendation of finding.recommendations) {
        document.text(latin(`  Rekomendasi: ${recommendation.description}`));
        for (const followUp of recommendation.followUps) {
          const late = followUp.overdue ? ' - TERLAMBAT' : '';
          document.text(
            latin(
              `    - ${followUp.description} (${followUp.ownerName}, tenggat ${followUp.dueOn}): ${STATUS_WORDS[followUp.status]}${late}`,
            ),
          );
          if (followUp.response) document.text(latin(`      Tanggapan: ${followUp.response}`));
        }
      }
    });
  }
  document.end();
  return bytes;
}
