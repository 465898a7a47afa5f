import type { Wording } from '../../common/document-language.js';
import { ChangeArea } from './change-area.js';
import { FollowUpStatus } from './follow-up.entity.js';
import { ProgressJudgement } from './monitoring-progress.entity.js';

/**
 * What a monitoring report and the dashboard workbook say, in each document language. The area and
 * judgement words are the portal's (apps/admin/src/messages/areas.*.ts), title-cased in Indonesian
 * as the regulation names the areas.
 */
export interface MonitoringWords {
  areas: Readonly<Record<ChangeArea, string>>;
  judgements: Readonly<Record<ProgressJudgement, string>>;
  statuses: Readonly<Record<FollowUpStatus, string>>;
  title: (quarter: number, year: number) => string;
  summarySheet: string;
  findingsSheet: string;
  unit: string;
  area: string;
  finding: string;
  findings: string;
  recommendation: string;
  followUp: string;
  openFollowUps: string;
  owner: string;
  due: string;
  status: string;
  overdue: string;
  verified: string;
  unitResponse: string;
  yes: string;
  roundClosed: string;
  roundOpen: string;
  nothingYet: string;
  /** A follow-up's line in the PDF: what, who, by when, where it stands. */
  followUpLine: (description: string, owner: string, due: string, status: string, late: boolean) => string;
  response: string;
}

export const MONITORING_WORDS: Wording<MonitoringWords> = {
  id: {
    areas: {
      [ChangeArea.CHANGE_MANAGEMENT]: 'Manajemen Perubahan',
      [ChangeArea.BUSINESS_PROCESS]: 'Penataan Tatalaksana',
      [ChangeArea.HUMAN_RESOURCES]: 'Penataan SDM Aparatur',
      [ChangeArea.ACCOUNTABILITY]: 'Penguatan Akuntabilitas',
      [ChangeArea.SUPERVISION]: 'Penguatan Pengawasan',
      [ChangeArea.PUBLIC_SERVICE]: 'Kualitas Pelayanan Publik',
    },
    judgements: {
      [ProgressJudgement.NOT_STARTED]: 'Belum dimulai',
      [ProgressJudgement.BEHIND]: 'Tertinggal',
      [ProgressJudgement.ON_TRACK]: 'Sesuai rencana',
      [ProgressJudgement.AHEAD]: 'Melampaui rencana',
    },
    statuses: {
      [FollowUpStatus.OPEN]: 'Belum ditindaklanjuti',
      [FollowUpStatus.IN_PROGRESS]: 'Dalam proses',
      [FollowUpStatus.DONE]: 'Selesai (menunggu verifikasi)',
      [FollowUpStatus.VERIFIED]: 'Terverifikasi',
    },
    title: (quarter, year) => `Monitoring dan Evaluasi Zona Integritas - Triwulan ${quarter} Tahun ${year}`,
    summarySheet: 'Ringkasan',
    findingsSheet: 'Temuan',
    unit: 'Unit kerja',
    area: 'Area',
    finding: 'Temuan',
    findings: 'Temuan',
    recommendation: 'Rekomendasi',
    followUp: 'Tindak lanjut',
    openFollowUps: 'Tindak lanjut terbuka',
    owner: 'Penanggung jawab',
    due: 'Tenggat',
    status: 'Status',
    overdue: 'Terlambat',
    verified: 'Terverifikasi',
    unitResponse: 'Tanggapan unit',
    yes: 'ya',
    roundClosed: 'Putaran ditutup.',
    roundOpen: 'Putaran masih berjalan.',
    nothingYet: 'Belum ada penilaian atau temuan.',
    followUpLine: (description, owner, due, status, late) =>
      `${description} (${owner}, tenggat ${due}): ${status}${late ? ' - TERLAMBAT' : ''}`,
    response: 'Tanggapan',
  },
  en: {
    areas: {
      [ChangeArea.CHANGE_MANAGEMENT]: 'Change management',
      [ChangeArea.BUSINESS_PROCESS]: 'Business process',
      [ChangeArea.HUMAN_RESOURCES]: 'Human resources',
      [ChangeArea.ACCOUNTABILITY]: 'Accountability',
      [ChangeArea.SUPERVISION]: 'Supervision',
      [ChangeArea.PUBLIC_SERVICE]: 'Public service quality',
    },
    judgements: {
      [ProgressJudgement.NOT_STARTED]: 'Not started',
      [ProgressJudgement.BEHIND]: 'Behind',
      [ProgressJudgement.ON_TRACK]: 'On track',
      [ProgressJudgement.AHEAD]: 'Ahead',
    },
    statuses: {
      [FollowUpStatus.OPEN]: 'Not yet acted on',
      [FollowUpStatus.IN_PROGRESS]: 'In progress',
      [FollowUpStatus.DONE]: 'Done (awaiting verification)',
      [FollowUpStatus.VERIFIED]: 'Verified',
    },
    title: (quarter, year) => `Integrity Zone Monitoring and Evaluation - Quarter ${quarter} ${year}`,
    summarySheet: 'Summary',
    findingsSheet: 'Findings',
    unit: 'Work unit',
    area: 'Area',
    finding: 'Finding',
    findings: 'Findings',
    recommendation: 'Recommendation',
    followUp: 'Follow-up',
    openFollowUps: 'Open follow-ups',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    overdue: 'Overdue',
    verified: 'Verified',
    unitResponse: "Unit's response",
    yes: 'yes',
    roundClosed: 'Round closed.',
    roundOpen: 'Round still open.',
    nothingYet: 'No judgement or finding yet.',
    followUpLine: (description, owner, due, status, late) =>
      `${description} (${owner}, due ${due}): ${status}${late ? ' - OVERDUE' : ''}`,
    response: 'Response',
  },
};
