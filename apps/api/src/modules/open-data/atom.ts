import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';

export interface Change {
  id: string;
  kind: 'stage' | 'pact';
  unitId: string;
  unitName: string;
  date: string;
  detail: string;
  note: string | null;
}

const STAGE_TITLES: Record<string, string> = {
  declared: 'mencanangkan Zona Integritas',
  building: 'mulai membangun Zona Integritas',
  self_assessed: 'menyelesaikan penilaian mandiri',
  tpi_evaluated: 'dievaluasi Tim Penilai Internal',
  proposed: 'diusulkan ke KemenPANRB',
  wbk: 'ditetapkan sebagai unit Menuju WBK',
  wbbm: 'ditetapkan sebagai unit Menuju WBBM',
  not_awarded: 'belum ditetapkan oleh Tim Penilai Nasional',
  revoked: 'predikatnya dicabut',
};

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

/** How many changes the feed shows: the newest ones. */
export const FEED_ENTRIES = 100;

/** The latest changes a newsroom follows: stage moves (awards and revocations included) and pacts. */
export async function latestChanges(dataSource: DataSource, limit = FEED_ENTRIES): Promise<Change[]> {
  return (await dataSource.query(
    `SELECT * FROM (
       SELECT s.id::text, 'stage' AS kind, u.id AS "unitId", u.name AS "unitName", s.occurred_on::text AS date,
              s.stage AS detail, s.note, s.created_at
       FROM stage_event s JOIN unit u ON u.id = s.unit_id WHERE u.archived_at IS NULL
       UNION ALL
       SELECT p.id::text, 'pact', u.id, u.name, p.signed_on::text, p.occasion,
              p.signatory_count || ' penanda tangan, dipimpin ' || p.leader_name, p.created_at
       FROM pact p JOIN unit u ON u.id = p.unit_id WHERE u.archived_at IS NULL
     ) changes ORDER BY date DESC, created_at DESC, id LIMIT $1`,
    [limit],
  )) as Change[];
}

function entry(change: Change, siteUrl: string): string {
  const title =
    change.kind === 'pact'
      ? `${change.unitName} menandatangani pakta integritas (${change.detail})`
      : `${change.unitName} ${STAGE_TITLES[change.detail] ?? change.detail}`;
  const link = `${siteUrl}/units/${toGlobalId('Unit', change.unitId)}`;
  return [
    '  <entry>',
    `    <id>urn:zona-integritas:${change.kind}:${change.id}</id>`,
    `    <title>${escapeXml(title)}</title>`,
    `    <updated>${change.date}T00:00:00Z</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
    change.note ? `    <summary>${escapeXml(change.note)}</summary>` : '',
    '  </entry>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** An Atom 1.0 feed (RFC 4287) of the latest changes, linking each to its unit's page. */
export function atomFeed(changes: Change[], siteUrl: string): string {
  const updated = changes[0] ? `${changes[0].date}T00:00:00Z` : new Date(0).toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">',
    '  <title>Perubahan registri Zona Integritas</title>',
    '  <subtitle>Pencanangan, penetapan WBK/WBBM, pencabutan, dan pakta integritas</subtitle>',
    `  <id>${escapeXml(siteUrl)}/open-data/feed.atom</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(siteUrl)}/open-data/feed.atom"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(siteUrl)}/"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Registri Zona Integritas</name></author>',
    '  <rights>CC BY 4.0</rights>',
    ...changes.map((change) => entry(change, siteUrl)),
    '</feed>',
    '',
  ].join('\n');
}
