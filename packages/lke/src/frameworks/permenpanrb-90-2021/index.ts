import { STANDARD_ANSWER_TYPES } from '../../answer-types.js';
import type { AreaDefinition, FrameworkData, GroupNode, Rule, TargetId } from '../../framework.js';
import tree from './tree.json' with { type: 'json' };

/** The six change areas; each counts Pemenuhan and Reform together, as a share of their joint weight. */
const AREAS: AreaDefinition[] = [
  ['change_management', 'Manajemen Perubahan'],
  ['business_process', 'Penataan Tatalaksana'],
  ['human_resources', 'Penataan Sistem Manajemen SDM Aparatur'],
  ['accountability', 'Penguatan Akuntabilitas'],
  ['supervision', 'Penguatan Pengawasan'],
  ['public_service', 'Peningkatan Kualitas Pelayanan Publik'],
].map(([id, label], index) => ({
  id: id as string,
  label: label as string,
  nodes: [`A.I.${index + 1}`, `A.II.${index + 1}`],
}));

/** A threshold as the regulation writes it in a label: 18,25. */
const inIndonesian = (value: number) => value.toLocaleString('id-ID');

const areaRules = (minPercent: number): Rule[] =>
  AREAS.map((area, index) => ({
    id: `area${index + 1}`,
    label: `${area.label} (pemenuhan + reform) ≥ ${inIndonesian(minPercent)}%`,
    kind: 'minPercentOfWeight',
    nodes: area.nodes,
    min: minPercent,
  }));

interface Thresholds {
  total: number;
  pengungkit: number;
  areaPercent: number;
  bersihAkuntabel: number;
  ipak: number;
  performance: number;
  ipkp: number;
}

function rules(thresholds: Thresholds): Rule[] {
  return [
    {
      id: 'total',
      label: `Nilai total ≥ ${inIndonesian(thresholds.total)}`,
      kind: 'minScore',
      nodes: ['ZI'],
      min: thresholds.total,
    },
    {
      id: 'pengungkit',
      label: `Komponen pengungkit ≥ ${inIndonesian(thresholds.pengungkit)} (dari 60)`,
      kind: 'minScore',
      nodes: ['A'],
      min: thresholds.pengungkit,
    },
    ...areaRules(thresholds.areaPercent),
    {
      id: 'bersihAkuntabel',
      label: `Birokrasi bersih dan akuntabel ≥ ${inIndonesian(thresholds.bersihAkuntabel)} (dari 22,5)`,
      kind: 'minScore',
      nodes: ['B.I'],
      min: thresholds.bersihAkuntabel,
    },
    {
      id: 'ipak',
      label: `Survei persepsi anti korupsi (IPAK) ≥ ${inIndonesian(thresholds.ipak)} (dari 17,5)`,
      kind: 'minScore',
      nodes: ['B.I.a'],
      min: thresholds.ipak,
    },
    {
      id: 'performance',
      label: `Capaian kinerja lebih baik ≥ ${inIndonesian(thresholds.performance)} (dari 5)`,
      kind: 'minScore',
      nodes: ['B.I.b'],
      min: thresholds.performance,
    },
    {
      id: 'ipkp',
      label: `Survei persepsi kualitas pelayanan (IPKP) ≥ ${inIndonesian(thresholds.ipkp)} (dari 17,5)`,
      kind: 'minScore',
      nodes: ['B.II'],
      min: thresholds.ipkp,
    },
  ];
}

const prior = (requires: TargetId): Rule => ({
  id: 'priorPredicate',
  label: `Sudah berpredikat Menuju ${requires}`,
  kind: 'priorPredicate',
  requires,
});

/**
 * The LKE of PermenPANRB 90/2021 (as amended by 5/2024): the official tree (tree.json, imported
 * from the ministry's sheet), its count formulas and the thresholds of its evaluation formulas.
 */
export const permenpanrb90of2021: FrameworkData = {
  code: 'permenpanrb-90-2021',
  version: '2021.1',
  title: 'LKE Zona Integritas menuju WBK/WBBM',
  regulation: 'Peraturan Menteri PANRB Nomor 90 Tahun 2021 (diubah dengan Nomor 5 Tahun 2024)',
  answerTypes: STANDARD_ANSWER_TYPES,
  tree: tree as GroupNode,
  formulas: {
    'A.II.1.i.a': {
      numerator: { 'A.II.1.i.a.n2': 1 },
      denominator: { 'A.II.1.i.a.n1': 1 },
      description: 'perubahan yang dibuat ÷ agen perubahan',
      zeroDenominator: 'ZERO_SCORE',
      zeroDenominatorReason:
        "Agen perubahan adalah kerja unit sendiri: tanpa agen dan tanpa perubahan tidak ada yang dicapai. / Change agents are the unit's own work: none and no changes earns nothing.",
    },
    'A.II.1.i.b': {
      numerator: { 'A.II.1.i.b.n2': 1 },
      denominator: { 'A.II.1.i.b.n1': 1 },
      description: 'perubahan yang terintegrasi ÷ perubahan yang dibuat',
      zeroDenominator: 'ZERO_SCORE',
      zeroDenominatorReason:
        "Perubahan yang dibuat adalah kerja unit sendiri: tanpa perubahan tidak ada yang diintegrasikan. / Changes are the unit's own work: none means nothing integrated.",
      limits: [{ kind: 'atMost', parts: ['A.II.1.i.b.n2'], total: 'A.II.1.i.b.n1' }],
    },
    'A.II.3.iii.a': {
      numerator: { 'A.II.3.iii.a.n1': 1, 'A.II.3.iii.a.n2': -1 },
      denominator: { 'A.II.3.iii.a.n1': 1 },
      description: '(pelanggaran tahun sebelumnya − pelanggaran tahun ini) ÷ pelanggaran tahun sebelumnya',
      zeroDenominator: 'NOT_APPLICABLE',
      zeroDenominatorReason:
        'Tanpa pelanggaran tahun sebelumnya tidak ada yang perlu diturunkan; pelanggaran yang muncul dari nol tetap bernilai 0. / No violations last year leaves nothing to reduce; violations rising from zero still earn 0.',
    },
    'A.II.4.i.1': {
      numerator: { 'A.II.4.i.1.n2': 1 },
      denominator: { 'A.II.4.i.1.n1': 1 },
      description: 'sasaran tercapai ≥ 100% ÷ seluruh sasaran kinerja',
      zeroDenominator: 'ZERO_SCORE',
      zeroDenominatorReason:
        'Setiap unit wajib menetapkan sasaran kinerja (SAKIP): tanpa sasaran tidak ada capaian. / Every unit must set performance targets: none means no achievement.',
      limits: [{ kind: 'atMost', parts: ['A.II.4.i.1.n2'], total: 'A.II.4.i.1.n1' }],
    },
    'A.II.5.ii.1': {
      numerator: { 'A.II.5.ii.1.n3': 1 },
      denominator: { 'A.II.5.ii.1.n1': 1 },
      description: 'pengaduan selesai ditindaklanjuti ÷ pengaduan yang harus ditindaklanjuti',
      zeroDenominator: 'NOT_APPLICABLE',
      zeroDenominatorReason:
        'Tanpa pengaduan tidak ada yang perlu ditindaklanjuti. / No complaints leaves nothing to follow up.',
      limits: [{ kind: 'atMost', parts: ['A.II.5.ii.1.n2', 'A.II.5.ii.1.n3'], total: 'A.II.5.ii.1.n1' }],
    },
    'A.II.5.iii.a.1': {
      numerator: { 'A.II.5.iii.a.1.n5': 1 },
      denominator: { 'A.II.5.iii.a.1.n1': 1 },
      description: 'sudah melaporkan LHKPN ÷ wajib melaporkan LHKPN',
      zeroDenominator: 'NOT_APPLICABLE',
      zeroDenominatorReason:
        'Tanpa pegawai wajib LHKPN tidak ada yang perlu melaporkan. / Nobody obliged to file an LHKPN leaves nothing to report.',
      limits: [
        {
          kind: 'breakdown',
          parts: ['A.II.5.iii.a.1.n2', 'A.II.5.iii.a.1.n3', 'A.II.5.iii.a.1.n4'],
          total: 'A.II.5.iii.a.1.n1',
        },
        { kind: 'atMost', parts: ['A.II.5.iii.a.1.n5'], total: 'A.II.5.iii.a.1.n1' },
      ],
    },
    'A.II.5.iii.b.1': {
      numerator: { 'A.II.5.iii.b.1.n5': 1 },
      denominator: { 'A.II.5.iii.b.1.n1': 1 },
      description: 'sudah melaporkan harta kekayaan ÷ wajib melaporkan (non LHKPN)',
      zeroDenominator: 'NOT_APPLICABLE',
      zeroDenominatorReason:
        'Tanpa pegawai wajib laporan harta (non LHKPN) tidak ada yang perlu melaporkan. / Nobody obliged to report wealth leaves nothing to report.',
      limits: [
        {
          kind: 'breakdown',
          parts: ['A.II.5.iii.b.1.n2', 'A.II.5.iii.b.1.n3', 'A.II.5.iii.b.1.n4'],
          total: 'A.II.5.iii.b.1.n1',
        },
        { kind: 'atMost', parts: ['A.II.5.iii.b.1.n5'], total: 'A.II.5.iii.b.1.n1' },
      ],
    },
    'A.II.6.i.b': {
      numerator: { 'A.II.6.i.b.n2': 1 },
      denominator: { 'A.II.6.i.b.n1': 1 },
      description: 'perijinan/pelayanan dipermudah ÷ perijinan/pelayanan terdaftar',
      zeroDenominator: 'ZERO_SCORE',
      zeroDenominatorReason:
        "Mendata perijinan/pelayanan adalah kerja unit sendiri: tanpa daftar tidak ada yang dipermudah. / Listing its services is the unit's own work: none listed means nothing simplified.",
      limits: [{ kind: 'atMost', parts: ['A.II.6.i.b.n2'], total: 'A.II.6.i.b.n1' }],
    },
  },
  targets: [
    {
      id: 'WBK',
      label: 'Menuju WBK',
      rules: rules({
        total: 75,
        pengungkit: 40,
        areaPercent: 60,
        bersihAkuntabel: 18.25,
        ipak: 15.75,
        performance: 2.5,
        ipkp: 14,
      }),
    },
    {
      id: 'WBBM',
      label: 'Menuju WBBM',
      rules: [
        ...rules({
          total: 85,
          pengungkit: 48,
          areaPercent: 75,
          bersihAkuntabel: 19.5,
          ipak: 15.75,
          performance: 3.75,
          ipkp: 15.75,
        }),
        prior('WBK'),
      ],
    },
  ],
  areas: AREAS,
};
