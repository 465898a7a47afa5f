export type ReportFormat = 'pdf' | 'xlsx';

/**
 * A round's report as the API serves it: every unit in the viewer's scope (the ekspose), or one
 * unit's. The path is outside the portal's router.
 */
export function reportUrl(roundId: string, format: ReportFormat, unitId?: string): string {
  const path = `/admin/monitoring/${encodeURIComponent(roundId)}/report.${format}`;
  return unitId ? `${path}?${new URLSearchParams({ unitId })}` : path;
}
