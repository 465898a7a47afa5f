import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { type CsvValue, toCsv } from '../../common/csv.js';
import { indonesianScore } from '../../common/indonesian-format.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { ChangeArea } from '../monitoring/change-area.js';
import { ProgressJudgement } from '../monitoring/monitoring-progress.entity.js';
import { MONITORING_WORDS } from '../monitoring/monitoring-report.words.js';
import { stageWord } from '../stages/stage-words.js';
import type { DashboardService } from './dashboard.service.js';
import type { PortfolioDashboard } from './dashboard.types.js';

export const SECTIONS = ['funnel', 'heatmap', 'gaps', 'risks', 'incomplete', 'trends', 'coaching'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Table {
  title: string;
  columns: string[];
  rows: Array<Record<string, CsvValue>>;
}

const AREAS = Object.values(ChangeArea);

/** The tables are a dataset with Indonesian column names (their data dictionary), in Indonesian. */
const { areas: AREA_WORDS, judgements: JUDGEMENT_WORDS } = MONITORING_WORDS.id;

/** Beside every score: how many of the worksheet's questions its layer answered (decision 0036). */
const COMPLETENESS = ['terjawab', 'jumlah_pertanyaan'];

/** The tables behind the dashboard's charts, with Indonesian headers, for CSV and XLSX. */
export async function dashboardTables(
  service: DashboardService,
  dataSource: DataSource,
  dashboard: PortfolioDashboard,
  sections: readonly Section[],
): Promise<Table[]> {
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
  const tables: Record<Section, Table> = {
    funnel: {
      title: 'Tahapan',
      columns: ['tahap', 'unit'],
      rows: funnel.map((step) => ({ tahap: stageWord(step.stage), unit: step.units })),
    },
    heatmap: {
      title: 'Peta area',
      columns: [
        'unit_kerja',
        'tahun',
        'hasil_tpi',
        'nilai_total',
        ...COMPLETENESS,
        ...AREAS.map((area) => AREA_WORDS[area]),
      ],
      rows: heatmap.map((row) => ({
        unit_kerja: name(row.unitId),
        tahun: row.year,
        hasil_tpi: row.evaluated ? 'ya' : 'tidak',
        nilai_total: row.total,
        terjawab: row.answered,
        jumlah_pertanyaan: row.questions,
        ...Object.fromEntries(row.areas.map((area) => [AREA_WORDS[area.area], area.percent])),
      })),
    },
    gaps: {
      title: 'Selisih mandiri-TPI',
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
        area: AREA_WORDS[row.area],
        mandiri_persen: row.selfPercent,
        tpi_persen: row.tpiPercent,
        selisih: row.gap,
        mandiri_terjawab: row.selfAnswered,
        tpi_terjawab: row.tpiAnswered,
        jumlah_pertanyaan: row.questions,
      })),
    },
    risks: {
      title: 'Unit berisiko',
      columns: ['unit_kerja', 'target', 'nilai_total', ...COMPLETENESS, 'syarat_belum_terpenuhi'],
      rows: risks.map((row) => ({
        unit_kerja: name(row.unitId),
        target: row.target.toUpperCase(),
        nilai_total: row.total,
        terjawab: row.answered,
        jumlah_pertanyaan: row.questions,
        syarat_belum_terpenuhi: row.failing
          .map((rule) => `${rule.label} (kurang ${indonesianScore(rule.gap)})`)
          .join('; '),
      })),
    },
    incomplete: {
      title: 'Penilaian belum lengkap',
      columns: ['unit_kerja', 'tahun', 'lapisan', 'nilai_sementara', ...COMPLETENESS],
      rows: incomplete.map((row) => ({
        unit_kerja: name(row.unitId),
        tahun: row.year,
        lapisan: row.layer === AnswerLayer.TPI ? 'tpi' : 'mandiri',
        nilai_sementara: row.total,
        terjawab: row.answered,
        jumlah_pertanyaan: row.questions,
      })),
    },
    trends: {
      title: 'Tren triwulan',
      columns: [
        'tahun',
        'triwulan',
        ...Object.values(ProgressJudgement).map((j) => JUDGEMENT_WORDS[j]),
        'temuan',
        'tl_terbuka',
        'tl_terverifikasi',
      ],
      rows: trends.map((trend) => ({
        tahun: trend.year,
        triwulan: trend.quarter,
        ...Object.fromEntries(trend.judgements.map((j) => [JUDGEMENT_WORDS[j.judgement], j.count])),
        temuan: trend.findings,
        tl_terbuka: trend.followUpsOpen,
        tl_terverifikasi: trend.followUpsVerified,
      })),
    },
    coaching: {
      title: 'Belum didampingi',
      columns: ['unit_kerja'],
      rows: (coaching?.neverCoachedIds ?? []).map((id) => ({ unit_kerja: name(id) })),
    },
  };
  return sections.map((section) => tables[section]);
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
