import { type Column, DataTable, useLocale, useT } from '@zi/ui';
import { useId } from 'react';
import { answerText, formatPlain, formatScore } from '../worksheet/format';
import type { AreaComparison, QuestionComparison } from './comparison';

const signed = (value: number, text: string) => (value > 0 ? `+${text}` : text);

/** The areas side by side, then each area's questions: the differing ones listed, the rest counted. */
export function ComparisonView({ areas }: { areas: readonly AreaComparison[] }) {
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
  return (
    <>
      <section className="section" aria-label={t('compare.areas')}>
        <h2>{t('compare.areas')}</h2>
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
          <AreaQuestions key={area.area.code} area={area} />
        ))}
      </section>
    </>
  );
}

function AreaQuestions({ area }: { area: AreaComparison }) {
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
            <QuestionLine key={item.question.code} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function QuestionLine({ item }: { item: QuestionComparison }) {
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
        <span className="code">{item.question.code}</span> {item.question.text}
      </p>
      <p className="compare-question__ratios">
        {t('compare.unit')} <strong>{side(item.unitAnswer, item.unit)}</strong> → {t('compare.tpi')}{' '}
        <strong>{side(item.tpiAnswer, item.tpi)}</strong>
      </p>
    </li>
  );
}
