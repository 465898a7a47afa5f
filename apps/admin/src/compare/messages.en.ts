import type { compareId } from './messages.id';

export const compareEn: Record<keyof typeof compareId, string> = {
  'compare.link': 'Compare the unit and the TPI',
  'compare.title': 'The unit’s and the TPI’s answers compared',
  'compare.documentTitle': 'LKE {year} compared · {unit}',
  'compare.intro': 'The unit’s and the TPI’s scores per area and per question; differences first.',
  'compare.back': 'Back to the worksheet',
  'compare.areas': 'Per area',
  'compare.areasCaption': 'The unit’s and the TPI’s scores per area',
  'compare.area': 'Area',
  'compare.unit': 'Unit',
  'compare.tpi': 'TPI',
  'compare.difference': 'Difference (TPI − unit)',
  'compare.questions': 'Per question',
  'compare.differs': '{count} questions differ',
  'compare.same': '{count} questions agree',
  'compare.answer': '{answer} (ratio {score})',
  'compare.allSame': 'Every question of this area is scored the same.',
  'compare.noTpi':
    'The TPI has not scored this worksheet yet: the unit’s answers stand beside the TPI’s, still empty.',
  'compare.total': 'Total score: unit {unit}, TPI {tpi}, difference {difference}.',
  'compare.chartTitle': 'Points per area, unit and TPI',
};
