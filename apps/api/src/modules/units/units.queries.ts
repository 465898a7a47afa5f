import { defineCommand, defineQuery, type NoParams } from '../../common/sql-query.js';
import { ALIAS_SEPARATOR } from './unit-aliases.js';
import type { UnitFields } from './unit-registry.service.js';

/** What the import knows of a unit already registered: its fields and whether it is archived. */
export interface KnownUnit extends UnitFields {
  id: string;
  archived: boolean;
}

/** The instansi's units, archived ones included. */
export const knownUnits = defineQuery<{ instansiId: string }, KnownUnit>({
  sql: `SELECT id, name, kind, code, region_code AS "regionCode", address, head_name AS "headName",
               serves_public AS "servesPublic", aliases, archived_at IS NOT NULL AS archived
          FROM unit WHERE instansi_id = :instansiId`,
  columns: {
    id: 'uuid',
    name: 'text',
    kind: 'text',
    code: 'text',
    regionCode: 'text',
    address: 'text',
    headName: 'text',
    servesPublic: 'boolean',
    aliases: 'text[]',
    archived: 'boolean',
  },
});

/** Units' fields, one array per column, so that a statement's parameters do not grow with its rows. */
export interface UnitColumns {
  ids: string[];
  names: string[];
  kinds: string[];
  codes: (string | null)[];
  regionCodes: (string | null)[];
  addresses: (string | null)[];
  headNames: (string | null)[];
  servesPublic: boolean[];
  /** One text per unit: unnest flattens an array of arrays, and an alias holds no separator. */
  aliases: string[];
}

const COLUMN_ARRAYS = `unnest(:ids::uuid[], :names::text[], :kinds::text[], :codes::text[], :regionCodes::text[],
    :addresses::text[], :headNames::text[], :servesPublic::boolean[], :aliases::text[])
  AS v(id, name, kind, code, region_code, address, head_name, serves_public, aliases)`;
const ALIASES_OF_V = `string_to_array(v.aliases, '${ALIAS_SEPARATOR}')`;

export const insertUnits = defineCommand<UnitColumns & { instansiId: string }>(
  `INSERT INTO unit (id, instansi_id, name, kind, code, region_code, address, head_name, serves_public, aliases)
   SELECT v.id, :instansiId, v.name, v.kind, v.code, v.region_code, v.address, v.head_name, v.serves_public, ${ALIASES_OF_V}
     FROM ${COLUMN_ARRAYS}`,
);

export const updateUnits = defineCommand<UnitColumns>(
  `UPDATE unit u SET name = v.name, kind = v.kind, code = v.code, region_code = v.region_code,
     address = v.address, head_name = v.head_name, serves_public = v.serves_public,
     aliases = ${ALIASES_OF_V}, updated_at = now()
   FROM ${COLUMN_ARRAYS}
   WHERE u.id = v.id`,
);

/** How many units are active (not archived): kept exact by triggers (migration 1766000000000). */
export const activeUnitCount = defineQuery<NoParams, { n: number }>({
  sql: 'SELECT units::int AS n FROM active_unit_count',
  columns: { n: 'integer' },
});
