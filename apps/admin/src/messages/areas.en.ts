import type { ChangeArea, ProgressJudgement } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';
import type { areasId } from './areas.id';

const changeArea: Record<ChangeArea, string> = {
  CHANGE_MANAGEMENT: 'Change management',
  BUSINESS_PROCESS: 'Business process',
  HUMAN_RESOURCES: 'Human resources',
  ACCOUNTABILITY: 'Accountability',
  SUPERVISION: 'Supervision',
  PUBLIC_SERVICE: 'Public service quality',
};

export const progressJudgementEn: Record<ProgressJudgement, string> = {
  NOT_STARTED: 'Not started',
  BEHIND: 'Behind',
  ON_TRACK: 'On track',
  AHEAD: 'Ahead',
};

export const areasEn: Record<keyof typeof areasId, string> = {
  ...labelsOf('changeArea', changeArea),
  ...labelsOf('progressJudgement', progressJudgementEn),
};
