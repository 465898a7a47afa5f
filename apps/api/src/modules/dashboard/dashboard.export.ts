import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { type CsvValue, toCsv } from '../../common/csv.js';
import type { DocumentLanguage } from '../../common/document-language.js';
import { indonesianScore } from '../../common/indonesian-format.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { ChangeArea } from '../monitoring/change-area.js';
import { ProgressJudgement } from '../monitoring/monitoring-progress.entity.js';
import { MONITORING_WORDS } from '../monitoring/monitoring-report.words.js';
import { stageWord } from '../stages/stage-words.js';
import type { DashboardService } from './dashboard.service.js';
import type { PortfolioDashboard } from './dashboard.types.js';
import { type ColumnKey, DASHBOARD_WORDS } from './dashboard.words.js';

export const SECTIONS = ['funnel', 'heatmap', 'gaps', 'risks', 'incomplete', 'trends', 'coaching'] as const;
export type Section = (typeof SECTIONS)[number];

/** A table as written: its headers in the reader's language, each row by those headers. */
export interface Table {
  title: string;
  columns: string[];
  rows: Array<Record<string, CsvValue>>;
}

/** A column: one of the fixed ones, a change area or a monitoring judgement (by its code). */
type Column = ColumnKey | ChangeArea | ProgressJudgement;

/** A table as built: rows by column key, before the reader's headers are put on. */
interface KeyedTable {
  columns: Column[];
  rows: Array<Partial<Record<Column, CsvValue>>>;
}

const AREAS = Object.values(ChangeArea);
const JUDGEMENTS = Object.values(ProgressJudgement);

/** Beside every score: how many of the worksheet's questions its layer answered (decision 0036). */
const COMPLETENESS: ColumnKey[] = ['terjawab', 'jumlah_pertanyaan'];

/**
 * The tables behind the dashboard's charts, for CSV and XLSX, in the reader's language (decision
 * 0052): sheet titles, headers and words; numbers keep the Indonesian style.
 */
export async function dashboardTables(
  service: DashboardService,
  dataSource: DataSource,
  dashboard: PortfolioDashboard,
  sections: readonly Section[],
  language: DocumentLanguage,
): Promise<Table[]> {
  const words = DASHBOARD_WORDS[language];
  const { areas, judgements } = MONITORING_WORDS[language];
  const [funnel, heatmap, gaps, risks, incomplete, trends, coaching] = await Promise.all([
    sections.includes('funnel') ? service.funnel(dashboard) : [],
    sections.includes('heatmap') ? service.heatmap(dashboard) : [],
    sections.includes('gaps') ? service.gaps(dashboard) : [],
    sections.includes('risks') ? service.risks(dashboard) : [],
    sections.includes('incomplete') ? service.incomplete(dashboard) : [],
    sections.includes('trends') ? service.trends(dashboard) : [],
    sections.includes('coaching') ? service.coaching(dashboard) : null,
  ]);
  const ids = [
    ...heatmap.map((row) => row.unitId),
    ...gaps.map((row) => row.unitId),
    ...risks.map((row) => row.unitId),
    ...incomplete.map((row) => row.unitId),
    ...(coaching?.neverCoachedIds ?? []),
  ];
  const names = new Map(
    (
      (await dataSource.query('SELECT id, name FROM unit WHERE id = ANY($1::uuid[])', [ids])) as Array<{
        id: string;
        name: string;
      }>
    ).map((unit) => [unit.id, unit.name]),
  );
  const name = (id: string) => names.get(id) ?? '';
  const tables: Record<Section, KeyedTable> = {
    funnel: {
      columns: ['tahap', 'unit'],
      rows: funnel.map((step) => ({ tahap: stageWord(language, step.stage), unit: step.units })),
    },
    heatmap: {
      columns: ['unit_kerja', 'tahun', 'hasil_tpi', 'nilai_total', ...COMPLETENESS, ...AREAS],
      rows: heatmap.map((row) => ({
        unit_kerja: name(row.unitId),
        tahun: row.year,
        hasil_tpi: row.evaluated ? words.yes : words.no,
        nilai_total: row.total,
        terjawab: row.answered,
        jumlah_pertanyaan: row.questions,
        ...Object.fromEntries(row.areas.map((area) => [area.area, area.percent])),
      })),
    },
    gaps: {
      columns: [
        'unit_kerja',
        'area',
        'mandiri_persen',
        'tpi_persen',
        'selisih',
        'mandiri_terjawab',
        'tpi_terjawab',
        'jumlah_pertanyaan',
      ],
      rows: gaps.map((row) => ({
        unit_kerja: name(row.unitId),
        area: areas[row.area],
        mandiri_persen: row.selfPercent,
        tpi_persen: row.tpiPercent,
        selisih: row.gap,
        mandiri_terjawab: row.selfAnswered,
        tpi_terjawab: row.tpiAnswered,
        jumlah_pertanyaan: row.questions,
      })),
    },
    risks: {
      columns: ['unit_kerja', 'target', 'nilai_total', ...COMPLETENESS, 'syarat_belum_terpenuhi'],
      rows: risks.map((row) => ({
        unit_kerja: name(row.unitId),
        target: row.target.toUpperCase(),
        nilai_total: row.total,
        terjawab: row.answered,
        jumlah_pertanyaan: row.questions,
        syarat_belum_terpenuhi: row.failing
          .map((rule) => words.ruleShort(rule.label, indonesianScore(rule.gap)))
          .join('; '),
      })),
    },
    incomplete: {
      columns: ['unit_kerja', 'tahun', 'lapisan', 'nilai_sementara', ...COMPLETENESS],
      rows: incomplete.map((row) => ({
        unit_kerja: name(row.unitId),
        tahun: row.year,
        lapisan: row.layer === AnswerLayer.TPI ? words.tpiLayer : words.selfLayer,
        nilai_sementara: row.total,
        terjawab: row.answered,
        jumlah_pertanyaan: row.questions,
      })),
    },
    trends: {
      columns: ['tahun', 'triwulan', ...JUDGEMENTS, 'temuan', 'tl_terbuka', 'tl_terverifikasi'],
      rows: trends.map((trend) => ({
        tahun: trend.year,
        triwulan: trend.quarter,
        ...Object.fromEntries(trend.judgements.map((j) => [j.judgement, j.count])),
        temuan: trend.findings,
        tl_terbuka: trend.followUpsOpen,
        tl_terverifikasi: trend.followUpsVerified,
      })),
    },
    coaching: {
      columns: ['unit_kerja'],
      rows: (coaching?.neverCoachedIds ?? []).map((id) => ({ unit_kerja: name(id) })),
    },
  };
  const header = (column: Column) =>
    (areas as Record<string, string>)[column] ??
    (judgements as Record<string, string>)[column] ??
    words.columns[column as ColumnKey];
  return sections.map((section) => {
    const { columns, rows } = tables[section];
    return {
      title: words.titles[section],
      columns: columns.map(header),
      rows: rows.map((row) =>
        Object.fromEntries(columns.map((column) => [header(column), row[column] ?? null])),
      ),
    };
  });
}

export const tableToCsv = (table: Table) => toCsv(table.columns, table.rows);

export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title);
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(table.columns.map((column) => row[column] ?? null));
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 44 : 16;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
