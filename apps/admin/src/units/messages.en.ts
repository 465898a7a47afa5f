import type { AnswerLayer } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';
import type { unitsId } from './messages.id';

const layerShort: Record<AnswerLayer, string> = {
  UNIT: 'Unit',
  TPI: 'TPI',
  REVIEW: 'Review',
};

export const unitsEn: Record<keyof typeof unitsId, string> = {
  'units.title': 'Work units',
  'units.intro': 'The work units within your account’s scope.',
  'units.caption': 'Work units within your scope',
  'units.publicPage': 'Public page',
  'units.lkeYear': 'LKE year',
  'units.lkeColumn': 'LKE {year}',
  'units.lkeNone': 'No LKE yet',
  'units.lkeOpen': 'Open the LKE',
  'units.lkeOf': 'LKE of {unit}',
  'units.layerTotal': '{layer} {total}',

  'adminNav.units': 'Work units',

  ...labelsOf('layerShort', layerShort),

  'start.title': 'Your unit’s {year} worksheet has not started',
  'start.intro':
    'Start this year’s evaluation worksheet to fill in the self-assessment: an answer, a note and evidence for each question, saved automatically.',
  'start.button': 'Start the {year} LKE',
  'start.starting': 'Starting…',
};
