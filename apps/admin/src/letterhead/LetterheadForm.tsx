import { useMutation, useQuery } from '@apollo/client/react';
import {
  InstansiLetterheadDocument,
  type LetterheadFragment,
  UpdateInstansiLetterheadDocument,
} from '@zi/schema/admin';
import { Loading, useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { inputErrorOf } from '../api-errors';
import { FormError } from '../forms/FormError';
import { InputField } from '../forms/InputField';
import { SaveNotice } from '../forms/SaveNotice';
import { SubmitButton } from '../forms/SubmitButton';
import { useRefusalText } from '../useRefusalText';
import { LogoField } from './LogoField';

type Values = Record<keyof Omit<LetterheadFragment, '__typename'>, string>;
const FIELDS = ['address', 'inspekturName', 'inspekturNip', 'numberFormat'] as const;

const valuesOf = (letterhead: LetterheadFragment): Values => ({
  address: letterhead.address ?? '',
  inspekturName: letterhead.inspekturName ?? '',
  inspekturNip: letterhead.inspekturNip ?? '',
  numberFormat: letterhead.numberFormat,
});

function Form({ letterhead }: { letterhead: LetterheadFragment }) {
  const t = useT();
  const describe = useRefusalText();
  const [values, setValues] = useState(() => valuesOf(letterhead));
  const [save, { data, loading, error, reset }] = useMutation(UpdateInstansiLetterheadDocument);
  const refused = error ? inputErrorOf(error) : null;
  const problemOf = (field: (typeof FIELDS)[number]) =>
    refused?.field === field ? describe(refused.refusal) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({ variables: { input: values } }).catch(() => undefined);
  };
  return (
    <form onSubmit={submit} noValidate>
      {FIELDS.map((field) => (
        <InputField
          key={field}
          label={t(`letterhead.${field}`)}
          hint={t(`letterhead.${field}Hint`)}
          error={problemOf(field)}
          testId={`letterhead-${field}`}
          value={values[field]}
          onChange={(value) => {
            reset();
            setValues((previous) => ({ ...previous, [field]: value }));
          }}
        />
      ))}
      <FormError
        error={refused && !FIELDS.some((field) => field === refused.field) ? describe(refused.refusal) : null}
      />
      <SubmitButton
        label={t('letterhead.save')}
        busyLabel={t('letterhead.saving')}
        busy={loading}
        testId="letterhead-save"
      />
      <SaveNotice status={data ? t('letterhead.saved') : null} error={null} testId="letterhead-saved" />
    </form>
  );
}

/** For admins: how their Inspektorat heads, signs and numbers its evaluation reports (LHE). */
export function LetterheadForm() {
  const t = useT();
  const headingId = useId();
  const { data, loading } = useQuery(InstansiLetterheadDocument);
  const letterhead = data?.me?.instansi?.letterhead;
  return (
    <section className="letterhead card" aria-labelledby={headingId} data-testid="letterhead">
      <h2 id={headingId}>{t('letterhead.title')}</h2>
      <p className="field__hint">{t('letterhead.intro')}</p>
      {loading && <Loading />}
      <LogoField />
      {letterhead && <Form letterhead={letterhead} />}
    </section>
  );
}
