import type { CsvValue } from '../../common/csv.js';
import type { Wording } from '../../common/document-language.js';
import { UNIT_PREDICATE_STATUS } from '../predicates/predicate-rules.js';
import { unitRegionSql } from '../units/region-rule.js';

export interface Column {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  description: Wording<string>;
  /** The SQL gives a row's UUID; the file shows the API's global ID of this node type. */
  globalIdOf?: 'Unit' | 'Instansi';
}

export interface Dataset {
  name: string;
  title: Wording<string>;
  columns: Column[];
  /** SQL returning exactly the columns, in a stable order. */
  sql: string;
}

const unitColumns: Column[] = [
  {
    name: 'unit_id',
    type: 'string',
    description: {
      id: 'ID unit pada API publik (`node(id:)`).',
      en: 'The unit’s ID in the public API (`node(id:)`).',
    },
    globalIdOf: 'Unit',
  },
  {
    name: 'unit_name',
    type: 'string',
    description: { id: 'Nama unit kerja.', en: 'The work unit (unit kerja).' },
  },
];

/** What the open data holds: exactly what the public site and API show, nothing internal. */
export const DATASETS: Dataset[] = [
  {
    name: 'instansi',
    title: { id: 'Instansi pemerintah', en: 'Government bodies' },
    columns: [
      {
        name: 'instansi_id',
        type: 'string',
        description: { id: 'ID instansi pada API publik.', en: 'The body’s ID in the public API.' },
        globalIdOf: 'Instansi',
      },
      {
        name: 'name',
        type: 'string',
        description: { id: 'Nama instansi pemerintah.', en: 'Name of the government body.' },
      },
      {
        name: 'kind',
        type: 'string',
        description: {
          id: '`province` (provinsi), `regency` (kabupaten), `city` (kota) atau `ministry` (kementerian/lembaga).',
          en: '`province`, `regency`, `city` or `ministry`.',
        },
      },
      {
        name: 'region_code',
        type: 'string',
        description: {
          id: 'Kode wilayah Kemendagri; kosong untuk kementerian/lembaga.',
          en: 'Kemendagri region code; empty for a ministry.',
        },
      },
    ],
    sql: `SELECT i.id AS instansi_id, i.name, i.kind, i.region_code FROM instansi i ORDER BY i.name, i.id`,
  },
  {
    name: 'units',
    title: { id: 'Unit kerja dan tahap yang dicapainya', en: 'Work units and where they stand' },
    columns: [
      ...unitColumns,
      {
        name: 'kind',
        type: 'string',
        description: {
          id: '`dinas`, `badan`, `rsud`, `puskesmas`, `school` (sekolah), `kecamatan` atau `other` (lainnya).',
          en: '`dinas`, `badan`, `rsud`, `puskesmas`, `school`, `kecamatan` or `other`.',
        },
      },
      {
        name: 'instansi_id',
        type: 'string',
        description: { id: 'Instansi induknya.', en: 'The government body it belongs to.' },
        globalIdOf: 'Instansi',
      },
      {
        name: 'instansi_name',
        type: 'string',
        description: { id: 'Nama instansi induk.', en: 'Name of that body.' },
      },
      {
        name: 'region_code',
        type: 'string',
        description: {
          id: 'Kode wilayah unit: kodenya sendiri bila ada, bila tidak kode instansinya; "64" mencakup "64.71".',
          en: 'The unit’s region code: its own if set, else its body’s; "64" holds "64.71".',
        },
      },
      { name: 'address', type: 'string', description: { id: 'Alamat kantor.', en: 'Office address.' } },
      {
        name: 'head_name',
        type: 'string',
        description: { id: 'Nama pimpinan unit.', en: 'Name of the unit head.' },
      },
      {
        name: 'serves_public',
        type: 'boolean',
        description: {
          id: 'Apakah unit melayani masyarakat secara langsung.',
          en: 'Whether it serves the public directly.',
        },
      },
      {
        name: 'current_stage',
        type: 'string',
        description: {
          id: 'Tahap terakhir perjalanan ZI-nya; kosong bila belum ada.',
          en: 'Latest stage of its ZI timeline; empty if none.',
        },
      },
      {
        name: 'current_stage_on',
        type: 'date',
        description: { id: 'Tanggal tahap itu dicapai.', en: 'When it reached that stage.' },
      },
      {
        name: 'active_predicate',
        type: 'string',
        description: {
          id: 'Predikat tertinggi yang kini dipegang (`wbbm` di atas `wbk`, tidak dicabut); kosong bila tidak ada.',
          en: 'The highest predicate held now (`wbbm` over `wbk`, not revoked); empty if none.',
        },
      },
      {
        name: 'aliases',
        type: 'string',
        description: {
          id: 'Singkatan dan nama pendek unit (mis. DPMPTSP), dipisah "|"; kosong bila tidak ada.',
          en: 'Acronyms and short names the unit is known by (e.g. DPMPTSP), separated by "|"; empty if none.',
        },
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
    title: { id: 'Riwayat tahap', en: 'Stage timelines' },
    columns: [
      ...unitColumns,
      {
        name: 'stage',
        type: 'string',
        description: {
          id: '`declared` (pencanangan), `building` (pembangunan), `self_assessed` (penilaian mandiri), `tpi_evaluated` (dievaluasi TPI), `proposed` (diusulkan), `wbk`, `wbbm`, `not_awarded` (tidak ditetapkan) atau `revoked` (dicabut).',
          en: '`declared`, `building`, `self_assessed`, `tpi_evaluated`, `proposed`, `wbk`, `wbbm`, `not_awarded` or `revoked`.',
        },
      },
      { name: 'occurred_on', type: 'date', description: { id: 'Tanggal tahap.', en: 'Date of the step.' } },
      { name: 'year', type: 'integer', description: { id: 'Tahun program.', en: 'Program year.' } },
      { name: 'note', type: 'string', description: { id: 'Catatan publik.', en: 'Public note.' } },
      {
        name: 'source_url',
        type: 'string',
        description: { id: 'Sumber publik (berita, surat keputusan).', en: 'Public source (news, decree).' },
      },
    ],
    sql: `SELECT u.id AS unit_id, u.name AS unit_name, s.stage, s.occurred_on::text AS occurred_on, s.year,
            s.note, s.source_url
          FROM stage_event s JOIN unit u ON u.id = s.unit_id WHERE u.archived_at IS NULL ORDER BY u.name, s.occurred_on, s.created_at, s.id`,
  },
  {
    name: 'predicates',
    title: { id: 'Predikat WBK dan WBBM', en: 'WBK and WBBM predicates' },
    columns: [
      ...unitColumns,
      {
        name: 'predicate',
        type: 'string',
        description: { id: '`wbk` atau `wbbm`.', en: '`wbk` or `wbbm`.' },
      },
      { name: 'year', type: 'integer', description: { id: 'Tahun penetapan.', en: 'Year awarded.' } },
      {
        name: 'decree_number',
        type: 'string',
        description: { id: 'Nomor surat keputusan (SK).', en: 'Decree (SK) number.' },
      },
      { name: 'decree_date', type: 'date', description: { id: 'Tanggal SK.', en: 'Decree date.' } },
      {
        name: 'revoked_on',
        type: 'date',
        description: {
          id: 'Tanggal pencabutan; kosong bila tidak dicabut.',
          en: 'Date revoked; empty if not.',
        },
      },
      {
        name: 'revocation_reason',
        type: 'string',
        description: { id: 'Alasan pencabutan.', en: 'Why it was revoked.' },
      },
    ],
    sql: `SELECT u.id AS unit_id, u.name AS unit_name, p.kind AS predicate, p.year, p.decree_number,
            p.decree_date::text AS decree_date, p.revoked_on::text AS revoked_on, p.revocation_reason
          FROM predicate p JOIN unit u ON u.id = p.unit_id WHERE u.archived_at IS NULL ORDER BY u.name, p.year, p.kind, p.id`,
  },
  {
    name: 'pacts',
    title: { id: 'Pakta integritas', en: 'Integrity pacts' },
    columns: [
      ...unitColumns,
      {
        name: 'signed_on',
        type: 'date',
        description: { id: 'Tanggal penandatanganan.', en: 'Signing date.' },
      },
      {
        name: 'occasion',
        type: 'string',
        description: { id: 'Pencanangan, pelantikan, mutasi.', en: 'Declaration, appointment, transfer.' },
      },
      {
        name: 'leader_name',
        type: 'string',
        description: {
          id: 'Pimpinan yang menandatangani atas nama unit.',
          en: 'Leader who signed for the unit.',
        },
      },
      {
        name: 'signatory_count',
        type: 'integer',
        description: { id: 'Jumlah penanda tangan.', en: 'Number of people who signed.' },
      },
      {
        name: 'document_ref',
        type: 'string',
        description: {
          id: 'Tempat dokumen bertanda tangan dapat dibaca.',
          en: 'Where the signed document can be read.',
        },
      },
      {
        name: 'verification_code',
        type: 'string',
        description: { id: 'Kode yang tercetak pada poster pakta.', en: 'Code printed on the pact poster.' },
      },
    ],
    sql: `SELECT u.id AS unit_id, u.name AS unit_name, p.signed_on::text AS signed_on, p.occasion,
            p.leader_name, p.signatory_count, p.document_ref, p.verification_code
          FROM pact p JOIN unit u ON u.id = p.unit_id WHERE u.archived_at IS NULL ORDER BY u.name, p.signed_on, p.id`,
  },
];

export type Row = Record<string, CsvValue>;
