import type { Locale } from '@zi/ui';

export type ReportFormat = 'pdf' | 'xlsx';

/**
 * A round's report as the API serves it, in the reader's language: every unit in the viewer's
 * scope (the ekspose), or one unit's. The path is outside the portal's router.
 */
export function reportUrl(roundId: string, format: ReportFormat, locale: Locale, unitId?: string): string {
  const path = `/admin/monitoring/${encodeURIComponent(roundId)}/report.${format}`;
  return `${path}?${new URLSearchParams({ lang: locale, ...(unitId ? { unitId } : {}) })}`;
}
