import { defineCommand, defineQuery } from '../../common/sql-query.js';

/** How an instansi heads and numbers its reports. */
export const letterheadOf = defineQuery<
  { instansiId: string },
  {
    name: string;
    inspectorate_address: string | null;
    inspektur_name: string | null;
    inspektur_nip: string | null;
    lhe_number_format: string;
  }
>({
  sql: `SELECT name, inspectorate_address, inspektur_name, inspektur_nip, lhe_number_format
        FROM instansi WHERE id = :instansiId`,
  columns: {
    name: 'text',
    inspectorate_address: 'text',
    inspektur_name: 'text',
    inspektur_nip: 'text',
    lhe_number_format: 'text',
  },
});

/** The logo on an instansi's letterhead, or none. */
export const letterheadLogo = defineQuery<{ instansiId: string }, { logo: Buffer; type: string }>({
  sql: `SELECT letterhead_logo AS logo, letterhead_logo_type AS type FROM instansi
        WHERE id = :instansiId AND letterhead_logo IS NOT NULL`,
  columns: { logo: 'bytea', type: 'text' },
});

export const setLetterheadLogo = defineCommand<{
  instansiId: string;
  logo: Buffer | null;
  type: string | null;
}>('UPDATE instansi SET letterhead_logo = :logo, letterhead_logo_type = :type WHERE id = :instansiId');
