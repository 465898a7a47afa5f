import { useMutation } from '@apollo/client/react';
import { type CoachingKind, ScheduleCoachingSessionDocument } from '@zi/schema/admin';
import { Loading, useT } from '@zi/ui';
import { type FormEvent, useReducer, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../ApiError';
import { useTimeZone } from '../auth/useTimeZone';
import { jakartaToday } from '../deadlines/deadlines';
import { FormFooter } from '../forms/FormFooter';
import { InputField } from '../forms/InputField';
import { TextAreaField } from '../forms/TextAreaField';
import { Choices } from '../monitoring/Choices';
import { Field } from '../monitoring/Field';
import { NO_PROBLEMS } from '../monitoring/form-errors';
import type { ScopeUnit } from '../monitoring/round-grid';
import { useFieldErrors } from '../monitoring/useFieldErrors';
import { useScopeUnits } from '../monitoring/useScopeUnits';
import { zoneName } from '../time/zone-time';
import {
  blankSession,
  changeSession,
  EVERY_INVITED_UNIT,
  followUpPath,
  type SessionChange,
  type SessionDraft,
  sessionInput,
  sessionPaths,
  sessionProblems,
} from './session-draft';
import { UnitChecklist } from './UnitChecklist';

const KINDS: readonly CoachingKind[] = ['COACHING', 'SOCIALISATION'];

type Errors = ReturnType<typeof useFieldErrors>;
type TextField = Extract<SessionChange, { type: 'text' }>['field'];

/**
 * A coaching session or a socialisation event: when (in Jakarta time), where, who is invited, and
 * what each unit is to do after it. Scheduled at once, it notifies the invited units.
 */
export function ScheduleForm({ onCancel }: { onCancel: () => void }) {
  const t = useT();
  const zone = useTimeZone();
  const navigate = useNavigate();
  const scope = useScopeUnits();
  const [draft, dispatch] = useReducer(changeSession, undefined, blankSession);
  const [checked, setChecked] = useState(false);
  const [schedule, { loading, error, reset }] = useMutation(ScheduleCoachingSessionDocument);
  const errors = useFieldErrors(checked ? sessionProblems(draft) : NO_PROBLEMS, error, sessionPaths(draft));

  const change = (edit: SessionChange) => {
    reset();
    dispatch(edit);
  };
  const text = (field: TextField) => ({
    value: draft[field],
    onChange: (value: string) => change({ type: 'text', field, value }),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (sessionProblems(draft).size > 0) return;
    const result = await schedule({
      variables: { input: sessionInput(draft, zone) },
      update: (cache) => {
        // The calendar and the lists ask again: the session is on them.
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'coachingSessions' });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'followUps' });
      },
    });
    if (result.data) navigate(`/pendampingan/${result.data.scheduleCoachingSession.id}`);
  }

  if (scope.error) return <ApiError error={scope.error} onRetry={scope.reload} />;
  if (!scope.units) return <Loading />;
  return (
    // The failure is shown from the mutation's `error`.
    <form
      className="dialog__form schedule-form"
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      <Choices
        legend={t('coaching.kind')}
        value={draft.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`coachingKind.${kind}`) }))}
        onChange={(kind) => change({ type: 'kind', kind })}
        error={errors.at('kind')}
        testId="schedule-kind"
      />
      <InputField
        label={t('coaching.topic')}
        error={errors.at('topic')}
        testId="schedule-topic"
        {...text('topic')}
      />
      <div className="schedule-form__when">
        <InputField
          label={t('coaching.day')}
          error={errors.at('day')}
          testId="schedule-day"
          type="date"
          {...text('day')}
        />
        <InputField
          label={t('coaching.startTime')}
          error={errors.at('startsAt')}
          testId="schedule-start"
          type="time"
          {...text('startTime')}
        />
        <InputField
          label={t('coaching.endTime')}
          error={errors.at('endsAt')}
          testId="schedule-end"
          type="time"
          {...text('endTime')}
        />
      </div>
      <p className="field__hint">{t('coaching.timeHint', { zone: zoneName(zone) })}</p>
      <InputField
        label={t('coaching.place')}
        hint={t('coaching.placeHint')}
        error={errors.at('place')}
        testId="schedule-place"
        {...text('place')}
      />
      <InputField
        label={t('coaching.onlineUrl')}
        error={errors.at('onlineUrl')}
        testId="schedule-online"
        type="url"
        {...text('onlineUrl')}
      />
      <InputField
        label={t('coaching.materialsUrl')}
        error={errors.at('materialsUrl')}
        testId="schedule-materials"
        type="url"
        {...text('materialsUrl')}
      />
      <TextAreaField
        label={t('coaching.notes')}
        error={errors.at('notes')}
        testId="schedule-notes"
        rows={3}
        {...text('notes')}
      />
      <UnitChecklist
        units={scope.units}
        invited={draft.unitIds}
        onChange={(unitIds, invited) => change({ type: 'invite', unitIds, invited })}
        error={errors.at('unitIds')}
        legend={t('coaching.invitedCountLabel', { count: draft.unitIds.length })}
        testId="invite-units"
      />
      <SessionFollowUps draft={draft} units={scope.units} errors={errors} onChange={change} />
      <FormFooter
        error={errors.general}
        errorTestId="schedule-error"
        label={t('coaching.schedule')}
        busyLabel={t('monitoring.saving')}
        busy={loading}
        submitTestId="schedule-save"
        onCancel={onCancel}
      />
    </form>
  );
}

interface SessionFollowUpsProps {
  draft: SessionDraft;
  units: readonly ScopeUnit[];
  errors: Errors;
  onChange: (change: SessionChange) => void;
}

/** What the session leaves each invited unit to do, by whom and by when. */
function SessionFollowUps({ draft, units, errors, onChange }: SessionFollowUpsProps) {
  const t = useT();
  const invited = units.filter((unit) => draft.unitIds.includes(unit.id));
  return (
    <fieldset className="schedule-form__follow-ups">
      <legend className="field__label">{t('coaching.followUps')}</legend>
      <p className="field__hint">{t('coaching.followUpsHint')}</p>
      {draft.followUps.map((row, index) => {
        const edit = (field: 'unitId' | 'description' | 'ownerName' | 'dueOn', value: string) =>
          onChange({ type: 'followUp', index, field, value });
        const testId = `session-follow-up-${index}`;
        return (
          <fieldset key={row.key} className="finding-form__follow-up" data-testid="session-follow-up">
            <legend>{t('monitoring.followUpNumber', { number: index + 1 })}</legend>
            <div className="finding-form__follow-up-fields">
              <Field
                label={t('followUps.unit')}
                error={errors.at(followUpPath(index, 'unitId'))}
                testId={`${testId}-unit`}
              >
                {(control) => (
                  <select
                    {...control}
                    className="field__control"
                    value={row.unitId}
                    onChange={(event) => edit('unitId', event.target.value)}
                  >
                    <option value="">{t('coaching.chooseUnit')}</option>
                    {invited.length > 1 && (
                      <option value={EVERY_INVITED_UNIT}>
                        {t('coaching.everyInvitedUnit', { count: invited.length })}
                      </option>
                    )}
                    {invited.map((unit) => (
                      <option key={unit.id} value={unit.id}>
                        {unit.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <InputField
                label={t('monitoring.followUpDescription')}
                error={errors.at(followUpPath(index, 'description'))}
                testId={`${testId}-description`}
                value={row.description}
                onChange={(value) => edit('description', value)}
              />
              <InputField
                label={t('monitoring.followUpOwner')}
                error={errors.at(followUpPath(index, 'ownerName'))}
                testId={`${testId}-owner`}
                value={row.ownerName}
                onChange={(value) => edit('ownerName', value)}
              />
              <InputField
                label={t('monitoring.followUpDue')}
                error={errors.at(followUpPath(index, 'dueOn'))}
                testId={`${testId}-due`}
                type="date"
                min={jakartaToday()}
                value={row.dueOn}
                onChange={(value) => edit('dueOn', value)}
              />
            </div>
            <button
              type="button"
              className="button button--link button--danger"
              onClick={() => onChange({ type: 'removeFollowUp', index })}
            >
              {t('monitoring.removeFollowUp', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="session-add-follow-up"
        onClick={() => onChange({ type: 'addFollowUp' })}
      >
        {t('monitoring.addFollowUp')}
      </button>
    </fieldset>
  );
}
