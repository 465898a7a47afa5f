import {
  column,
  dayColumn,
  globalIdColumn,
  type RootProjection,
  rowBy,
  rowsOf,
  type TypeProjection,
} from '../../public-api/compiled/projection.js';
import { checkedArgs, compiledConnection, compiledRow } from '../../public-api/compiled/root-answers.js';
import { PactFilter, PactsArgs } from './pact.inputs.js';
import { PACTS_ORDER } from './pact.loader.js';
import { CODE_INPUT_LENGTH, normalizeVerificationCode } from './pact.service.js';

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

/** `pacts` (the connection) and `verifyPact`, as PactPublicResolver answers them. */
export const pactRoots: RootProjection[] = [
  {
    field: 'pacts',
    resolve: async (request) => {
      const args = await checkedArgs(PactsArgs, request.args, { filter: PactFilter });
      return compiledConnection(request, request.services.pacts.listQuery(args), args);
    },
  },
  {
    field: 'verifyPact',
    resolve: async (request) => {
      const code = normalizeVerificationCode(String(request.args.code).slice(0, CODE_INPUT_LENGTH));
      return code ? compiledRow(request, 'pact', code, 'verification_code') : null;
    },
  },
];

/** A unit's pacts, the field this module adds to `Unit` (UnitPactsResolver). */
export const unitPactsProjection: TypeProjection = {
  type: 'Unit',
  fields: { pacts: rowsOf('pact', 'unit_id', PACTS_ORDER) },
};
