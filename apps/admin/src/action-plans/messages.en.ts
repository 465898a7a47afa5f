import type { PlanItemStatus } from '@zi/schema/admin';
import { labelsOf } from '@zi/ui';
import type { actionPlansId } from './messages.id';

const planItemStatus: Record<PlanItemStatus, string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
};

export const actionPlansEn: Record<keyof typeof actionPlansId, string> = {
  'adminNav.actionPlan': 'Action plan',
  'actionPlan.title': 'Action plan',
  ...labelsOf('planItemStatus', planItemStatus),

  'actionPlan.introUnit':
    'Your unit’s activities to build ZI this year, by change area: what is done, what it produces, by when and by whom. Update what was achieved as it happens.',
  'actionPlan.introInspektorat':
    'A unit’s action plan by change area; activities past their target quarter and not done are marked late.',
  'actionPlan.unit': 'Unit',
  'actionPlan.year': 'Year',
  'actionPlan.pickUnit': 'Search for a unit and choose it to see its action plan.',
  'actionPlan.empty': 'This unit has no action plan for this year yet.',
  'actionPlan.emptyWrite': 'No activities yet. Add the first one below.',
  'actionPlan.total': 'Activities',
  'actionPlan.done': 'Done',
  'actionPlan.lateCount': 'Late',
  'actionPlan.late': 'Late',
  'actionPlan.areaEmpty': 'No activities in this area yet.',
  'actionPlan.activity': 'Activity',
  'actionPlan.output': 'Output',
  'actionPlan.outputHint': 'A decree, an SOP or a report, say.',
  'actionPlan.targetQuarter': 'Target',
  'actionPlan.quarter.1': 'Q1',
  'actionPlan.quarter.2': 'Q2',
  'actionPlan.quarter.3': 'Q3',
  'actionPlan.quarter.4': 'Q4',
  'actionPlan.personInCharge': 'Person in charge',
  'actionPlan.status': 'Status',
  'actionPlan.realisation': 'What was done',
  'actionPlan.noRealisation': 'Nothing yet',
  'actionPlan.update': 'Update',
  'actionPlan.progressTitle': 'Progress: {activity}',
  'actionPlan.realisationRequired': 'Say what was done.',
  'actionPlan.addTitle': 'Add an activity',
  'actionPlan.area': 'Change area',
  'actionPlan.chooseArea': 'Choose an area',
  'actionPlan.add': 'Add to the action plan',
  'actionPlan.added': 'Activity added.',
  'actionPlan.lateTitle': 'Late activities',
  'actionPlan.lateIntro':
    'Activities of the units past their target quarter and not done, the longest overdue first. Choose a unit’s name to open its action plan.',
  'actionPlan.lateTotal': 'Late activities: {count}',
  'actionPlan.lateEmpty': 'No activity is late.',
  'actionPlan.allAreas': 'All areas',
  'actionPlan.quartersLate': 'Quarters late',

  'unitPicker.search': 'Search',
  'unitPicker.results': 'Matching units',
  'unitPicker.none': 'No unit matches.',
  'unitPicker.change': 'Change unit',
};
