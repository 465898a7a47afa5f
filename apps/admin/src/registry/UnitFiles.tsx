import { UnitExport } from './UnitExport';
import { UnitImport } from './UnitImport';

/** The units list as a file: imported in two steps, exported as it stands. */
export function UnitFiles() {
  return (
    <div className="stack">
      <UnitImport />
      <UnitExport />
    </div>
  );
}
