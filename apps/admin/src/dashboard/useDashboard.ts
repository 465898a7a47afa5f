import { useQuery } from '@apollo/client/react';
import {
  DashboardOverviewDocument,
  DashboardScoresDocument,
  DashboardTrendsDocument,
} from '@zi/schema/admin';
import { type DashboardScope, dashboardFilter, type HeatmapSort, heatmapOrder } from './dashboard-params';

/**
 * The dashboard's three parts, asked for at once so the quick counts show while the scores load.
 * They share one root field with no ID: in the cache each answer would replace the others', so they
 * bypass it (a dashboard wants fresh numbers anyway). The scores list their first units in the
 * heatmap's order, so they are asked again when it changes.
 */
export function useDashboard(scope: DashboardScope, sort: HeatmapSort) {
  const options = {
    variables: { year: scope.year, filter: dashboardFilter(scope) },
    fetchPolicy: 'no-cache',
  } as const;
  return {
    overview: useQuery(DashboardOverviewDocument, options),
    scores: useQuery(DashboardScoresDocument, {
      ...options,
      variables: { ...options.variables, heatmapOrder: heatmapOrder(sort) },
    }),
    trends: useQuery(DashboardTrendsDocument, options),
  };
}
