import type { CsvValue } from '../../common/csv.js';
import { UNIT_PREDICATE_STATUS } from '../predicates/predicate-rules.js';
import { unitRegionSql } from '../units/region-rule.js';

export interface Column {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  description: string;
  /** The SQL gives a row's UUID; the file shows the API's global ID of this node type. */
  globalIdOf?: 'Unit' | 'Instansi';
}

export interface Dataset {
  name: string;
  title: string;
  columns: Column[];
  /** SQL returning exactly the columns, in a stable order. */
  sql: string;
}

const unitColumns: Column[] = [
  {
    name: 'unit_id',
    type: 'string',
    description: 'The unit’s ID in the public API (node(id:)).',
    globalIdOf: 'Unit',
  },
  { name: 'unit_name', type: 'string', description: 'The work unit (unit kerja).' },
];

/** What the open data holds: exactly what the public site and API show, nothing internal. */
export const DATASETS: Dataset[] = [
  {
    name: 'instansi',
    title: 'Government bodies',
    columns: [
      {
        name: 'instansi_id',
        type: 'string',
        description: 'The body’s ID in the public API.',
        globalIdOf: 'Instansi',
      },
      { name: 'name', type: 'string', description: 'Name of the government body.' },
      { name: 'kind', type: 'string', description: 'province, regency, city or ministry.' },
      { name: 'region_code', type: 'string', description: 'Kemendagri region code; empty for a ministry.' },
    ],
    sql: `SELECT i.id AS instansi_id, i.name, i.kind, i.region_code FROM instansi i ORDER BY i.name, i.id`,
  },
  {
    name: 'units',
    title: 'Work units and where they stand',
    columns: [
      ...unitColumns,
      {
        name: 'kind',
        type: 'string',
        description: 'dinas, badan, rsud, puskesmas, school, kecamatan or other.',
      },
      {
        name: 'instansi_id',
        type: 'string',
        description: 'The government body it belongs to.',
        globalIdOf: 'Instansi',
      },
      { name: 'instansi_name', type: 'string', description: 'Name of that body.' },
      {
        name: 'region_code',
        type: 'string',
        description: 'The unit’s region code: its own if set, else its body’s; "64" holds "64.71".',
      },
      { name: 'address', type: 'string', description: 'Office address.' },
      { name: 'head_name', type: 'string', description: 'Name of the unit head.' },
      { name: 'serves_public', type: 'boolean', description: 'Whether it serves the public directly.' },
      {
        name: 'current_stage',
        type: 'string',
        description: 'Latest stage of its ZI timeline; empty if none.',
      },
      { name: 'current_stage_on', type: 'date', description: 'When it reached that stage.' },
      {
        name: 'active_predicate',
        type: 'string',
        description: 'The highest predicate held now (wbbm over wbk, not revoked); empty if none.',
      },
      {
        name: 'aliases',
        type: 'string',
        description:
          'Acronyms and short names the unit is known by (e.g. DPMPTSP), separated by "|"; empty if none.',
      },
    ],
    sql: `SELECT u.id AS unit_id, u.name AS unit_name, u.kind, i.id AS instansi_id,
            i.name AS instansi_name, ${unitRegionSql('u.region_code', 'i.region_code')} AS region_code, u.address,
            u.head_name, u.serves_public, u.current_stage, u.current_stage_on::text AS current_stage_on,
            ps.active_predicate, array_to_string(u.aliases, '|') AS aliases
          FROM unit u JOIN instansi i ON i.id = u.instansi_id LEFT JOIN ${UNIT_PREDICATE_STATUS} ps ON ps.unit_id = u.id
          WHERE u.archived_at IS NULL ORDER BY i.name, u.name, u.id`,
  },
  {
    name: 'stage_events',
    title: 'Stage timelines',
    columns: [
      ...unitColumns,
      {
        name: 'stage',
        type: 'string',
        description:
          'declared, building, self_assessed, tpi_evaluated, proposed, wbk, wbbm, not_awarded or revoked.',
      },
      { name: 'occurred_on', type: 'date', description: 'Date of the step.' },
      { name: 'year', type: 'integer', description: 'Program year.' },
      { name: 'note', type: 'string', description: 'Public note.' },
      { name: 'source_url', type: 'string', description: 'Public source (news, decree).' },
    ],
    sql: `SELECT u.id AS unit_id, u.name AS unit_name, s.stage, s.occurred_on::text AS occurred_on, s.year,
            s.note, s.source_url
          FROM stage_event s JOIN unit u ON u.id = s.unit_id WHERE u.archived_at IS NULL ORDER BY u.name, s.occurred_on, s.created_at, s.id`,
  },
  {
    name: 'predicates',
    title: 'WBK and WBBM predicates',
    columns: [
      ...unitColumns,
      { name: 'predicate', type: 'string', description: 'wbk or wbbm.' },
      { name: 'year', type: 'integer', description: 'Year awarded.' },
      { name: 'decree_number', type: 'string', description: 'Decree (SK) number.' },
      { name: 'decree_date', type: 'date', description: 'Decree date.' },
      { name: 'revoked_on', type: 'date', description: 'Date revoked; empty if not.' },
      { name: 'revocation_reason', type: 'string', description: 'Why it was revoked.' },
    ],
    sql: `SELECT u.id AS unit_id, u.name AS unit_name, p.kind AS predicate, p.year, p.decree_number,
            p.decree_date::text AS decree_date, p.revoked_on::text AS revoked_on, p.revocation_reason
          FROM predicate p JOIN unit u ON u.id = p.unit_id WHERE u.archived_at IS NULL ORDER BY u.name, p.year, p.kind, p.id`,
  },
  {
    name: 'pacts',
    title: 'Integrity pacts',
    columns: [
      ...unitColumns,
      { name: 'signed_on', type: 'date', description: 'Signing date.' },
      { name: 'occasion', type: 'string', description: 'Declaration, appointment, transfer.' },
      { name: 'leader_name', type: 'string', description: 'Leader who signed for the unit.' },
      { name: 'signatory_count', type: 'integer', description: 'Number of people who signed.' },
      { name: 'document_ref', type: 'string', description: 'Where the signed document can be read.' },
      { name: 'verification_code', type: 'string', description: 'Code printed on the pact poster.' },
    ],
    sql: `SELECT u.id AS unit_id, u.name AS unit_name, p.signed_on::text AS signed_on, p.occasion,
            p.leader_name, p.signatory_count, p.document_ref, p.verification_code
          FROM pact p JOIN unit u ON u.id = p.unit_id WHERE u.archived_at IS NULL ORDER BY u.name, p.signed_on, p.id`,
  },
];

export type Row = Record<string, CsvValue>;
