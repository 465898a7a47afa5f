import { useMutation } from '@apollo/client/react';
import {
  CreateUserDocument,
  EvaluatorsDocument,
  type InvitationFragment,
  PeopleDocument,
  type PersonFragment,
  UpdateUserDocument,
} from '@zi/schema/admin';
import { type MessageKey, SelectField, useT } from '@zi/ui';
import type { FormEvent } from 'react';
import { FormFooter } from '../forms/FormFooter';
import { useRecordForm } from '../forms/useRecordForm';
import { TextField } from '../registry/TextField';
import { OperatorUnitField } from './OperatorUnitField';
import {
  asksUnit,
  PERSON_LIMITS,
  type PersonField,
  type PersonProblem,
  type PersonValues,
  personFieldOf,
  personInput,
  personProblems,
  personValuesOf,
  type RoleChoices,
} from './person-form';

interface PersonFormProps {
  /** The person to edit; null adds one. */
  person: PersonFragment | null;
  /** The roles to offer, each with whether its account needs a unit, as the API says. */
  roles: RoleChoices;
  onCreated: (invitation: InvitationFragment) => void;
  onUpdated: (person: PersonFragment) => void;
  onCancel: () => void;
}

/** What a missing value is called, field by field. */
const REQUIRED: Record<PersonField, MessageKey> = {
  name: 'form.required',
  email: 'form.required',
  role: 'personForm.roleRequired',
  unit: 'personForm.unitRequired',
};

/** A person's name, email, role (and an operator's unit) and whether they may sign in. */
export function PersonForm({ person, roles, onCreated, onUpdated, onCancel }: PersonFormProps) {
  const t = useT();
  // The API says what the viewer may change (no one changes their own role or deactivates themselves).
  const may = person?.viewerMay ?? { changeRole: true, deactivate: true };
  const refetchQueries = [PeopleDocument, EvaluatorsDocument];
  const [create, created] = useMutation(CreateUserDocument, { refetchQueries });
  const [update, updated] = useMutation(UpdateUserDocument, { refetchQueries });
  const problemText = (problem: PersonProblem, field: PersonField): string => {
    if (problem === 'tooLong')
      return t('form.tooLong', { max: PERSON_LIMITS[field as keyof typeof PERSON_LIMITS] });
    if (problem === 'format') return t('personForm.emailFormat');
    return t(REQUIRED[field]);
  };
  const { values, change, problemOf, formError, check, loading } = useRecordForm({
    initial: () => personValuesOf(person),
    problemsOf: (current: PersonValues) => personProblems(current, roles),
    problemText,
    fieldOf: personFieldOf,
    mutation: person ? updated : created,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check()) return;
    const input = personInput(values, roles);
    if (person) {
      const result = await update({ variables: { id: person.id, input } });
      if (result.data) onUpdated(result.data.updateUser);
    } else {
      const result = await create({ variables: { input } });
      if (result.data) onCreated(result.data.createUser);
    }
  }

  return (
    // The failure is shown from the mutation's `error`.
    <form
      className="dialog__form stack"
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      <TextField
        label={t('personForm.name')}
        value={values.name}
        problem={problemOf('name')}
        testId="person-name"
        autoComplete="off"
        required
        onChange={(value) => change('name', value)}
      />
      <TextField
        label={t('personForm.email')}
        hint={t('personForm.emailHint')}
        type="email"
        value={values.email}
        problem={problemOf('email')}
        testId="person-email"
        autoComplete="off"
        required
        onChange={(value) => change('email', value)}
      />
      <SelectField
        label={t('people.role')}
        hint={t('personForm.roleHint')}
        anyLabel={t('personForm.chooseRole')}
        value={values.role}
        options={roles.map(({ role }) => ({ value: role, label: t(`role.${role}`) }))}
        problem={problemOf('role')}
        disabled={!may.changeRole}
        testId="person-role"
        onChange={(role) => change('role', roles.find((choice) => choice.role === role)?.role ?? '')}
      />
      {asksUnit(roles, values.role) && (
        <OperatorUnitField
          unit={values.unit}
          problem={problemOf('unit')}
          onChange={(unit) => change('unit', unit)}
        />
      )}
      <div className="field">
        <label className="registry-check">
          <input
            type="checkbox"
            checked={values.active}
            disabled={!may.deactivate}
            data-testid="person-active"
            onChange={(event) => change('active', event.target.checked)}
          />
          {t('personForm.active')}
        </label>
        <p className="field__hint">
          {t(may.changeRole && may.deactivate ? 'personForm.activeHint' : 'personForm.selfHint')}
        </p>
      </div>
      <FormFooter
        error={formError}
        errorTestId="person-form-error"
        label={t(person ? 'form.save' : 'personForm.create')}
        busyLabel={t('form.saving')}
        busy={loading}
        submitTestId="person-save"
        onCancel={onCancel}
      />
    </form>
  );
}
