import { useQuery } from '@apollo/client/react';
import {
  DashboardOverviewDocument,
  DashboardScoresDocument,
  DashboardTrendsDocument,
} from '@zi/schema/admin';
import { type DashboardScope, dashboardFilter } from './dashboard-params';

/**
 * The dashboard's three parts, asked for at once so the quick counts show while the scores load.
 * They share one root field with no ID: in the cache each answer would replace the others', so they
 * bypass it (a dashboard wants fresh numbers anyway).
 */
export function useDashboard(scope: DashboardScope) {
  const options = {
    variables: { year: scope.year, filter: dashboardFilter(scope) },
    fetchPolicy: 'no-cache',
  } as const;
  return {
    overview: useQuery(DashboardOverviewDocument, options),
    scores: useQuery(DashboardScoresDocument, options),
    trends: useQuery(DashboardTrendsDocument, options),
  };
}
