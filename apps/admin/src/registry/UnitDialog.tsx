import type { RegistryUnitFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { Dialog } from '../components/Dialog';
import { UnitEvaluators } from './UnitEvaluators';
import { UnitForm } from './UnitForm';

interface UnitDialogProps {
  /** The unit to edit, 'new' to register one, null while closed. */
  unit: RegistryUnitFragment | 'new' | null;
  onClose: () => void;
  onSaved: (unit: RegistryUnitFragment, created: boolean) => void;
}

/** Registers a unit, or edits one and the evaluators assigned to it. */
export function UnitDialog({ unit, onClose, onSaved }: UnitDialogProps) {
  const t = useT();
  const editing = unit === 'new' ? null : unit;
  const title = editing ? t('unitForm.editTitle', { name: editing.name }) : t('unitForm.createTitle');
  return (
    <Dialog title={unit ? title : ''} open={unit !== null} onClose={onClose} testId="unit-dialog">
      {unit && (
        <>
          <UnitForm
            key={editing?.id ?? 'new'}
            unit={editing}
            onCancel={onClose}
            onSaved={(saved) => onSaved(saved, editing === null)}
          />
          {editing && <UnitEvaluators key={editing.id} unit={editing} />}
        </>
      )}
    </Dialog>
  );
}
