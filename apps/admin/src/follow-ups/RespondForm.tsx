import { useMutation } from '@apollo/client/react';
import { type FollowUpItemFragment, type FollowUpStatus, RespondToFollowUpDocument } from '@zi/schema/admin';
import { type MessageKey, useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { FormFooter } from '../forms/FormFooter';
import { InputField } from '../forms/InputField';
import { TextAreaField } from '../forms/TextAreaField';
import { Choices } from '../monitoring/Choices';
import { NO_PROBLEMS } from '../monitoring/form-errors';
import { useFieldErrors } from '../monitoring/useFieldErrors';
import { FollowUpFilesField } from './FollowUpFilesField';
import { RESPONSE_FIELDS, type ResponseDraft, responseDraftOf, responseProblems } from './response-draft';

/** Each status as the unit says it, in its own words where it has them. */
const ANSWER_LABELS: Record<FollowUpStatus, MessageKey> = {
  OPEN: 'followUpStatus.OPEN',
  IN_PROGRESS: 'followUps.answer.IN_PROGRESS',
  DONE: 'followUps.answer.DONE',
  VERIFIED: 'followUpStatus.VERIFIED',
};

interface RespondFormProps {
  followUp: FollowUpItemFragment;
  onCancel: () => void;
  onDone: () => void;
}

/**
 * The unit's answer in a status the API offers (working on it, or done), with what was done, and its
 * evidence as files or a link.
 */
export function RespondForm({ followUp, onCancel, onDone }: RespondFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<ResponseDraft>(() => responseDraftOf(followUp));
  const [checked, setChecked] = useState(false);
  const [respond, { loading, error, reset }] = useMutation(RespondToFollowUpDocument);
  const errors = useFieldErrors(checked ? responseProblems(draft) : NO_PROBLEMS, error, RESPONSE_FIELDS);

  const edit = (patch: Partial<ResponseDraft>) => {
    reset();
    setDraft({ ...draft, ...patch });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (responseProblems(draft).size > 0) return;
    await respond({
      variables: {
        input: {
          followUpId: followUp.id,
          status: draft.status,
          response: draft.response.trim(),
          evidenceUrl: draft.evidenceUrl.trim() || null,
        },
      },
    });
    onDone();
  }

  return (
    // The failure is shown from the mutation's `error`.
    <form
      className="follow-up__form"
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      <Choices
        legend={t('followUps.answerStatus')}
        value={draft.status}
        options={followUp.viewerMay.respondWith.map((value) => ({ value, label: t(ANSWER_LABELS[value]) }))}
        onChange={(status) => edit({ status })}
        error={errors.at('status')}
        testId="respond-status"
      />
      <TextAreaField
        label={t('followUps.responseLabel')}
        error={errors.at('response')}
        testId="respond-response"
        rows={3}
        value={draft.response}
        onChange={(response) => edit({ response })}
      />
      <InputField
        label={t('followUps.evidenceLabel')}
        hint={t('followUps.evidenceHint')}
        error={errors.at('evidenceUrl')}
        testId="respond-evidence"
        type="url"
        value={draft.evidenceUrl}
        onChange={(evidenceUrl) => edit({ evidenceUrl })}
      />
      <FollowUpFilesField followUp={followUp} />
      <FormFooter
        error={errors.general}
        errorTestId="respond-error"
        label={t('followUps.sendResponse')}
        busyLabel={t('monitoring.saving')}
        busy={loading}
        submitTestId="respond-save"
        onCancel={onCancel}
        compact
      />
    </form>
  );
}
