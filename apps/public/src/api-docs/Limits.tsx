import { type Column, DataTable, useT } from '@zi/ui';
import { LIMITS } from './limits';

const HEADERS = [
  { name: 'X-Query-Cost', key: 'api.header.cost' },
  { name: 'X-RateLimit-Limit', key: 'api.header.limit' },
  { name: 'X-RateLimit-Remaining', key: 'api.header.remaining' },
  { name: 'X-RateLimit-Reset', key: 'api.header.reset' },
  { name: 'Retry-After', key: 'api.header.retryAfter' },
  { name: 'extensions.cost', key: 'api.header.extensions' },
] as const;

const ERRORS = [
  { code: 'QUERY_TOO_COMPLEX', status: '400', key: 'tooComplex' },
  { code: 'RATE_LIMITED', status: '429', key: 'rateLimited' },
  { code: 'BAD_USER_INPUT', status: '200', key: 'badInput' },
] as const;

type ErrorRow = (typeof ERRORS)[number];

/** The limits in plain words: what a query costs, the budget, the headers that tell, and the errors. */
export function Limits() {
  const t = useT();
  const numbers = {
    maxCost: LIMITS.maxCost,
    maxDepth: LIMITS.maxDepth,
    maxAliases: LIMITS.maxAliases,
    budget: LIMITS.budget,
    refill: LIMITS.refillPerSecond,
    defaultPage: LIMITS.defaultPage,
    maxPage: LIMITS.maxPage,
    listCost: LIMITS.listCost,
    seconds: LIMITS.cacheSeconds,
  };
  const errorColumns: Column<ErrorRow>[] = [
    {
      key: 'code',
      header: t('api.errorCode'),
      cell: (error) => <code className="nowrap">{error.code}</code>,
    },
    { key: 'status', header: t('api.errorStatus'), cell: (error) => error.status },
    { key: 'meaning', header: t('api.errorMeaning'), cell: (error) => t(`api.error.${error.key}`) },
    { key: 'fix', header: t('api.errorFix'), cell: (error) => t(`api.error.${error.key}Fix`) },
  ];
  return (
    <>
      <ul className="hint-list">
        <li>{t('api.limitCost', numbers)}</li>
        <li>{t('api.limitQuery', numbers)}</li>
        <li>{t('api.limitBudget', numbers)}</li>
        <li>{t('api.limitCache', numbers)}</li>
      </ul>
      <h3>{t('api.headersTitle')}</h3>
      <dl className="term-list">
        {HEADERS.map((header) => (
          <div key={header.name}>
            <dt>
              <code>{header.name}</code>
            </dt>
            <dd>{t(header.key)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('api.errorsTitle')}</h3>
      <DataTable
        caption={t('api.errorsTitle')}
        columns={errorColumns}
        rows={ERRORS}
        rowKey={(error) => error.code}
        rowTestId="api-error-code"
      />
    </>
  );
}
