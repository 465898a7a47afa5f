import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';
import { escapeMarkup } from '../../common/markup.js';
import { type Change, latestChangeRows } from './open-data.queries.js';

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

/** How many changes the feed shows: the newest ones. */
export const FEED_ENTRIES = 100;

/** The latest changes a newsroom follows: stage moves (awards and revocations included) and pacts. */
export async function latestChanges(dataSource: DataSource, limit = FEED_ENTRIES): Promise<Change[]> {
  return latestChangeRows(dataSource.manager, { limit });
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
    `    <title>${escapeMarkup(title)}</title>`,
    `    <updated>${change.date}T00:00:00Z</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeMarkup(link)}"/>`,
    change.note ? `    <summary>${escapeMarkup(change.note)}</summary>` : '',
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
    `  <id>${escapeMarkup(siteUrl)}/open-data/feed.atom</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(siteUrl)}/open-data/feed.atom"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(siteUrl)}/"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Registri Zona Integritas</name></author>',
    '  <rights>CC BY 4.0</rights>',
    ...changes.map((change) => entry(change, siteUrl)),
    '</feed>',
    '',
  ].join('\n');
}
