import { useMutation, useQuery } from '@apollo/client/react';
import {
  LetterTemplatesDocument,
  type LetterTemplatesQuery,
  UpdateLetterTemplateDocument,
} from '@zi/schema/admin';
import { Loading, useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { inputErrorOf } from '../api-errors';
import { SaveNotice } from '../forms/SaveNotice';
import { SubmitButton } from '../forms/SubmitButton';
import { TextAreaField } from '../forms/TextAreaField';
import { useRefusalText } from '../useRefusalText';

type Template = LetterTemplatesQuery['letterTemplates'][number];

function TemplateForm({ template }: { template: Template }) {
  const t = useT();
  const describe = useRefusalText();
  const [body, setBody] = useState(template.body);
  const [save, { data, loading, error, reset }] = useMutation(UpdateLetterTemplateDocument);
  const refused = error ? inputErrorOf(error) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({ variables: { input: { kind: template.kind, body } } }).catch(() => undefined);
  };
  return (
    <form onSubmit={submit} noValidate className="letter-template">
      <TextAreaField
        label={template.title}
        hint={t('letters.placeholders', {
          list: template.placeholders.map((name) => `{${name}}`).join(', '),
        })}
        error={refused ? describe(refused.refusal) : null}
        testId={`letter-${template.kind}`}
        rows={12}
        value={body}
        onChange={(value) => {
          reset();
          setBody(value);
        }}
      />
      <SubmitButton
        label={t('letters.save')}
        busyLabel={t('letters.saving')}
        busy={loading}
        testId={`letter-${template.kind}-save`}
      />
      <SaveNotice
        status={data ? t('letters.saved') : null}
        error={null}
        testId={`letter-${template.kind}-saved`}
      />
    </form>
  );
}

/** For admins: the wording of the letters their proposal packages go out with. */
export function LetterTemplatesForm() {
  const t = useT();
  const headingId = useId();
  const { data, loading } = useQuery(LetterTemplatesDocument);
  return (
    <section className="letter-templates card" aria-labelledby={headingId} data-testid="letter-templates">
      <h2 id={headingId}>{t('letters.title')}</h2>
      <p className="field__hint">{t('letters.intro')}</p>
      {loading && <Loading />}
      {data?.letterTemplates.map((template) => (
        <TemplateForm key={template.kind} template={template} />
      ))}
    </section>
  );
}
