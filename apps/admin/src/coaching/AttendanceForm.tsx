import { useMutation } from '@apollo/client/react';
import { type CoachingSessionItemFragment, RecordCoachingAttendanceDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { FormError } from '../forms/FormError';
import { SubmitButton } from '../forms/SubmitButton';
import { TextAreaField } from '../forms/TextAreaField';
import { NO_PROBLEMS } from '../monitoring/form-errors';
import { useFieldErrors } from '../monitoring/useFieldErrors';

const FIELDS = new Set(['attendedUnitIds', 'notes']);

/** For the Inspektorat: which invited units came, and the notes of the session. */
export function AttendanceForm({ session }: { session: CoachingSessionItemFragment }) {
  const t = useT();
  const [attended, setAttended] = useState(() =>
    session.invitations.filter((invitation) => invitation.attended).map((invitation) => invitation.unit.id),
  );
  const [notes, setNotes] = useState(session.notes ?? '');
  const [saved, setSaved] = useState(false);
  const [record, { loading, error, reset }] = useMutation(RecordCoachingAttendanceDocument);
  const errors = useFieldErrors(NO_PROBLEMS, error, FIELDS);

  const edit = () => {
    reset();
    setSaved(false);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The session in the cache takes the attendance: the list shows it.
    await record({
      variables: { input: { sessionId: session.id, attendedUnitIds: attended, notes: notes.trim() || null } },
    });
    setSaved(true);
  }

  return (
    // The failure is shown from the mutation's `error`.
    <form className="attendance-form" onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <fieldset className="unit-checklist" data-testid="attendance">
        <legend className="field__label">{t('coaching.whoCame')}</legend>
        <ul className="unit-checklist__list">
          {session.invitations.map((invitation) => (
            <li key={invitation.unit.id}>
              <label>
                <input
                  type="checkbox"
                  checked={attended.includes(invitation.unit.id)}
                  onChange={(event) => {
                    edit();
                    setAttended(
                      event.target.checked
                        ? [...attended, invitation.unit.id]
                        : attended.filter((id) => id !== invitation.unit.id),
                    );
                  }}
                />
                {invitation.unit.name}
              </label>
            </li>
          ))}
        </ul>
        {errors.at('attendedUnitIds') && <p className="field__error">{errors.at('attendedUnitIds')}</p>}
      </fieldset>
      <TextAreaField
        label={t('coaching.notes')}
        error={errors.at('notes')}
        testId="attendance-notes"
        rows={4}
        value={notes}
        onChange={(value) => {
          edit();
          setNotes(value);
        }}
      />
      <FormError error={errors.general} />
      <SubmitButton
        label={t('coaching.saveAttendance')}
        busyLabel={t('monitoring.saving')}
        busy={loading}
        testId="attendance-save"
      />
      <p role="status" data-testid="attendance-saved">
        {saved && t('coaching.attendanceSaved')}
      </p>
    </form>
  );
}
