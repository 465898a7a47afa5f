import type { DashboardOverviewQuery, DashboardScoresQuery, DashboardTrendsQuery } from '@zi/schema/admin';

export type Overview = DashboardOverviewQuery['portfolioDashboard'];
type Scores = DashboardScoresQuery['portfolioDashboard'];
export type FunnelStep = Overview['funnel'][number];
export type Coaching = Overview['coaching'];
export type HeatmapRow = Scores['heatmap'][number];
export type GapRow = Scores['gaps'][number];
export type RiskRow = Scores['risks'][number];
export type IncompleteRow = Scores['incomplete'][number];
export type RiskRule = Scores['riskRules'][number];
export type Trend = DashboardTrendsQuery['portfolioDashboard']['trends'][number];
