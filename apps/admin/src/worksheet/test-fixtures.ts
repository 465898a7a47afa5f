import type { WorksheetFrameworkFragment, WorksheetLayerFragment } from '@zi/schema/admin';
import type { LkeGroup, LkeQuestion, RuleResult, TargetEligibility } from './types';

const group = (code: string, parentCode: string | null, title: string, weight: number): LkeGroup => ({
  code,
  parentCode,
  title,
  weight,
});

const choice = (code: string, groupCode: string, text: string): LkeQuestion => ({
  code,
  groupCode,
  text,
  criteria: 'a. Jika seluruhnya b. Jika sebagian c. Jika tidak ada',
  options: [
    { value: 'a', label: 'A', criteria: 'Jika seluruhnya' },
    { value: 'b', label: 'B', criteria: 'Jika sebagian' },
    { value: 'c', label: 'C', criteria: 'Jika tidak ada' },
  ],
  range: null,
  counts: [],
  formula: null,
});

const percent = (code: string, groupCode: string, text: string): LkeQuestion => ({
  code,
  groupCode,
  text,
  criteria: null,
  options: [],
  range: { min: 0, max: 100 },
  counts: [
    { code: `${code}.n1`, text: 'Jumlah yang harus melaporkan' },
    { code: `${code}.n2`, text: 'Jumlah yang sudah melaporkan' },
  ],
  formula: 'sudah melaporkan ÷ wajib melaporkan',
});

/** A slice of PermenPANRB 90/2021's worksheet: one Pemenuhan area, the nested LHKPN sub-areas, IPAK. */
export const framework: Pick<WorksheetFrameworkFragment, 'groups' | 'questions'> = {
  groups: [
    group('ZI', null, 'Nilai Evaluasi Zona Integritas', 100),
    group('A', 'ZI', 'PENGUNGKIT', 60),
    group('A.I', 'A', 'PEMENUHAN', 30),
    group('A.I.1', 'A.I', 'MANAJEMEN PERUBAHAN', 4),
    group('A.I.1.i', 'A.I.1', 'Penyusunan Tim Kerja', 0.5),
    group('A.II', 'A', 'REFORM', 30),
    group('A.II.5', 'A.II', 'PENGUATAN PENGAWASAN', 7.5),
    group('A.II.5.iii', 'A.II.5', 'Penyampaian Laporan Harta Kekayaan', 2),
    group('A.II.5.iii.a', 'A.II.5.iii', 'Penyampaian LHKPN', 1),
    group('A.II.5.iii.b', 'A.II.5.iii', 'Penyampaian Non LHKPN', 1),
    group('B', 'ZI', 'HASIL', 40),
    group('B.I', 'B', 'BIROKRASI YANG BERSIH DAN AKUNTABEL', 22.5),
    group('B.I.a', 'B.I', 'Nilai Survey Persepsi Korupsi', 17.5),
  ],
  questions: [
    {
      ...choice('A.I.1.i.a', 'A.I.1.i', 'Unit kerja telah membentuk tim'),
      criteria: 'Ya, jika Tim telah dibentuk di dalam unit kerja.',
      options: [
        { value: 'ya', label: 'Ya', criteria: null },
        { value: 'tidak', label: 'Tidak', criteria: null },
      ],
    },
    choice('A.I.1.i.b', 'A.I.1.i', 'Penentuan anggota Tim dipilih melalui prosedur yang jelas'),
    percent('A.II.5.iii.a.1', 'A.II.5.iii.a', 'Persentase penyampaian LHKPN'),
    percent('A.II.5.iii.b.1', 'A.II.5.iii.b', 'Persentase penyampaian Non LHKPN'),
    {
      ...choice('B.I.a.1', 'B.I.a', 'Nilai Survey Persepsi Korupsi'),
      criteria: 'Diisi dengan nilai hasil survei eksternal',
      options: [],
      range: { min: 0, max: 4 },
    },
  ],
};

export const question = (code: string): LkeQuestion => {
  const found = framework.questions.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no question ${code} in the fixture`);
  return found;
};

const groupScore = (code: string, weight: number, score: number, notApplicable = false) => ({
  code,
  weight,
  score,
  percent: (score / weight) * 100,
  answered: 1,
  questions: 1,
  notApplicable,
});

const answer = (code: string, option: string | null, number: number | null, note: string | null = null) => ({
  code,
  option,
  number,
  note,
  version: 1,
  updatedAt: '2026-03-02T03:15:00.000Z',
  author: null,
});

/** The unit's answers: B, a note, LHKPN counts 6/5, nothing to report for non-LHKPN, IPAK 3.6. */
export const layer: Pick<WorksheetLayerFragment, 'answers' | 'score' | 'evidence'> = {
  answers: [
    answer('A.I.1.i.a', 'ya', null),
    answer('A.I.1.i.b', 'b', null, 'SK tim belum mencakup seluruh bidang'),
    answer('A.II.5.iii.a.1.n1', null, 6),
    answer('A.II.5.iii.a.1.n2', null, 5, 'Dua pejabat baru dilantik'),
    answer('A.II.5.iii.b.1.n1', null, 0),
    answer('A.II.5.iii.b.1.n2', null, 0),
    answer('B.I.a.1', null, 3.6),
  ],
  evidence: [
    {
      id: '0f6c1b2e-5d1f-4d8b-9a57-3b1c8e2f4a10',
      code: 'A.I.1.i.a',
      name: 'SK Tim Kerja ZI 2026.pdf',
      url: null,
      downloadUrl: '/admin/evidence/0f6c1b2e-5d1f-4d8b-9a57-3b1c8e2f4a10',
      createdAt: '2026-03-02T03:20:00.000Z',
    },
    {
      id: '6a2d7c3f-1e4b-4c9a-8f0d-2b5e9c7a1d33',
      code: 'A.I.1.i.a',
      name: 'Notulen rapat pembentukan tim',
      url: 'https://drive.example.go.id/notulen',
      downloadUrl: null,
      createdAt: '2026-03-03T01:00:00.000Z',
    },
  ],
  score: {
    total: 87.1234,
    answered: 5,
    questions: 5,
    groups: [
      groupScore('A.I.1.i', 0.5, 0.375),
      groupScore('A.II.5.iii', 2, 1.8333333333),
      groupScore('A.II.5.iii.a', 1, 0.8333333333),
      groupScore('A.II.5.iii.b', 1, 1, true),
      groupScore('B.I.a', 17.5, 15.75),
    ],
    questionScores: [
      { code: 'A.I.1.i.a', status: 'ANSWERED', ratio: 1, percent: null, zeroDenominator: null },
      { code: 'A.I.1.i.b', status: 'ANSWERED', ratio: 0.5, percent: null, zeroDenominator: null },
      {
        code: 'A.II.5.iii.a.1',
        status: 'ANSWERED',
        ratio: 0.8333333333,
        percent: 83.3333333333,
        zeroDenominator: null,
      },
      { code: 'A.II.5.iii.b.1', status: 'NOT_APPLICABLE', ratio: null, percent: null, zeroDenominator: null },
      { code: 'B.I.a.1', status: 'ANSWERED', ratio: 0.9, percent: null, zeroDenominator: null },
    ],
  },
};

const MEASURES: Record<string, RuleResult['measure']> = {
  area5: 'PERCENT_OF_WEIGHT',
  priorPredicate: 'PREDICATE',
};

const rule = (id: string, label: string, value: number, threshold: number) => ({
  id,
  measure: MEASURES[id] ?? 'POINTS',
  label,
  value,
  threshold,
  passed: value >= threshold,
  gap: value >= threshold ? 0 : threshold - value,
});

export const eligibility: TargetEligibility[] = [
  {
    target: 'WBK',
    label: 'Menuju WBK',
    eligible: false,
    rules: [
      rule('total', 'Nilai total ≥ 75', 73.3333333333, 75),
      rule('area5', 'Penguatan Pengawasan (pemenuhan + reform) ≥ 60%', 62.5, 60),
    ],
  },
  {
    target: 'WBBM',
    label: 'Menuju WBBM',
    eligible: false,
    rules: [
      rule('total', 'Nilai total ≥ 85', 73.3333333333, 85),
      rule('area5', 'Penguatan Pengawasan (pemenuhan + reform) ≥ 75%', 62.5, 75),
      rule('priorPredicate', 'Sudah berpredikat Menuju WBK', 0, 1),
    ],
  },
];
