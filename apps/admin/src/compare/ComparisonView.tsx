import { BarChart, type ChartModel, type Column, DataTable, type Translate, useLocale, useT } from '@zi/ui';
import { useId } from 'react';
import { Link } from 'react-router';
import { answerText, formatPlain, formatScore } from '../worksheet/format';
import type { AreaComparison, QuestionComparison } from './comparison';

const signed = (value: number, text: string) => (value > 0 ? `+${text}` : text);

interface ComparisonViewProps {
  assessmentId: string;
  areas: readonly AreaComparison[];
  /** Each layer's total score; the TPI's null until it has scored. */
  totals: { unit: number | null; tpi: number | null };
}

/** The areas' points in each layer, as bars: where the TPI's judgement moved the score. */
function areaChart(areas: readonly AreaComparison[], t: Translate): ChartModel {
  return {
    title: t('compare.chartTitle'),
    series: [
      { key: 'unit', label: t('compare.unit') },
      { key: 'tpi', label: t('compare.tpi') },
    ],
    bars: areas.map((row) => ({
      key: row.area.code,
      label: `${row.area.code} ${row.area.title}`,
      values: [row.unit ?? 0, row.tpi ?? 0],
    })),
  };
}

/**
 * The totals and the areas side by side (a table and a chart), then each area's questions: the
 * differing ones listed, each linked to its place in the worksheet, the rest counted.
 */
export function ComparisonView({ assessmentId, areas, totals }: ComparisonViewProps) {
  const t = useT();
  const [locale] = useLocale();
  const score = (value: number | null) => (value === null ? '—' : formatScore(value, locale));
  const columns: Column<AreaComparison>[] = [
    {
      key: 'area',
      header: t('compare.area'),
      cell: (row) => (
        <>
          <span className="code">{row.area.code}</span> {row.area.title}
        </>
      ),
    },
    { key: 'unit', header: t('compare.unit'), numeric: true, cell: (row) => score(row.unit) },
    { key: 'tpi', header: t('compare.tpi'), numeric: true, cell: (row) => score(row.tpi) },
    {
      key: 'difference',
      header: t('compare.difference'),
      numeric: true,
      cell: (row) =>
        row.difference === null ? '—' : signed(row.difference, formatScore(row.difference, locale)),
    },
  ];
  const totalDifference = totals.unit === null || totals.tpi === null ? null : totals.tpi - totals.unit;
  return (
    <>
      <section className="section" aria-label={t('compare.areas')}>
        <h2>{t('compare.areas')}</h2>
        <p className="compare-total" data-testid="compare-total">
          {t('compare.total', {
            unit: score(totals.unit),
            tpi: score(totals.tpi),
            difference:
              totalDifference === null ? '—' : signed(totalDifference, formatScore(totalDifference, locale)),
          })}
        </p>
        <BarChart chart={areaChart(areas, t)} />
        <DataTable
          caption={t('compare.areasCaption')}
          columns={columns}
          rows={areas}
          rowKey={(row) => row.area.code}
          rowTestId="compare-area"
        />
      </section>
      <section className="section">
        <h2>{t('compare.questions')}</h2>
        {areas.map((area) => (
          <AreaQuestions key={area.area.code} area={area} assessmentId={assessmentId} />
        ))}
      </section>
    </>
  );
}

function AreaQuestions({ area, assessmentId }: { area: AreaComparison; assessmentId: string }) {
  const t = useT();
  const headingId = useId();
  const differing = area.questions.filter((item) => item.differs);
  const same = area.questions.length - differing.length;
  return (
    <section className="compare-area card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="code">{area.area.code}</span> {area.area.title}
      </h3>
      <p className="cell-note">
        {t('compare.differs', { count: differing.length })} · {t('compare.same', { count: same })}
      </p>
      {differing.length === 0 ? (
        <p className="muted">{t('compare.allSame')}</p>
      ) : (
        <ul className="compare-questions">
          {differing.map((item) => (
            <QuestionLine key={item.question.code} item={item} assessmentId={assessmentId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function QuestionLine({ item, assessmentId }: { item: QuestionComparison; assessmentId: string }) {
  const t = useT();
  const [locale] = useLocale();
  const side = (answer: QuestionComparison['unitAnswer'], ratio: number | null) => {
    const score = ratio === null ? '—' : formatPlain(ratio, locale);
    const text = answerText(item.question, answer, locale);
    return text ? t('compare.answer', { answer: text, score }) : score;
  };
  return (
    <li className="compare-question" data-testid="compare-question">
      <p className="compare-question__text">
        <Link
          className="code"
          to={`/assessments/${assessmentId}?layer=TPI#q-${item.question.code}`}
          data-testid="compare-question-link"
        >
          {item.question.code}
        </Link>{' '}
        {item.question.text}
      </p>
      <p className="compare-question__ratios">
        {t('compare.unit')} <strong>{side(item.unitAnswer, item.unit)}</strong> → {t('compare.tpi')}{' '}
        <strong>{side(item.tpiAnswer, item.tpi)}</strong>
      </p>
    </li>
  );
}
