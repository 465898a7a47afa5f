import {
  column,
  enumColumn,
  globalIdColumn,
  type TypeProjection,
} from '../../public-api/compiled/projection.js';

/** A government body as the public API reads it from `instansi`. */
export const instansiProjection: TypeProjection = {
  type: 'Instansi',
  fields: {
    id: globalIdColumn('Instansi'),
    name: column('name'),
    kind: enumColumn('kind', 'InstansiKind'),
    regionCode: column('region_code'),
  },
};
