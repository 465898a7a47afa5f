import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  type NotificationsQuery,
  SetMailPreferenceDocument,
  UnreadNotificationCountDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import {
  createTestApp,
  type Portal,
  portal,
  signInAs,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';

let app: TestApp;
let cookies: Record<string, string>;
const today = todayInIndonesia();
const dayFromToday = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let as: Portal<string>;
const notifications = (who: string, first: number, after: string | null = null) =>
  as(NotificationsDocument, { first, after, unreadOnly: false }, who);
const kindsOf = async (who: string) => {
  const edges = (await notifications(who, 50)).data?.notifications.edges ?? [];
  return edges.map(({ node }) => node.kind).sort();
};
const mails = async () => (await readdir(app.mailDir).catch(() => [])).sort();

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  as = portal(app, cookies, 'admin');
  // Only this file's follow-ups and sessions: the demo's own would add reminders of their own.
  await app.dataSource.query('DELETE FROM follow_up');
  // A monitoring finding at the operator's unit with one follow-up due soon and one overdue.
  await app.dataSource.query(`
    WITH r AS (INSERT INTO monitoring_round (instansi_id, year, quarter)
               SELECT instansi_id, 2030, 4 FROM app_user WHERE email = 'admin@demo.zi.id' RETURNING id),
         u AS (SELECT unit_id AS id FROM app_user WHERE email = 'operator@demo.zi.id'),
         f AS (INSERT INTO finding (round_id, unit_id, description) SELECT r.id, u.id, 'Temuan' FROM r, u RETURNING id, unit_id),
         rec AS (INSERT INTO recommendation (finding_id, description) SELECT id, 'Saran' FROM f RETURNING id)
    INSERT INTO follow_up (recommendation_id, unit_id, description, owner_name, due_on)
    SELECT rec.id, f.unit_id, d, 'Sekretaris', due::date FROM rec, f,
      (VALUES ('Segera jatuh tempo', '${dayFromToday(3)}'), ('Sudah lewat', '${dayFromToday(-2)}'), ('Masih lama', '${dayFromToday(40)}')) AS t(d, due)`);
  // The filling window of the operator's 2026 worksheet closes in five days.
  await app.dataSource.query(`
    INSERT INTO assessment (unit_id, year, framework_code, status)
    SELECT unit_id, 2026, 'permenpanrb-90-2021', 'draft' FROM app_user WHERE email = 'operator@demo.zi.id'
    ON CONFLICT DO NOTHING`);
  await app.dataSource.query(`
    INSERT INTO assessment_window (instansi_id, year, fill_until, review_until)
    SELECT instansi_id, 2026, '${dayFromToday(5)}', '${dayFromToday(30)}' FROM app_user WHERE email = 'admin@demo.zi.id'
    ON CONFLICT (instansi_id, year) DO UPDATE SET fill_until = EXCLUDED.fill_until, review_until = EXCLUDED.review_until`);
});
afterAll(() => app.close());

/** Indonesia's zones keep no daylight saving: their offsets from UTC, in hours (WIB, WITA, WIT). */
const UTC_OFFSET_HOURS: Record<string, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** 07:00 in `zone` of the day `now` falls on there, worked out apart from the SQL that decides it. */
function sevenOClockIn(zone: string, now: Date): Date {
  const offset = (UTC_OFFSET_HOURS[zone] ?? 7) * 3_600_000;
  const local = new Date(now.getTime() + offset);
  local.setUTCHours(7, 0, 0, 0);
  return new Date(local.getTime() - offset);
}

const evaluatorZone = async () =>
  (
    (await app.dataSource.query(
      "SELECT i.time_zone FROM instansi i JOIN app_user u ON u.instansi_id = i.id WHERE u.email = 'evaluator@demo.zi.id'",
    )) as { time_zone: string }[]
  )[0]?.time_zone ?? '';

describe('reminders', () => {
  it('reminds the unit of follow-ups coming due and overdue, the Inspektorat of overdue ones, and of closing windows', async () => {
    const created = await app.services.reminders.sweep(today);
    expect(created).toBe(4);
    expect(await kindsOf('operator')).toEqual(['FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE', 'WINDOW_CLOSING']);
    expect(await kindsOf('admin')).toEqual(['FOLLOW_UP_OVERDUE']);
    expect(await app.services.reminders.sweep(today)).toBe(0);
  });

  it('counts, lists and marks notifications read, each person only their own', async () => {
    const unread = async () =>
      (await as(UnreadNotificationCountDocument, {}, 'operator')).data?.unreadNotificationCount;
    expect(await unread()).toBe(3);
    const list = await notifications('operator', 1);
    const newest = list.data?.notifications.edges[0]?.node.id ?? '';
    expect(list.data?.notifications.totalCount).toBe(3);
    const marked = await as(MarkNotificationsReadDocument, { ids: [newest] }, 'operator');
    expect(marked.data?.markNotificationsRead).toBe(1);
    const foreign = await as(MarkNotificationsReadDocument, { ids: [newest] }, 'evaluator');
    expect(foreign.data?.markNotificationsRead).toBe(0);
    expect(await unread()).toBe(2);
    await as(MarkNotificationsReadDocument, {}, 'operator');
    expect(await unread()).toBe(0);
  });

  it('reminds no one of an archived unit, as the dashboard does not count it', async () => {
    const operatorUnit = `(SELECT unit_id FROM app_user WHERE email = 'operator@demo.zi.id')`;
    await app.dataSource.query(
      `UPDATE unit SET archived_at = now(), archive_reason = 'Digabung.' WHERE id = ${operatorUnit}`,
    );
    // A new overdue follow-up and a new closing date would each be reminded of, were the unit active.
    await app.dataSource.query(`
      INSERT INTO follow_up (recommendation_id, unit_id, description, owner_name, due_on)
      SELECT recommendation_id, unit_id, 'Juga lewat', 'Sekretaris', '${dayFromToday(-1)}'::date
      FROM follow_up LIMIT 1`);
    await app.dataSource.query(
      `UPDATE assessment_window SET fill_until = '${dayFromToday(4)}' WHERE year = 2026`,
    );
    try {
      expect(await app.services.reminders.sweep(today)).toBe(0);
    } finally {
      await app.dataSource.query(`DELETE FROM follow_up WHERE description = 'Juga lewat'`);
      await app.dataSource.query(
        `UPDATE assessment_window SET fill_until = '${dayFromToday(5)}' WHERE year = 2026`,
      );
      await app.dataSource.query(
        `UPDATE unit SET archived_at = NULL, archive_reason = NULL WHERE id = ${operatorUnit}`,
      );
    }
  });
});

describe('paging', () => {
  it('pages through many notifications made in one instant, each once', async () => {
    await app.dataSource.query(`
      INSERT INTO notification (user_id, kind, params, link, mailed_at)
      SELECT id, 'assignment', '{}', '/admin/antrian', now() FROM app_user, generate_series(1, 30)
      WHERE email = 'ketua@demo.zi.id'`);
    cookies.ketua = await signInAs(app, 'ketua');
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const connection: NotificationsQuery['notifications'] | undefined = (
        await notifications('ketua', 7, after)
      ).data?.notifications;
      seen.push(...(connection?.edges ?? []).map(({ node }) => node.id));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });
});

describe('mail', () => {
  it('mails each notification at once to people who want that, in Indonesian', async () => {
    const sent = await app.services.notifications.dispatch(new Date());
    expect(sent).toEqual({ mails: 4, failed: 0 });
    const texts = await Promise.all(
      (await mails()).map((file) => readFile(path.join(app.mailDir, file), 'utf8')),
    );
    expect(
      texts.some((text) => text.includes('melewati tenggat') && text.includes('To: admin@demo.zi.id')),
    ).toBe(true);
    expect((await app.services.notifications.dispatch(new Date())).mails).toBe(0);
  });

  it("sends one digest a day from 07:00 in the person's instansi's zone to people who chose it", async () => {
    const chose = await as(SetMailPreferenceDocument, { preference: 'DAILY_DIGEST' }, 'evaluator');
    expect(chose.data?.setMailPreference.mailPreference).toBe('DAILY_DIGEST');
    await app.dataSource.query(`
      INSERT INTO notification (user_id, kind, params, link)
      SELECT id, k, '{"units": 2, "unitNames": ["A", "B"]}', '/admin/antrian'
      FROM app_user, (VALUES ('assignment'), ('assignment')) AS t(k) WHERE email = 'evaluator@demo.zi.id'`);
    const seven = sevenOClockIn(await evaluatorZone(), new Date());
    const before = (await mails()).length;
    expect((await app.services.notifications.dispatch(new Date(seven.getTime() - 60_000))).mails).toBe(0);
    expect((await app.services.notifications.dispatch(new Date(seven.getTime() + 60_000))).mails).toBe(1);
    expect((await app.services.notifications.dispatch(new Date(seven.getTime() + 120_000))).mails).toBe(0);
    const files = await mails();
    expect(files.length).toBe(before + 1);
    const digest = await readFile(path.join(app.mailDir, files.at(-1) ?? ''), 'utf8');
    expect(digest).toContain('Ringkasan harian Zona Integritas: 2 pemberitahuan');
  });

  it('sends the digest of someone in WIT at 07:00 WIT, 22:00 UTC the day before', async () => {
    const [instansi] = (await app.dataSource.query(
      "SELECT i.id, i.region_code FROM instansi i JOIN app_user u ON u.instansi_id = i.id WHERE u.email = 'evaluator@demo.zi.id'",
    )) as { id: string; region_code: string }[];
    const { id, region_code: regionCode } = instansi ?? { id: '', region_code: '' };
    // Papua (91): the time zone follows the region.
    await app.dataSource.query("UPDATE instansi SET region_code = '91' WHERE id = $1", [id]);
    try {
      expect(await evaluatorZone()).toBe('Asia/Jayapura');
      await app.dataSource.query(`
        INSERT INTO notification (user_id, kind, params, link)
        SELECT id, 'assignment', '{"units": 1, "unitNames": ["A"]}', '/admin/antrian'
        FROM app_user WHERE email = 'evaluator@demo.zi.id'`);
      // Two days on, so that today's digest above does not count.
      const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const at = (clock: string) => app.services.notifications.dispatch(new Date(`${day}T${clock}Z`));
      expect((await at('21:59:00')).mails).toBe(0);
      expect((await at('22:01:00')).mails).toBe(1);
    } finally {
      await app.dataSource.query('UPDATE instansi SET region_code = $2 WHERE id = $1', [id, regionCode]);
    }
  });
});

// Last: the evaluator's reminder would otherwise count in the paging and mail above.
describe('reminders of the TPI', () => {
  it("reminds the TPI of its closing evaluation in the team lead's second review, the deadline the worksheet shows", async () => {
    const worksheet = `year = 2026 AND unit_id = (SELECT unit_id FROM app_user WHERE email = 'operator@demo.zi.id')`;
    await app.dataSource.query(`UPDATE assessment SET status = 'second_review' WHERE ${worksheet}`);
    await app.dataSource.query(
      `UPDATE assessment_window SET review_until = '${dayFromToday(6)}' WHERE year = 2026`,
    );
    await app.dataSource.query(`
      INSERT INTO evaluator_assignment (user_id, unit_id, lead)
      SELECT e.id, o.unit_id, false FROM app_user e, app_user o
      WHERE e.email = 'evaluator@demo.zi.id' AND o.email = 'operator@demo.zi.id'
      ON CONFLICT DO NOTHING`);
    try {
      const reminders = async () =>
        (await app.dataSource.query(
          `SELECT n.params FROM notification n JOIN app_user p ON p.id = n.user_id
           JOIN unit u ON u.name = n.params->>'unitName'
           JOIN app_user o ON o.unit_id = u.id AND o.email = 'operator@demo.zi.id'
           WHERE p.email = 'evaluator@demo.zi.id' AND n.kind = 'window_closing'`,
        )) as { params: { layer: string; until: string } }[];
      expect(await reminders()).toEqual([]);
      await app.services.reminders.sweep(today);
      const [reminder] = await reminders();
      expect(reminder?.params).toMatchObject({ layer: 'tpi', until: dayFromToday(6) });
    } finally {
      await app.dataSource.query(`UPDATE assessment SET status = 'draft' WHERE ${worksheet}`);
      await app.dataSource.query(
        `UPDATE assessment_window SET review_until = '${dayFromToday(30)}' WHERE year = 2026`,
      );
    }
  });
});
