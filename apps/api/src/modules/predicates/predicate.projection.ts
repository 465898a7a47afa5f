import { column, dayColumn, enumColumn, type TypeProjection } from '../../public-api/compiled/projection.js';

/** A predicate as the public API reads it from `predicate`. */
export const predicateProjection: TypeProjection = {
  type: 'Predicate',
  fields: {
    kind: enumColumn('kind', 'PredicateKind'),
    year: column('year'),
    decreeNumber: column('decree_number'),
    decreeDate: dayColumn('decree_date'),
    revokedOn: dayColumn('revoked_on'),
    revocationReason: column('revocation_reason'),
  },
};
