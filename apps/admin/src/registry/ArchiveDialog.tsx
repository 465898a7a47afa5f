import { useMutation } from '@apollo/client/react';
import { ArchiveUnitDocument, type RegistryUnitFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { inputErrorOf } from '../api-errors';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../forms/FormFooter';
import { useRefusalText } from '../useRefusalText';
import { TextField } from './TextField';
import { forgetUnitLists } from './units-cache';

interface ArchiveDialogProps {
  /** The unit to archive; null while the dialog is closed. */
  unit: RegistryUnitFragment | null;
  onClose: () => void;
  onArchived: (unit: RegistryUnitFragment) => void;
}

/** Asks before a unit leaves the lists, and why: the reason stays with it in the archive. */
export function ArchiveDialog({ unit, onClose, onArchived }: ArchiveDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={unit ? t('archive.title', { name: unit.name }) : ''}
      open={unit !== null}
      onClose={onClose}
      testId="archive-dialog"
    >
      {unit && <ArchiveForm key={unit.id} unit={unit} onCancel={onClose} onArchived={onArchived} />}
    </Dialog>
  );
}

interface ArchiveFormProps {
  unit: RegistryUnitFragment;
  onCancel: () => void;
  onArchived: (unit: RegistryUnitFragment) => void;
}

function ArchiveForm({ unit, onCancel, onArchived }: ArchiveFormProps) {
  const t = useT();
  const describe = useRefusalText();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [archive, { loading, error, reset }] = useMutation(ArchiveUnitDocument, { update: forgetUnitLists });
  const refused = error ? inputErrorOf(error) : null;
  const missing = checked && !reason.trim();
  const reasonProblem = missing ? t('archive.reasonRequired') : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (!reason.trim()) return;
    const result = await archive({ variables: { input: { unitId: unit.id, reason: reason.trim() } } });
    if (result.data) onArchived(result.data.archiveUnit);
  }

  return (
    // The failure is shown from the mutation's `error`.
    <form className="dialog__form" noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <p>{t('archive.help')}</p>
      <TextField
        label={t('archive.reasonLabel')}
        hint={t('archive.reasonHint')}
        value={reason}
        problem={reasonProblem ?? (refused?.field === 'reason' ? describe(refused.refusal) : null)}
        testId="archive-reason"
        multiline
        required
        onChange={(value) => {
          reset();
          setReason(value);
        }}
      />
      <FormFooter
        error={refused && refused.field !== 'reason' ? describe(refused.refusal) : null}
        errorTestId="archive-error"
        label={t('archive.confirm')}
        busyLabel={t('archive.archiving')}
        busy={loading}
        submitTestId="archive-confirm"
        submitClassName="registry-danger"
        onCancel={onCancel}
      />
    </form>
  );
}
