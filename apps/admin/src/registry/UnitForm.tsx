import { useMutation } from '@apollo/client/react';
import { CreateUnitDocument, type RegistryUnitFragment, UpdateUnitDocument } from '@zi/schema/admin';
import { oneOf, SelectField, UNIT_KINDS, useT } from '@zi/ui';
import type { FormEvent } from 'react';
import { FormFooter } from '../forms/FormFooter';
import { useRecordForm } from '../forms/useRecordForm';
import { TextField } from './TextField';
import {
  ALIAS_LIMITS,
  UNIT_FIELDS,
  UNIT_LIMITS,
  type UnitField,
  type UnitProblem,
  unitInput,
  unitProblems,
  unitValuesOf,
} from './unit-form';
import { forgetUnitLists } from './units-cache';

interface UnitFormProps {
  /** The unit to edit; null registers a new one. */
  unit: RegistryUnitFragment | null;
  onSaved: (unit: RegistryUnitFragment) => void;
  onCancel: () => void;
}

/** A unit's registered fields, checked as the API checks them before it is asked. */
export function UnitForm({ unit, onSaved, onCancel }: UnitFormProps) {
  const t = useT();
  const [create, created] = useMutation(CreateUnitDocument, { update: forgetUnitLists });
  const [update, updated] = useMutation(UpdateUnitDocument, { update: forgetUnitLists });
  const problemText = (problem: UnitProblem, field: UnitField): string => {
    if (problem === 'required') return t(field === 'kind' ? 'unitForm.kindRequired' : 'form.required');
    if (problem === 'format') return t(field === 'code' ? 'unitForm.codeFormat' : 'unitForm.regionFormat');
    if (field === 'aliases') return t('unitForm.aliasesTooLong', ALIAS_LIMITS);
    return t('form.tooLong', { max: UNIT_LIMITS[field as keyof typeof UNIT_LIMITS] });
  };
  const { values, change, problemOf, formError, check, loading } = useRecordForm({
    initial: () => unitValuesOf(unit),
    problemsOf: unitProblems,
    problemText,
    fieldOf: (apiField) => UNIT_FIELDS.find((field) => field === apiField) ?? null,
    mutation: unit ? updated : created,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check()) return;
    const input = unitInput(values);
    const saved = unit
      ? (await update({ variables: { id: unit.id, input } })).data?.updateUnit
      : (await create({ variables: { input } })).data?.createUnit;
    if (saved) onSaved(saved);
  }

  const text = (field: Exclude<UnitField, 'kind'>, label: string, hint?: string) => (
    <TextField
      label={label}
      hint={hint}
      value={values[field]}
      problem={problemOf(field)}
      testId={`unit-${field}`}
      required={field === 'name'}
      onChange={(value) => change(field, value)}
    />
  );

  return (
    // The failure is shown from the mutation's `error`.
    <form
      className="dialog__form stack"
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      {text('name', t('unit.name'))}
      <SelectField
        label={t('unit.kind')}
        anyLabel={t('unitForm.chooseKind')}
        value={values.kind}
        options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
        problem={problemOf('kind')}
        testId="unit-kind"
        onChange={(kind) => change('kind', oneOf(UNIT_KINDS, kind) ?? '')}
      />
      {text('code', t('unitForm.code'), t('unitForm.codeHint'))}
      {text('aliases', t('unitForm.aliases'), t('unitForm.aliasesHint'))}
      {text('regionCode', t('unitForm.region'), t('unitForm.regionHint'))}
      {text('headName', t('unit.head'))}
      {text('address', t('unit.address'))}
      <label className="registry-check">
        <input
          type="checkbox"
          checked={values.servesPublic}
          data-testid="unit-servesPublic"
          onChange={(event) => change('servesPublic', event.target.checked)}
        />
        {t('unit.servesPublic')}
      </label>
      <FormFooter
        error={formError}
        errorTestId="unit-form-error"
        label={t(unit ? 'form.save' : 'unitForm.create')}
        busyLabel={t('form.saving')}
        busy={loading}
        submitTestId="unit-save"
        onCancel={onCancel}
      />
    </form>
  );
}
