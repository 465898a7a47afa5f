import { useT } from '@zi/ui';
import { type ReactNode, useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ExampleLanguagePicker } from '../api-docs/ExampleLanguagePicker';
import { Examples } from '../api-docs/Examples';
import { Explorer } from '../api-docs/Explorer';
import { exampleLanguageOf } from '../api-docs/examples';
import { Limits } from '../api-docs/Limits';
import { CodeBlock } from '../CodeBlock';
import { usePageMeta } from '../usePageMeta';

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export function ApiPage() {
  const t = useT();
  usePageMeta(t('api.title'), t('api.description'));
  const [search, setSearch] = useSearchParams();
  const language = exampleLanguageOf(search);
  const origin = window.location.origin;

  return (
    <>
      <h1>{t('api.title')}</h1>
      <p className="page-intro">{t('api.intro')}</p>
      <Section title={t('api.endpointTitle')} testId="api-endpoint">
        <p>{t('api.endpointBody')}</p>
        <CodeBlock code={`${origin}/graphql`} label={t('api.endpointLabel')} testId="api-endpoint-url" />
        <p>
          {t('api.bulkBody')} <Link to="/data">{t('api.bulkLink')}</Link>
        </p>
      </Section>
      <Section title={t('api.examplesTitle')} testId="api-examples">
        <ExampleLanguagePicker
          value={language}
          onChange={(next) =>
            // Synchronous, so the controlled radio never shows the old choice while the URL changes.
            setSearch(next === 'curl' ? {} : { example: next }, {
              replace: true,
              preventScrollReset: true,
              flushSync: true,
            })
          }
        />
        <Examples origin={origin} language={language} />
      </Section>
      <Section title={t('api.limitsTitle')} testId="api-limits">
        <Limits />
      </Section>
      <Section title={t('api.explorerTitle')} testId="api-explorer">
        <p>{t('api.explorerBody')}</p>
        <Explorer />
      </Section>
    </>
  );
}
