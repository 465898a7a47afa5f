import { fromGlobalId } from '../../common/global-id.js';
import type { RootProjection } from '../../public-api/compiled/projection.js';
import { compiledRow } from '../../public-api/compiled/root-answers.js';

/** The table of each type `node(id)` finds (NodeResolver); any other type is null. */
const NODE_TABLES: Readonly<Record<string, string>> = { Unit: 'unit', Instansi: 'instansi', Pact: 'pact' };

/** `node(id)`: the row of the ID's type, its selection read on that type. */
export const nodeRoots: RootProjection[] = [
  {
    field: 'node',
    resolve: async (request) => {
      const { type, id } = fromGlobalId(String(request.args.id));
      const table = NODE_TABLES[type];
      return table ? compiledRow({ ...request, selection: request.selection.as(type) }, table, id) : null;
    },
  },
];
