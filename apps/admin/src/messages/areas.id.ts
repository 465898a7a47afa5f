import type { ChangeArea, ProgressJudgement } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';

const changeArea: Record<ChangeArea, string> = {
  CHANGE_MANAGEMENT: 'Manajemen perubahan',
  BUSINESS_PROCESS: 'Penataan tatalaksana',
  HUMAN_RESOURCES: 'Penataan SDM aparatur',
  ACCOUNTABILITY: 'Penguatan akuntabilitas',
  SUPERVISION: 'Penguatan pengawasan',
  PUBLIC_SERVICE: 'Kualitas pelayanan publik',
};

export const progressJudgementId: Record<ProgressJudgement, string> = {
  NOT_STARTED: 'Belum dimulai',
  BEHIND: 'Tertinggal',
  ON_TRACK: 'Sesuai rencana',
  AHEAD: 'Melampaui rencana',
};

/** The six change areas and monitoring's judgements, shared by monitoring and the dashboard. */
export const areasId = {
  ...labelsOf('changeArea', changeArea),
  ...labelsOf('progressJudgement', progressJudgementId),
};
