import {
  column,
  dayColumn,
  globalIdColumn,
  rowBy,
  rowsOf,
  type TypeProjection,
} from '../../public-api/compiled/projection.js';
import { PACTS_ORDER } from './pact.loader.js';

/** An integrity pact as the public API reads it from `pact`. */
export const pactProjection: TypeProjection = {
  type: 'Pact',
  fields: {
    id: globalIdColumn('Pact'),
    signedOn: dayColumn('signed_on'),
    occasion: column('occasion'),
    leaderName: column('leader_name'),
    signatoryCount: column('signatory_count'),
    documentRef: column('document_ref'),
    verificationCode: column('verification_code'),
    unit: rowBy('unit', 'unit_id'),
  },
};

/** A unit's pacts, the field this module adds to `Unit` (UnitPactsResolver). */
export const unitPactsProjection: TypeProjection = {
  type: 'Unit',
  fields: { pacts: rowsOf('pact', 'unit_id', PACTS_ORDER) },
};
