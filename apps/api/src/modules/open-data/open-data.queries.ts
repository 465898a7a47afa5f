import { defineQuery } from '../../common/sql-query.js';

export interface Change {
  id: string;
  kind: 'stage' | 'pact';
  unitId: string;
  unitName: string;
  date: string;
  detail: string;
  note: string | null;
}

/** The latest changes a newsroom follows: stage moves (awards and revocations included) and pacts. */
export const latestChangeRows = defineQuery<{ limit: number }, Change & { created_at: Date }>({
  sql: `SELECT * FROM (
          SELECT s.id::text, 'stage' AS kind, u.id AS "unitId", u.name AS "unitName", s.occurred_on::text AS date,
                 s.stage AS detail, s.note, s.created_at
          FROM stage_event s JOIN unit u ON u.id = s.unit_id WHERE u.archived_at IS NULL
          UNION ALL
          SELECT p.id::text, 'pact', u.id, u.name, p.signed_on::text, p.occasion,
                 p.signatory_count || ' penanda tangan, dipimpin ' || p.leader_name, p.created_at
          FROM pact p JOIN unit u ON u.id = p.unit_id WHERE u.archived_at IS NULL
        ) changes ORDER BY date DESC, created_at DESC, id LIMIT :limit`,
  columns: {
    id: 'text',
    kind: 'text',
    unitId: 'uuid',
    unitName: 'text',
    date: 'text',
    detail: 'text',
    note: 'text',
    created_at: 'timestamp with time zone',
  },
});
