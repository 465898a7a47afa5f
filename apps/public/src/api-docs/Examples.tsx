import { CodeText, useT } from '@zi/ui';
import { useId } from 'react';
import { CodeBlock } from '../CodeBlock';
import {
  apiExamples,
  EXAMPLE_IDS,
  EXAMPLE_LANGUAGE_NAMES,
  type ExampleId,
  type ExampleLanguage,
} from './examples';

function Example({ id, code, language }: { id: ExampleId; code: string; language: ExampleLanguage }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="api-example" aria-labelledby={headingId} data-testid={`example-${id}`}>
      <h3 id={headingId}>{t(`api.example.${id}`)}</h3>
      <p>
        <CodeText text={t(`api.example.${id}Intro`)} />
      </p>
      <CodeBlock code={code} label={EXAMPLE_LANGUAGE_NAMES[language]} testId={`example-${id}-${language}`} />
    </section>
  );
}

export function Examples({ origin, language }: { origin: string; language: ExampleLanguage }) {
  const examples = apiExamples(origin);
  return (
    <>
      {EXAMPLE_IDS.map((id) => (
        <Example key={id} id={id} code={examples[id][language]} language={language} />
      ))}
    </>
  );
}
