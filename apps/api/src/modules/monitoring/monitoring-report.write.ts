import ExcelJS from 'exceljs';
import { type DocumentLanguage, documentDate } from '../../common/document-language.js';
import { a4Document, latin } from '../../common/pdf.js';
import { ChangeArea } from './change-area.js';
import { FollowUpStatus } from './follow-up.entity.js';
import type { ReportUnit, RoundReport } from './monitoring-report.js';
import { MONITORING_WORDS } from './monitoring-report.words.js';

const AREAS = Object.values(ChangeArea);

export const titleOf = (report: RoundReport, language: DocumentLanguage) =>
  MONITORING_WORDS[language].title(report.quarter, report.year);

function totals(unit: ReportUnit) {
  const followUps = unit.findings.flatMap((finding) => finding.recommendations.flatMap((r) => r.followUps));
  return {
    findings: unit.findings.length,
    open: followUps.filter((f) => f.status !== FollowUpStatus.VERIFIED).length,
    overdue: followUps.filter((f) => f.overdue).length,
    verified: followUps.filter((f) => f.status === FollowUpStatus.VERIFIED).length,
  };
}

/** A day as a date cell, so that a spreadsheet sorts and formats it as a date. */
const dayCell = (day: string) => new Date(`${day}T00:00:00Z`);

/** The round for the ekspose, as a workbook: a summary per unit, and every finding to its follow-ups. */
export async function roundReportXlsx(report: RoundReport, language: DocumentLanguage): Promise<Buffer> {
  const words = MONITORING_WORDS[language];
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet(words.summarySheet);
  summary.addRow([titleOf(report, language)]).font = { bold: true, size: 13 };
  summary.addRow([report.instansiName]);
  summary.addRow([]);
  const header = summary.addRow([
    words.unit,
    ...AREAS.map((area) => words.areas[area]),
    words.findings,
    words.openFollowUps,
    words.overdue,
    words.verified,
  ]);
  header.font = { bold: true };
  for (const unit of report.units) {
    const counts = totals(unit);
    summary.addRow([
      unit.name,
      ...AREAS.map((area) => {
        const progress = unit.progress[area];
        return progress ? words.judgements[progress.judgement] : '';
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

  const details = workbook.addWorksheet(words.findingsSheet);
  details.addRow([
    words.unit,
    words.area,
    words.finding,
    words.recommendation,
    words.followUp,
    words.owner,
    words.due,
    words.status,
    words.overdue,
    words.unitResponse,
  ]).font = { bold: true };
  for (const unit of report.units) {
    for (const finding of unit.findings) {
      for (const recommendation of finding.recommendations) {
        for (const followUp of recommendation.followUps) {
          details.addRow([
            unit.name,
            finding.area ? words.areas[finding.area] : '',
            finding.description,
            recommendation.description,
            followUp.description,
            followUp.ownerName,
            dayCell(followUp.dueOn),
            words.statuses[followUp.status],
            followUp.overdue ? words.yes : '',
            followUp.response ?? '',
          ]);
        }
      }
    }
  }
  details.columns.forEach((column) => {
    column.width = 28;
  });
  details.getColumn(7).numFmt = 'd mmmm yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same round as a printable document: the summary, then each unit's findings. */
export function roundReportPdf(report: RoundReport, language: DocumentLanguage): Promise<Buffer> {
  const words = MONITORING_WORDS[language];
  const title = titleOf(report, language);
  const { document, bytes } = a4Document(title, language);
  document.font('Helvetica-Bold').fontSize(14).text(latin(title));
  document.font('Helvetica').fontSize(10).text(latin(report.instansiName));
  document.text(report.closed ? words.roundClosed : words.roundOpen);
  if (report.units.length === 0) document.moveDown().text(words.nothingYet);
  for (const unit of report.units) {
    const counts = totals(unit);
    document.moveDown().font('Helvetica-Bold').fontSize(12).text(latin(unit.name));
    document.font('Helvetica').fontSize(9);
    document.text(
      `${words.findings}: ${counts.findings}   ${words.openFollowUps}: ${counts.open}   ${words.overdue}: ${counts.overdue}   ${words.verified}: ${counts.verified}`,
    );
    for (const area of AREAS) {
      const progress = unit.progress[area];
      if (!progress) continue;
      const note = progress.note ? ` - ${progress.note}` : '';
      document.text(latin(`${words.areas[area]}: ${words.judgements[progress.judgement]}${note}`));
    }
    unit.findings.forEach((finding, index) => {
      const area = finding.area ? ` (${words.areas[finding.area]})` : '';
      document
        .moveDown(0.4)
        .font('Helvetica-Bold')
        .text(latin(`${words.finding} ${index + 1}${area}: ${finding.description}`));
      document.font('Helvetica');
      for (const recommendation of finding.recommendations) {
        document.text(latin(`  ${words.recommendation}: ${recommendation.description}`));
        for (const followUp of recommendation.followUps) {
          const line = words.followUpLine(
            followUp.description,
            followUp.ownerName,
            documentDate(language, followUp.dueOn),
            words.statuses[followUp.status],
            followUp.overdue,
          );
          document.text(latin(`    - ${line}`));
          if (followUp.response) document.text(latin(`      ${words.response}: ${followUp.response}`));
        }
      }
    });
  }
  document.end();
  return bytes;
}
