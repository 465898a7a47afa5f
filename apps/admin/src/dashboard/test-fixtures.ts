import type { ChangeArea, RuleMeasure } from '@zi/schema/admin';
import type {
  GapRow,
  HeatmapRow,
  IncompleteRow,
  Overview,
  RiskRow,
  RiskRule,
  Trend,
} from './dashboard-types';

const unit = (id: string, name: string, assessmentId: string | null = null) => ({
  id,
  name,
  assessment: assessmentId ? { id: assessmentId } : null,
});

const areas = (percents: readonly number[]) =>
  (
    [
      'CHANGE_MANAGEMENT',
      'BUSINESS_PROCESS',
      'HUMAN_RESOURCES',
      'ACCOUNTABILITY',
      'SUPERVISION',
      'PUBLIC_SERVICE',
    ] as const
  ).map((area, index) => ({ area, percent: percents[index] ?? 0 }));

/** Counts shaped like the demo province's answer, small enough to check by hand. */
export const OVERVIEW: Overview = {
  year: 2026,
  funnel: [
    { stage: 'NOT_STARTED', units: 228 },
    { stage: 'DECLARED', units: 0 },
    { stage: 'BUILDING', units: 6 },
    { stage: 'SELF_ASSESSED', units: 4 },
    { stage: 'TPI_EVALUATED', units: 4 },
    { stage: 'PROPOSED', units: 3 },
    { stage: 'WBK', units: 3 },
    { stage: 'WBBM', units: 2 },
    { stage: 'NOT_AWARDED', units: 2 },
    { stage: 'REVOKED', units: 1 },
  ],
  // An upgraded unit holds WBBM; the revoked one still holds its WBK.
  predicates: [
    { predicate: 'WBBM', units: 2 },
    { predicate: 'WBK', units: 4 },
  ],
  followUps: { open: 9, overdue: 7, done: 6, verified: 14 },
  coaching: {
    zoneUnits: 25,
    coached: 24,
    neverCoached: [{ id: 'u-biro', name: 'Biro Pengadaan Barang dan Jasa' }],
  },
  latePlanItems: 7,
};

export const HEATMAP: HeatmapRow[] = [
  {
    year: 2026,
    evaluated: true,
    total: 90.68,
    answered: 113,
    questions: 113,
    unit: unit('u-bapenda', 'Badan Pendapatan Daerah', 'a-bapenda'),
    areas: areas([92.2, 91.7, 81.6, 91.4, 89.7, 89.4]),
  },
  {
    year: 2026,
    evaluated: false,
    total: 12.71,
    answered: 113,
    questions: 113,
    unit: unit('u-smk', 'SMK Negeri 1 Bukit Hijau', 'a-smk'),
    areas: areas([41.8, 37.5, 39.9, 27.5, 0, 0]),
  },
  {
    year: 2023,
    evaluated: true,
    total: 79.02,
    answered: 113,
    questions: 113,
    unit: unit('u-samsat', 'UPT Samsat Bukit Hijau'),
    areas: areas([70.7, 69.3, 81.9, 68.7, 68.8, 68]),
  },
];

const gap = (unitName: string, area: ChangeArea, selfPercent: number, tpiPercent: number): GapRow => ({
  unit: unit(`u-${unitName}`, unitName, `a-${unitName}`),
  area,
  selfPercent,
  tpiPercent,
  selfAnswered: 113,
  tpiAnswered: 113,
  questions: 113,
  gap: Math.round((selfPercent - tpiPercent) * 100) / 100,
});

/** Largest first, as the API lists them. */
export const GAPS: GapRow[] = [
  gap('RSUD Provinsi', 'PUBLIC_SERVICE', 97.7, 79.2),
  gap('RSJ Sentosa', 'HUMAN_RESOURCES', 95.7, 81.3),
  gap('RSUD Provinsi', 'ACCOUNTABILITY', 97.9, 83.8),
  gap('RSJ Sentosa', 'PUBLIC_SERVICE', 90, 85),
  gap('RSJ Sentosa', 'SUPERVISION', 80, 80),
  gap('RSUD Provinsi', 'SUPERVISION', 70, 75),
];

const rule = (id: string, measure: RuleMeasure, label: string, value: number, threshold: number) => ({
  id,
  measure,
  label,
  value,
  threshold,
  gap: Math.round((threshold - value) * 100) / 100,
});

export const RISKS: RiskRow[] = [
  {
    target: 'WBK',
    total: 12.71,
    answered: 113,
    questions: 113,
    unit: unit('u-smk', 'SMK Negeri 1 Bukit Hijau', 'a-smk'),
    rules: 12,
    failing: [
      rule('total', 'POINTS', 'Nilai total ≥ 75', 12.71, 75),
      rule('area1', 'PERCENT_OF_WEIGHT', 'Manajemen Perubahan (pemenuhan + reform) ≥ 60%', 41.8, 60),
    ],
  },
  {
    target: 'WBBM',
    total: 80.5,
    answered: 110,
    questions: 113,
    unit: unit('u-blk', 'Balai Latihan Kerja', 'a-blk'),
    rules: 13,
    failing: [
      rule('total', 'POINTS', 'Nilai total ≥ 85', 80.5, 85),
      rule('priorPredicate', 'PREDICATE', 'Sudah berpredikat Menuju WBK', 0, 1),
    ],
  },
  {
    target: 'WBK',
    total: 78.36,
    answered: 113,
    questions: 113,
    unit: unit('u-samsat', 'UPT Samsat Harapan'),
    rules: 12,
    failing: [
      rule('ipak', 'POINTS', 'Survei persepsi anti korupsi (IPAK) ≥ 15.75 (dari 17,5)', 15.45, 15.75),
    ],
  },
];

/** The rules failed by every unit at risk, as the API counts them: more units than the RISKS listed. */
export const RISK_RULES: RiskRule[] = [
  { target: 'WBK', id: 'area1', label: 'Manajemen Perubahan (pemenuhan + reform) ≥ 60%', units: 41 },
  { target: 'WBK', id: 'total', label: 'Nilai total ≥ 75', units: 12 },
  { target: 'WBBM', id: 'total', label: 'Nilai total ≥ 85', units: 5 },
  { target: 'WBBM', id: 'priorPredicate', label: 'Sudah berpredikat Menuju WBK', units: 1 },
  { target: 'WBK', id: 'ipak', label: 'Survei persepsi anti korupsi (IPAK) ≥ 15.75 (dari 17,5)', units: 1 },
];

/** Least answered first, as the API lists them. */
export const INCOMPLETE: IncompleteRow[] = [
  {
    year: 2026,
    layer: 'UNIT',
    total: 3,
    answered: 3,
    questions: 113,
    unit: unit('u-rsud', 'RSUD Provinsi Nusa Harapan', 'a-rsud'),
  },
  {
    year: 2026,
    layer: 'TPI',
    total: 1.5,
    answered: 2,
    questions: 113,
    unit: unit('u-dinkes', 'Dinas Kesehatan', 'a-dinkes'),
  },
];

const judgements = (notStarted: number, behind: number, onTrack: number, ahead: number) => [
  { judgement: 'NOT_STARTED' as const, count: notStarted },
  { judgement: 'BEHIND' as const, count: behind },
  { judgement: 'ON_TRACK' as const, count: onTrack },
  { judgement: 'AHEAD' as const, count: ahead },
];

export const TRENDS: Trend[] = [
  {
    year: 2026,
    quarter: 1,
    findings: 8,
    followUpsOpen: 0,
    followUpsVerified: 8,
    judgements: judgements(21, 55, 69, 5),
  },
  {
    year: 2026,
    quarter: 2,
    findings: 7,
    followUpsOpen: 3,
    followUpsVerified: 4,
    judgements: [{ judgement: 'ON_TRACK', count: 80 }],
  },
];
