import type { InvitationFragment, PersonFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { Dialog } from '../components/Dialog';
import { PersonForm } from './PersonForm';
import type { RoleChoices } from './person-form';

interface PersonDialogProps {
  /** The person to edit, 'new' to add one, null while closed. */
  person: PersonFragment | 'new' | null;
  /** The roles a person may be given, as the API lists them. */
  roles: RoleChoices;
  onClose: () => void;
  onCreated: (invitation: InvitationFragment) => void;
  onUpdated: (person: PersonFragment) => void;
}

/** Adds a person to the portal, or edits one. */
export function PersonDialog({ person, roles, onClose, onCreated, onUpdated }: PersonDialogProps) {
  const t = useT();
  const editing = person === 'new' ? null : person;
  const title = editing ? t('personForm.editTitle', { name: editing.name }) : t('personForm.createTitle');
  return (
    <Dialog title={person ? title : ''} open={person !== null} onClose={onClose} testId="person-dialog">
      {person && (
        <PersonForm
          key={editing?.id ?? 'new'}
          person={editing}
          roles={roles}
          onCancel={onClose}
          onCreated={onCreated}
          onUpdated={onUpdated}
        />
      )}
    </Dialog>
  );
}
