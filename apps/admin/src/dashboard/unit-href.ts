/** A unit as the dashboard names it; the never-coached list comes without worksheets. */
export interface LinkedUnit {
  name: string;
  assessment?: { id: string } | null;
}

/** Where a unit's name leads: its worksheet of the year, or the comparison of the unit's and the TPI's. */
export type UnitPage = 'worksheet' | 'compare';

/**
 * The unit's worksheet of the dashboard's year when it has one; else (its score is from an earlier
 * year, whose worksheet the API does not name here) the units list searched for its name.
 */
export function unitHref(unit: LinkedUnit, page: UnitPage = 'worksheet'): string {
  if (!unit.assessment) return `/?${new URLSearchParams({ q: unit.name })}`;
  const worksheet = `/assessments/${unit.assessment.id}`;
  return page === 'compare' ? `${worksheet}/compare` : worksheet;
}
