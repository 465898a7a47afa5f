import {
  column,
  enumColumn,
  globalIdColumn,
  orderSql,
  type RootProjection,
  type TypeProjection,
} from '../../public-api/compiled/projection.js';
import { checkedArgs, compiledConnection, compiledRows } from '../../public-api/compiled/root-answers.js';
import { InstansiArgs, InstansiFilter } from './instansi.inputs.js';
import { INSTANSI_LIST_ORDER } from './instansi.service.js';

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

/** `instansi` (the connection) and `instansiList`, as InstansiPublicResolver answers them. */
export const instansiRoots: RootProjection[] = [
  {
    field: 'instansi',
    resolve: async (request) => {
      const args = await checkedArgs(InstansiArgs, request.args, { filter: InstansiFilter });
      return compiledConnection(request, request.services.instansi.listQuery(args), args);
    },
  },
  {
    field: 'instansiList',
    resolve: (request) => compiledRows(request, 'instansi', orderSql('r', INSTANSI_LIST_ORDER)),
  },
];
