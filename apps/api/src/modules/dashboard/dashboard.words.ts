import type { Wording } from '../../common/document-language.js';
import type { Section } from './dashboard.export.js';

/** The fixed columns of the dashboard's tables, by their Indonesian names (their key). */
export type ColumnKey =
  | 'tahap'
  | 'unit'
  | 'unit_kerja'
  | 'tahun'
  | 'hasil_tpi'
  | 'nilai_total'
  | 'terjawab'
  | 'jumlah_pertanyaan'
  | 'area'
  | 'mandiri_persen'
  | 'tpi_persen'
  | 'selisih'
  | 'mandiri_terjawab'
  | 'tpi_terjawab'
  | 'target'
  | 'syarat_belum_terpenuhi'
  | 'lapisan'
  | 'nilai_sementara'
  | 'triwulan'
  | 'temuan'
  | 'tl_terbuka'
  | 'tl_terverifikasi';

interface DashboardWords {
  titles: Readonly<Record<Section, string>>;
  /** Column headers, written as a dataset's names are (lower case, underscores). */
  columns: Readonly<Record<ColumnKey, string>>;
  yes: string;
  no: string;
  tpiLayer: string;
  selfLayer: string;
  /** A rule not met, and by how much: "Nilai total (kurang 0,61)". */
  ruleShort: (label: string, gap: string) => string;
}

/** What the dashboard's workbook and CSV files say, in each document language. */
export const DASHBOARD_WORDS: Wording<DashboardWords> = {
  id: {
    titles: {
      funnel: 'Tahapan',
      heatmap: 'Peta area',
      gaps: 'Selisih mandiri-TPI',
      risks: 'Unit berisiko',
      incomplete: 'Penilaian belum lengkap',
      trends: 'Tren triwulan',
      coaching: 'Belum didampingi',
    },
    columns: {
      tahap: 'tahap',
      unit: 'unit',
      unit_kerja: 'unit_kerja',
      tahun: 'tahun',
      hasil_tpi: 'hasil_tpi',
      nilai_total: 'nilai_total',
      terjawab: 'terjawab',
      jumlah_pertanyaan: 'jumlah_pertanyaan',
      area: 'area',
      mandiri_persen: 'mandiri_persen',
      tpi_persen: 'tpi_persen',
      selisih: 'selisih',
      mandiri_terjawab: 'mandiri_terjawab',
      tpi_terjawab: 'tpi_terjawab',
      target: 'target',
      syarat_belum_terpenuhi: 'syarat_belum_terpenuhi',
      lapisan: 'lapisan',
      nilai_sementara: 'nilai_sementara',
      triwulan: 'triwulan',
      temuan: 'temuan',
      tl_terbuka: 'tl_terbuka',
      tl_terverifikasi: 'tl_terverifikasi',
    },
    yes: 'ya',
    no: 'tidak',
    tpiLayer: 'tpi',
    selfLayer: 'mandiri',
    ruleShort: (label, gap) => `${label} (kurang ${gap})`,
  },
  en: {
    titles: {
      funnel: 'Stages',
      heatmap: 'Area map',
      gaps: 'Self vs TPI gap',
      risks: 'Units at risk',
      incomplete: 'Incomplete assessments',
      trends: 'Quarterly trend',
      coaching: 'Not yet coached',
    },
    columns: {
      tahap: 'stage',
      unit: 'units',
      unit_kerja: 'work_unit',
      tahun: 'year',
      hasil_tpi: 'tpi_result',
      nilai_total: 'total_score',
      terjawab: 'answered',
      jumlah_pertanyaan: 'questions',
      area: 'area',
      mandiri_persen: 'self_percent',
      tpi_persen: 'tpi_percent',
      selisih: 'gap',
      mandiri_terjawab: 'self_answered',
      tpi_terjawab: 'tpi_answered',
      target: 'target',
      syarat_belum_terpenuhi: 'rules_not_met',
      lapisan: 'layer',
      nilai_sementara: 'provisional_score',
      triwulan: 'quarter',
      temuan: 'findings',
      tl_terbuka: 'open_follow_ups',
      tl_terverifikasi: 'verified_follow_ups',
    },
    yes: 'yes',
    no: 'no',
    tpiLayer: 'tpi',
    selfLayer: 'self',
    ruleShort: (label, gap) => `${label} (short by ${gap})`,
  },
};
