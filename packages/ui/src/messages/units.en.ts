import type { unitsId } from './units.id';

export const unitsEn: Record<keyof typeof unitsId, string> = {
  'filters.label': 'Filter units',
  'filters.search': 'Search unit name or acronym',
  'filters.searchHint':
    'Every word must appear in the unit’s name or acronyms, e.g. “DPMPTSP”, “RSUD” or “SMA Negeri 1”.',
  'filters.searchSubmit': 'Search',
  'filters.stage': 'Stage',
  'filters.kind': 'Unit type',
  'filters.predicate': 'Active predicate',
  'filters.instansi': 'Government body',
  'filters.region': 'Region (province)',
  'filters.year': 'Programme year',
  'filters.sort': 'Sort by',
  'filters.any': 'All',
  'filters.reset': 'Clear all filters',

  'results.total': 'Matching units: {count}',
  'results.empty': 'No unit matches this search.',
  'pager.label': 'Result pages',
  'pager.next': 'Next page',
  'pager.first': 'Back to the first page',

  'unit.name': 'Unit name',
  'unit.kind': 'Type',
  'unit.stage': 'Current stage',
  'unit.stageSince': 'since {date}',
  'unit.predicate': 'Active predicate',
  'unit.head': 'Head of unit',
  'unit.address': 'Address',
  'unit.servesPublic': 'Serves the public directly',
  'stage.none': 'Not building ZI yet',
  'predicate.none': 'None',
  'stats.holdingWbk': 'Holding Menuju WBK (not yet WBBM)',
  'stats.holdingWbbm': 'Holding Menuju WBBM',
};
