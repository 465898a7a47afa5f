import type { SurveyPeriodPageQuery } from '@zi/schema/admin';
import { formatNumber, useLocale, useT } from '@zi/ui';
import { useId } from 'react';

type Page = NonNullable<SurveyPeriodPageQuery['surveyPeriod']>;
type Instruments = SurveyPeriodPageQuery['surveyInstruments'];

/** Each index with its items' means and 0–4 values, the formulas used, then the indices per service. */
export function ResultsTables({ period, instruments }: { period: Page; instruments: Instruments }) {
  const t = useT();
  const [locale] = useLocale();
  const headingId = useId();
  const number = (value: number | null | undefined, decimals = 2) =>
    value === null || value === undefined
      ? t('surveys.noValue')
      : formatNumber(value, locale, { min: decimals, max: decimals });
  const aspectOf = (code: string) =>
    instruments.flatMap((instrument) => instrument.items).find((item) => item.code === code)?.aspect[
      locale
    ] ?? code;
  const { results } = period;
  return (
    <section className="section survey-results" aria-labelledby={headingId} data-testid="survey-results">
      <h2 id={headingId}>{t('surveys.results')}</h2>
      {results.indices.map((index) => (
        <table
          className="data-table survey-results__table"
          key={index.instrument}
          data-testid={`survey-index-${index.index}`}
        >
          <caption>
            {instruments.find((instrument) => instrument.code === index.instrument)?.name[locale] ??
              index.instrument}{' '}
            ({index.index})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.item')}</th>
              <th scope="col">{t('surveys.mean', { points: period.scalePoints })}</th>
              <th scope="col">{t('surveys.lkeValue')}</th>
            </tr>
          </thead>
          <tbody>
            {index.items.map((item) => (
              <tr key={item.code}>
                <th scope="row">{aspectOf(item.code)}</th>
                <td>{number(item.mean)}</td>
                <td>{number(item.lkeValue)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{index.index}</th>
              <td>{number(index.mean)}</td>
              <td data-testid={`survey-value-${index.index}`}>
                <strong>{number(index.lkeValue)}</strong> ({t('surveys.score100')}: {number(index.score100)})
              </td>
            </tr>
          </tfoot>
        </table>
      ))}
      <p className="field__hint">
        {t('surveys.formula')}: {results.conversionFormula[locale]} · {results.sampleFormula[locale]}
      </p>
      {results.byServiceType.length > 0 && (
        <table className="data-table" data-testid="survey-by-service">
          <caption>{t('surveys.byService')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.service')}</th>
              <th scope="col">{t('surveys.used')}</th>
              {results.indices.map((index) => (
                <th scope="col" key={index.index}>
                  {index.index}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.byServiceType.map((service) => (
              <tr key={service.serviceType}>
                <th scope="row">{service.serviceType}</th>
                <td>{service.responses}</td>
                {service.indices.map((index) => (
                  <td key={index.index}>{number(index.lkeValue)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
