import {
  type CoachingSessionInput,
  MeDocument,
  ScheduleCoachingSessionDocument,
  SetMailPreferenceDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import type { ChannelListener } from '../../db/channel-listener.js';
import { databaseUrlOf } from '../../db/data-source.js';
import {
  createTestApp,
  type EveryRole,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';
import { mailsIn } from '../../test/mail.js';
import { MAIL_LISTENER_APPLICATION_NAME, mailAtOnce } from './mail-at-once.js';

let app: TestApp;
let as: Portal<EveryRole>;
let listener: ChannelListener;
let operatorUnit: string;

/** A day some weeks ahead, in Indonesia, at `hourUtc`:00 UTC. */
const dayAhead = (days: number, hourUtc: number) =>
  new Date(Date.parse(`${todayInIndonesia()}T00:00:00Z`) + days * 86_400_000 + hourUtc * 3_600_000);

const session = (topic: string, overrides: Partial<CoachingSessionInput> = {}): CoachingSessionInput => ({
  kind: 'COACHING',
  topic,
  // 02:00–04:00 UTC: 09.00–11.00 WIB, 10.00–12.00 WITA, 11.00–13.00 WIT.
  startsAt: dayAhead(20, 2).toISOString(),
  endsAt: dayAhead(20, 4).toISOString(),
  place: 'Aula Inspektorat',
  unitIds: [operatorUnit],
  followUps: [],
  ...overrides,
});

/** Waits, without asking for a dispatch, until a mail with `topic` is in the folder. */
async function mailAbout(topic: string, seconds = 10): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const found = (await mailsIn(app.mailDir)).find((mail) => mail.includes(topic));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail about "${topic}" within ${seconds} s`);
}

beforeAll(async () => {
  app = await createTestApp();
  const cookies = await signInEveryRole(app);
  as = portal(app, cookies, 'admin');
  operatorUnit = (await as(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
  await as(SetMailPreferenceDocument, { preference: 'IMMEDIATE' }, 'operator');
  listener = mailAtOnce(app.services.notifications, {
    connectionString: databaseUrlOf(app.dataSource),
    application_name: MAIL_LISTENER_APPLICATION_NAME,
  });
  await listener.start();
});
afterAll(async () => {
  await listener?.close();
  await app?.close();
});

describe('mail "each at once"', () => {
  it('mails a coaching invitation as soon as it is committed, in Indonesian time and with its place', async () => {
    const scheduled = await as(ScheduleCoachingSessionDocument, { input: session('Sesi WIB') }, 'admin');
    expect(scheduled.errors).toBeUndefined();
    const mail = await mailAbout('Sesi WIB');
    expect(mail).toContain('pukul 09.00–11.00 WIB, di Aula Inspektorat.');
    expect(mail).toMatch(/pada (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w+ 20\d\d pukul/);
    expect(mail).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("tells the time in the instansi's own zone, which follows its region", async () => {
    const region = async (code: string) =>
      app.dataSource.query(
        `UPDATE instansi SET region_code = $1 WHERE id = (SELECT instansi_id FROM app_user WHERE email = 'admin@demo.zi.id')`,
        [code],
      );
    const [{ region_code: before }] = await app.dataSource.query(
      `SELECT region_code FROM instansi WHERE id = (SELECT instansi_id FROM app_user WHERE email = 'admin@demo.zi.id')`,
    );
    try {
      await region('51.71'); // Denpasar
      await as(
        ScheduleCoachingSessionDocument,
        { input: session('Sesi di Bali', { place: null, onlineUrl: 'https://zoom.example/j/1' }) },
        'admin',
      );
      expect(await mailAbout('Sesi di Bali')).toContain(
        'pukul 10.00–12.00 WITA, secara daring melalui https://zoom.example/j/1.',
      );
      await region('94'); // Papua Tengah
      await as(ScheduleCoachingSessionDocument, { input: session('Sesi di Papua') }, 'admin');
      expect(await mailAbout('Sesi di Papua')).toContain('pukul 11.00–13.00 WIT, di Aula Inspektorat.');
    } finally {
      await region(before);
    }
  });

  it('knows the zone of every province, and Jakarta for a ministry', async () => {
    const zones = await app.dataSource.query(
      `SELECT code, indonesian_time_zone(code) AS zone FROM unnest($1::text[]) AS code`,
      [
        [
          '11',
          '31.71',
          '36',
          '61',
          '62.01',
          '51',
          '53.10',
          '63',
          '64',
          '65',
          '71',
          '76',
          '81',
          '82',
          '91',
          '92',
          '93',
          '96',
          null,
        ],
      ],
    );
    const zoneOf = Object.fromEntries(
      zones.map((row: { code: string | null; zone: string }) => [row.code ?? 'ministry', row.zone]),
    );
    expect(zoneOf).toEqual({
      '11': 'Asia/Jakarta',
      '31.71': 'Asia/Jakarta',
      '36': 'Asia/Jakarta',
      '61': 'Asia/Jakarta',
      '62.01': 'Asia/Jakarta',
      '51': 'Asia/Makassar',
      '53.10': 'Asia/Makassar',
      '63': 'Asia/Makassar',
      '64': 'Asia/Makassar',
      '65': 'Asia/Makassar',
      '71': 'Asia/Makassar',
      '76': 'Asia/Makassar',
      '81': 'Asia/Jayapura',
      '82': 'Asia/Jayapura',
      '91': 'Asia/Jayapura',
      '92': 'Asia/Jayapura',
      '93': 'Asia/Jayapura',
      '96': 'Asia/Jayapura',
      ministry: 'Asia/Jakarta',
    });
  });

  it('keeps mailing at once after its connection is lost', async () => {
    const [{ pid }] = await app.dataSource.query(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
      [MAIL_LISTENER_APPLICATION_NAME],
    );
    await app.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await as(ScheduleCoachingSessionDocument, { input: session('Sesi saat terputus') }, 'admin');
    expect(await mailAbout('Sesi saat terputus')).toContain('WIB');
  });

  it('never sends one notification twice, however many dispatches run at once', async () => {
    await listener.close();
    const before = (await mailsIn(app.mailDir)).length;
    await as(ScheduleCoachingSessionDocument, { input: session('Sesi sekali kirim') }, 'admin');
    const runs = await Promise.all(Array.from({ length: 5 }, () => app.services.notifications.dispatch()));
    expect(runs.reduce((sum, run) => sum + run.mails, 0)).toBe(1);
    const after = await mailsIn(app.mailDir);
    expect(after.length).toBe(before + 1);
    expect(after.filter((mail) => mail.includes('Sesi sekali kirim'))).toHaveLength(1);
  });
});
