import type { Stage, StatisticsQuery } from '@zi/schema/public';
import { type ChartModel, PREDICATE_KINDS, STAGES, type Translate } from '@zi/ui';
import { provinceLabel } from './regions';
import type { StatSection, TableModel } from './stat-model';

export type Statistics = StatisticsQuery['statistics'];
type InstansiCounts = Statistics['byInstansi'][number];

/** Instansi and region charts show the ones with most units building ZI; their tables show all. */
export const CHART_TOP = 10;

/** The year chart follows a cohort: declared, proposed, awarded. The table has every stage. */
const YEAR_CHART_STAGES: readonly Stage[] = ['DECLARED', 'PROPOSED', 'WBK', 'WBBM'];

export interface KeyFigures {
  totalUnits: number;
  buildingZi: number;
  wbk: number;
  wbbm: number;
  revoked: number;
}

export function keyFigures(stats: Statistics): KeyFigures {
  const predicate = (kind: 'WBK' | 'WBBM') =>
    stats.byPredicate.find((count) => count.predicate === kind)?.units ?? 0;
  const notDeclared = stats.byStage.find((count) => count.stage === null)?.units ?? 0;
  return {
    totalUnits: stats.totalUnits,
    buildingZi: stats.totalUnits - notDeclared,
    wbk: predicate('WBK'),
    wbbm: predicate('WBBM'),
    revoked: stats.byInstansi.reduce((sum, row) => sum + row.revoked, 0),
  };
}

const stageLabel = (t: Translate, stage: Stage | null) => (stage ? t(`stage.${stage}`) : t('stage.none'));

function unitsByStage(counts: Statistics['byStage']): Map<Stage | null, number> {
  return new Map(counts.map((count) => [count.stage, count.units]));
}

/** Every stage in lifecycle order, units that have not declared first; a stage nobody is at shows 0. */
export function stageSection(stats: Statistics, t: Translate): StatSection {
  const units = unitsByStage(stats.byStage);
  const rows = [null, ...STAGES].map((stage) => ({
    key: stage ?? 'NONE',
    label: stageLabel(t, stage),
    units: units.get(stage) ?? 0,
  }));
  return {
    id: 'stage',
    title: t('stats.byStage'),
    intro: t('stats.byStageIntro'),
    fileName: 'statistik-zi-tahap.csv',
    chart: {
      title: t('stats.byStageChart'),
      series: [{ key: 'units', label: t('stats.units') }],
      bars: rows.map((row) => ({ key: row.key, label: row.label, values: [row.units] })),
    },
    table: {
      columns: [
        { key: 'stage', header: t('stats.stage') },
        { key: 'units', header: t('stats.units'), numeric: true },
      ],
      rows: rows.map((row) => ({ key: row.key, cells: [row.label, row.units] })),
    },
  };
}

export function predicateSection(stats: Statistics, t: Translate): StatSection {
  const units = new Map(stats.byPredicate.map((count) => [count.predicate, count.units]));
  const rows = PREDICATE_KINDS.map((kind) => ({
    key: kind,
    label: t(`predicate.${kind}`),
    units: units.get(kind) ?? 0,
  }));
  return {
    id: 'predicate',
    title: t('stats.byPredicate'),
    intro: t('stats.byPredicateIntro'),
    fileName: 'statistik-zi-predikat.csv',
    chart: {
      title: t('stats.byPredicateChart'),
      series: [{ key: 'units', label: t('stats.units') }],
      bars: rows.map((row) => ({ key: row.key, label: row.label, values: [row.units] })),
    },
    table: {
      columns: [
        { key: 'predicate', header: t('stats.predicate') },
        { key: 'units', header: t('stats.unitsHolding'), numeric: true },
      ],
      rows: rows.map((row) => ({ key: row.key, cells: [row.label, row.units] })),
    },
  };
}

interface GroupCounts {
  key: string;
  label: string;
  units: number;
  buildingZi: number;
  wbk: number;
  wbbm: number;
  revoked: number;
}

const byBuildingZi = (a: GroupCounts, b: GroupCounts) =>
  b.buildingZi - a.buildingZi || b.units - a.units || a.label.localeCompare(b.label);

const COUNT_KEYS = ['units', 'buildingZi', 'wbk', 'wbbm', 'revoked'] as const;

function countColumns(t: Translate): TableModel['columns'] {
  return [
    { key: 'units', header: t('stats.units'), numeric: true },
    { key: 'buildingZi', header: t('stats.buildingZi'), numeric: true },
    { key: 'wbk', header: t('predicate.WBK'), numeric: true },
    { key: 'wbbm', header: t('predicate.WBBM'), numeric: true },
    { key: 'revoked', header: t('stats.revoked'), numeric: true },
  ];
}

function groupChart(groups: readonly GroupCounts[], title: string, t: Translate): ChartModel {
  return {
    title,
    series: [
      { key: 'buildingZi', label: t('stats.buildingZi') },
      { key: 'wbk', label: t('predicate.WBK') },
      { key: 'wbbm', label: t('predicate.WBBM') },
    ],
    bars: groups.slice(0, CHART_TOP).map((group) => ({
      key: group.key,
      label: group.label,
      values: [group.buildingZi, group.wbk, group.wbbm],
    })),
  };
}

const countsOf = (row: InstansiCounts) => ({
  units: row.units,
  buildingZi: row.buildingZi,
  wbk: row.wbk,
  wbbm: row.wbbm,
  revoked: row.revoked,
});

/** Each instansi links to the directory filtered to it. */
export function instansiSection(stats: Statistics, t: Translate): StatSection {
  const rows = stats.byInstansi
    .map((row) => ({ key: row.instansi.id, label: row.instansi.name, row, ...countsOf(row) }))
    .sort(byBuildingZi);
  const chartTitle =
    rows.length > CHART_TOP
      ? t('stats.byInstansiChartTop', { count: CHART_TOP })
      : t('stats.byInstansiChart');
  return {
    id: 'instansi',
    title: t('stats.byInstansi'),
    intro: t('stats.byInstansiIntro'),
    fileName: 'statistik-zi-instansi.csv',
    chart: groupChart(rows, chartTitle, t),
    table: {
      columns: [
        { key: 'instansi', header: t('stats.instansi') },
        { key: 'kind', header: t('stats.instansiKind') },
        ...countColumns(t),
      ],
      rows: rows.map(({ key, label, row, ...counts }) => ({
        key,
        cells: [
          { text: label, to: `/?${new URLSearchParams({ instansi: key })}` },
          t(`instansiKind.${row.instansi.kind}`),
          ...COUNT_KEYS.map((count) => counts[count]),
        ],
      })),
    },
  };
}

/**
 * Units per province of the region they are in, as the API counts them (decision 0035): a unit's own
 * region code, or else its instansi's; units in no region (of ministries) apart.
 */
export function regionSection(stats: Statistics, t: Translate): StatSection {
  const rows = stats.byRegion
    .map(({ regionCode: code, name, ...counts }) => ({
      code,
      group: {
        key: code ?? 'NATIONAL',
        label: code === null ? t('stats.national') : provinceLabel({ code, name }, t),
        ...counts,
      } satisfies GroupCounts,
    }))
    .sort((a, b) => byBuildingZi(a.group, b.group));
  const chartTitle =
    rows.length > CHART_TOP ? t('stats.byRegionChartTop', { count: CHART_TOP }) : t('stats.byRegionChart');
  return {
    id: 'region',
    title: t('stats.byRegion'),
    intro: t('stats.byRegionIntro'),
    fileName: 'statistik-zi-wilayah.csv',
    chart: groupChart(
      rows.map((row) => row.group),
      chartTitle,
      t,
    ),
    table: {
      columns: [
        { key: 'region', header: t('stats.region') },
        { key: 'code', header: t('stats.regionCodeHeader') },
        ...countColumns(t),
      ],
      rows: rows.map(({ code, group }) => ({
        key: group.key,
        cells: [
          code === null
            ? group.label
            : { text: group.label, to: `/statistik?${new URLSearchParams({ region: code })}` },
          code ?? '—',
          ...COUNT_KEYS.map((count) => group[count]),
        ],
      })),
    },
  };
}

/** Per program year, how many units reached each stage; only the stages some year has are columns. */
export function yearSection(stats: Statistics, t: Translate): StatSection {
  const reached = new Set(stats.byYear.flatMap((year) => year.stages.map((count) => count.stage)));
  const stages = STAGES.filter((stage) => reached.has(stage));
  const years = stats.byYear.map((year) => ({
    year: year.year,
    units: unitsByStage(year.stages),
  }));
  return {
    id: 'year',
    title: t('stats.byYear'),
    intro: t('stats.byYearIntro'),
    fileName: 'statistik-zi-tahun.csv',
    chart: {
      title: t('stats.byYearChart'),
      series: YEAR_CHART_STAGES.map((stage) => ({ key: stage, label: t(`stage.${stage}`) })),
      bars: years.map(({ year, units }) => ({
        key: String(year),
        label: String(year),
        values: YEAR_CHART_STAGES.map((stage) => units.get(stage) ?? 0),
      })),
    },
    table: {
      columns: [
        { key: 'year', header: t('stats.year') },
        ...stages.map((stage) => ({ key: stage, header: t(`stage.${stage}`), numeric: true })),
      ],
      rows: years.map(({ year, units }) => ({
        key: String(year),
        cells: [String(year), ...stages.map((stage) => units.get(stage) ?? 0)],
      })),
    },
  };
}
