import { SPAK_2023, SPKP_2023 } from '@zi/lke';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import {
  createTestApp,
  errorCodes,
  type Portal,
  portal,
  signInEach,
  type TestApp,
} from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';

let app: TestApp;
let send: Portal<'admin' | 'evaluator' | 'operator'>;
let cookies: Record<'admin' | 'evaluator' | 'operator', string>;
let unitId: string;
let year: number;
let assessmentId: string;

const PERIOD_FIELDS = `id code title version closedAt formPath
  counts { received excluded used awaitingDecision required excludedByReason { exclusionReason count } }
  viewerMay { edit decide close putIntoWorksheet }`;

const OPEN = `mutation Open($input: OpenSurveyPeriodInput!) { openSurveyPeriod(input: $input) { ${PERIOD_FIELDS} } }`;
const PERIOD = `query Period($id: ID!) { surveyPeriod(id: $id) { ${PERIOD_FIELDS}
  results { indices { instrument index responses mean lkeValue score100 exact } }
  responses(first: 500) { id flags excluded exclusionReason decided serviceType } lkeValues { questionCode value written responsesUsed } } }`;
const DECIDE = `mutation Decide($input: DecideSurveyResponseInput!) { decideSurveyResponse(input: $input) { ${PERIOD_FIELDS} } }`;
const CLOSE = `mutation Close($periodId: ID!, $version: Int!) { closeSurveyPeriod(periodId: $periodId, version: $version) { ${PERIOD_FIELDS} } }`;

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEach(app, ['admin', 'evaluator', 'operator'] as const);
  send = portal(app, cookies, 'operator');
  const [row] = (await app.dataSource.query(
    `SELECT unit_id, (SELECT max(year) + 1 FROM assessment) AS year FROM app_user WHERE email = 'operator@demo.zi.id'`,
  )) as Array<{ unit_id: string; year: number }>;
  unitId = toGlobalId('Unit', row?.unit_id ?? '');
  year = row?.year ?? 0;
  // A worksheet the unit is still drafting, which the closed period's indices go into.
  const started = await send(
    'mutation Start($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }',
    { input: { unitId, year } },
    'admin',
  );
  expect(started.errors).toBeUndefined();
  assessmentId = started.data?.startAssessment.id;
});
afterAll(() => app.close());

/** Opens a period over today for the operator's unit. */
async function openPeriod(extra: Record<string, unknown> = {}) {
  const today = todayInIndonesia();
  const answer = await send(OPEN, {
    input: {
      unitId,
      title: 'Triwulan IV',
      startsOn: today,
      endsOn: today,
      year,
      serviceTypes: ['Perizinan', 'Informasi'],
      serviceUsers: 100,
      ...extra,
    },
  });
  expect(answer.errors).toBeUndefined();
  return answer.data?.openSurveyPeriod as { id: string; code: string; version: number; formPath: string };
}

/** A whole form: every statement rated `point`, the service picked, the start token kept. */
function formOf(token: string, point: number, service = 'Perizinan'): URLSearchParams {
  const form = new URLSearchParams({ t: token, layanan: service });
  for (const instrument of [SPKP_2023, SPAK_2023]) {
    for (let item = 1; item <= instrument.items.length; item += 1)
      form.set(`r.${instrument.code}.${item}`, String(point));
  }
  return form;
}

/** A respondent's phone: its own cookie jar, one address (the loopback). */
async function respondent(path: string) {
  const page = await fetch(`${app.url}${path}`);
  const html = await page.text();
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const token = /name="t" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const answer = (form: URLSearchParams) =>
    fetch(`${app.url}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: form,
    });
  return { page, html, cookie, token, answer };
}

describe('a survey period', () => {
  it('opens for the operator’s unit with a short code, its instansi’s rules and the sample it needs', async () => {
    const period = await openPeriod();
    expect(period.code).toMatch(/^[a-z2-9]{8}$/);
    expect(period.formPath).toBe(`/survei/${period.code}`);
    const { data } = await send(PERIOD, { id: period.id });
    // Krejcie–Morgan, 100 service users: 80 (their table).
    expect(data?.surveyPeriod.counts).toMatchObject({ received: 0, used: 0, required: 80 });
    expect(data?.surveyPeriod.viewerMay).toEqual({
      edit: true,
      decide: true,
      close: true,
      putIntoWorksheet: false,
    });
  });

  it('refuses a span that ends before it starts, and a unit outside the viewer’s scope', async () => {
    const backwards = await send(OPEN, {
      input: { unitId, title: 'x', startsOn: '2026-12-10', endsOn: '2026-12-01', serviceTypes: [] },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ field: 'endsOn', reason: 'RANGE_ORDER' });
    const [other] = (await app.dataSource.query(
      `SELECT id FROM unit WHERE id <> (SELECT unit_id FROM app_user WHERE email = 'operator@demo.zi.id') LIMIT 1`,
    )) as Array<{ id: string }>;
    const elsewhere = await send(OPEN, {
      input: {
        unitId: toGlobalId('Unit', other?.id ?? ''),
        title: 'x',
        startsOn: '2026-12-01',
        endsOn: '2026-12-10',
        serviceTypes: [],
      },
    });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ field: 'unitId', reason: 'NOT_FOUND' });
    const evaluator = await send(
      OPEN,
      { input: { unitId, title: 'x', startsOn: '2026-12-01', endsOn: '2026-12-01', serviceTypes: [] } },
      'evaluator',
    );
    expect(errorCodes(evaluator)).toEqual(['FORBIDDEN']);
  });
});

describe('the instansi’s rules', () => {
  const SET = `mutation S($input: SetSurveySettingsInput!) { setSurveySettings(input: $input) { scalePoints conversion sampleMethod publicWhileOpen viewerMayEdit conversionFormula { id en } sampleFormula { id } } }`;
  const RULES = `query P($id: ID!) { surveyPeriod(id: $id) { scalePoints conversion sampleMethod counts { required } } }`;

  it('are the Inspektorat’s to set; a period opened after takes them, one opened before keeps its own', async () => {
    const before = await openPeriod();
    const input = { scalePoints: 6, conversion: 'LINEAR', sampleMethod: 'SLOVIN', publicWhileOpen: false };
    expect(errorCodes(await send(SET, { input }, 'operator'))).toEqual(['FORBIDDEN']);
    const set = await send(SET, { input }, 'admin');
    expect(set.data?.setSurveySettings).toMatchObject({ ...input, viewerMayEdit: true });
    expect(set.data?.setSurveySettings.conversionFormula.id).toBe('nilai 0–4 = (rata-rata − 1) × 4 ÷ 5');
    const after = await openPeriod();
    // Slovin, 100 service users: 100 ÷ 1.25 = 80 exactly.
    expect((await send(RULES, { id: after.id })).data?.surveyPeriod).toEqual({
      scalePoints: 6,
      conversion: 'LINEAR',
      sampleMethod: 'SLOVIN',
      counts: { required: 80 },
    });
    expect((await send(RULES, { id: before.id })).data?.surveyPeriod).toMatchObject({
      scalePoints: 4,
      conversion: 'PROPORTIONAL',
      sampleMethod: 'KREJCIE_MORGAN',
    });
    // The form asks on the six-point scale.
    const form = await (await fetch(`${app.url}${after.formPath}`)).text();
    expect(form).toContain('value="6" required');
    expect(form).not.toContain('value="7"');
    // Back to the LKE's own scale for the tests that follow.
    await send(
      SET,
      {
        input: {
          scalePoints: 4,
          conversion: 'PROPORTIONAL',
          sampleMethod: 'KREJCIE_MORGAN',
          publicWhileOpen: true,
        },
      },
      'admin',
    );
  });
});

describe('changing a period', () => {
  const UPDATE = `mutation U($input: UpdateSurveyPeriodInput!) { updateSurveyPeriod(input: $input) { version serviceUsers serviceTypes counts { required } } }`;

  it('takes the service users and services on the version edited, and refuses a stale one', async () => {
    const period = await openPeriod();
    const changed = await send(UPDATE, {
      input: {
        periodId: period.id,
        version: period.version,
        serviceUsers: 1000,
        serviceTypes: [' Perizinan ', 'Perizinan', ''],
      },
    });
    // Krejcie–Morgan, 1,000 service users: 278 (their table).
    expect(changed.data?.updateSurveyPeriod).toEqual({
      version: period.version + 1,
      serviceUsers: 1000,
      serviceTypes: ['Perizinan'],
      counts: { required: 278 },
    });
    const stale = await send(UPDATE, {
      input: { periodId: period.id, version: period.version, serviceUsers: 5 },
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const evaluator = await send(
      UPDATE,
      { input: { periodId: period.id, version: period.version + 1 } },
      'evaluator',
    );
    expect(errorCodes(evaluator)).toEqual(['FORBIDDEN']);
  });
});

describe('the public form', () => {
  it('is a page without script, in Bahasa Indonesia first, that sets a signed device cookie', async () => {
    const period = await openPeriod();
    const phone = await respondent(period.formPath);
    expect(phone.page.status).toBe(200);
    expect(phone.page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(phone.html).not.toContain('<script');
    expect(phone.html).toContain('lang="id"');
    expect(phone.html).toContain(SPAK_2023.items[3]?.statement.id ?? '∅');
    expect(phone.cookie).toMatch(/^zi_survey_device=/);
    const english = await (await fetch(`${app.url}${period.formPath}?lang=en`)).text();
    expect(english).toContain(SPAK_2023.items[3]?.statement.en ?? '∅');
    expect(Buffer.byteLength(phone.html)).toBeLessThan(20_000);
  });

  it('takes an answer once per device a day; a missing rating comes back marked, with nothing saved', async () => {
    const period = await openPeriod();
    const phone = await respondent(period.formPath);
    const partial = formOf(phone.token, 4);
    partial.delete(`r.${SPAK_2023.code}.2`);
    const incomplete = await phone.answer(partial);
    expect(incomplete.status).toBe(400);
    const again = await incomplete.text();
    expect(again).toContain(`id="r.${SPAK_2023.code}.2-error"`);
    expect(again).toContain('value="4" required checked');
    expect((await send(PERIOD, { id: period.id })).data?.surveyPeriod.counts.received).toBe(0);

    const taken = await phone.answer(formOf(phone.token, 4));
    expect(taken.status).toBe(303);
    expect(taken.headers.get('location')).toBe(`${period.formPath}/terima-kasih`);
    expect((await phone.answer(formOf(phone.token, 3))).status).toBe(409);
    const { data } = await send(PERIOD, { id: period.id });
    expect(data?.surveyPeriod.counts.received).toBe(1);
    // Sent the moment the form was handed out: faster than 13 statements can be read.
    expect(data?.surveyPeriod.responses[0].flags).toEqual(['TOO_FAST']);
  });

  it('keeps every response: the database refuses to change or delete one', async () => {
    const rows = (await app.dataSource.query('SELECT id FROM survey_response LIMIT 1')) as Array<{
      id: string;
    }>;
    await expect(
      app.dataSource.query(`UPDATE survey_response SET flags = '{}' WHERE id = $1`, [rows[0]?.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      app.dataSource.query('DELETE FROM survey_response WHERE id = $1', [rows[0]?.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('takes one of many sends from one device at once (a pool of 2)', async () => {
    const period = await openPeriod();
    const phone = await respondent(period.formPath);
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () => phone.answer(formOf(phone.token, 4)).then((answer) => answer.status)),
    );
    expect(statuses.filter((status) => status === 303)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(7);
  });

  it('prints on the counter’s poster the form’s address, whose QR it draws', async () => {
    const period = await openPeriod();
    const { data } = await send(`query P($id: ID!) { surveyPeriod(id: $id) { posterPath formUrl } }`, {
      id: period.id,
    });
    const poster = await fetch(`${app.url}${data?.surveyPeriod.posterPath}`, {
      headers: { cookie: cookies.operator },
    });
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await poster.arrayBuffer()));
    expect(data?.surveyPeriod.formUrl).toBe(`http://portal.test/survei/${period.code}`);
    expect(text).toContain(`portal.test/survei/${period.code}`);
    expect(text).toContain('Bagaimana layanan kami hari ini?');
    expect((await fetch(`${app.url}${data?.surveyPeriod.posterPath}`)).status).toBe(401);
  });

  it('says 404 for a code of no survey', async () => {
    const missing = await fetch(`${app.url}/survei/zzzzzzzz`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Survei tidak ditemukan');
  });
});

describe('from the counter to the worksheet', () => {
  it('counts what was received, left out and used, and puts the indices into the unit layer on closing', async () => {
    const period = await openPeriod();
    const points = [4, 4, 3, 4, 3, 4];
    for (const point of points) {
      const phone = await respondent(period.formPath);
      expect((await phone.answer(formOf(phone.token, point))).status).toBe(303);
    }
    const test = await respondent(period.formPath);
    await test.answer(formOf(test.token, 1, 'Informasi'));
    const listed = (await send(PERIOD, { id: period.id })).data?.surveyPeriod;
    const testEntry = listed.responses.find(
      (response: { serviceType: string }) => response.serviceType === 'Informasi',
    );

    const noReason = await send(DECIDE, { input: { responseId: testEntry.id, excluded: true } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      field: 'exclusionReason',
      reason: 'REASON_REQUIRED',
    });
    const otherWithoutNote = await send(DECIDE, {
      input: { responseId: testEntry.id, excluded: true, exclusionReason: 'OTHER' },
    });
    expect(otherWithoutNote.errors?.[0]?.extensions).toMatchObject({ field: 'note', reason: 'REQUIRED' });
    const decided = await send(DECIDE, {
      input: { responseId: testEntry.id, excluded: true, exclusionReason: 'TEST_ENTRY' },
    });
    expect(decided.data?.decideSurveyResponse.counts).toMatchObject({
      received: 7,
      excluded: 1,
      used: 6,
      excludedByReason: [{ exclusionReason: 'TEST_ENTRY', count: 1 }],
    });
    const audited = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'survey.decide' AND entity_id = $1`,
      [fromGlobalIdOf('SurveyResponse', testEntry.id)],
    )) as Array<{ n: number }>;
    expect(audited[0]?.n).toBe(1);

    const { data } = await send(PERIOD, { id: period.id });
    // Six used responses of 4,4,3,4,3,4 on every statement: 22/6 = 3.666… → 3.67.
    for (const index of data?.surveyPeriod.results.indices ?? []) {
      expect(index).toMatchObject({ responses: 6, lkeValue: 3.67, score100: 91.67, exact: '11/3' });
    }
    const closed = await send(CLOSE, { periodId: period.id, version: data?.surveyPeriod.version });
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeSurveyPeriod.viewerMay).toEqual({
      edit: false,
      decide: false,
      close: false,
      putIntoWorksheet: true,
    });

    const after = (await send(PERIOD, { id: period.id })).data?.surveyPeriod;
    expect(after.lkeValues).toEqual([
      { questionCode: SPAK_2023.lkeQuestion, value: 3.67, written: true, responsesUsed: 6 },
      { questionCode: SPKP_2023.lkeQuestion, value: 3.67, written: true, responsesUsed: 6 },
    ]);
    const answers = (await app.dataSource.query(
      `SELECT a.code, a.value, a.note FROM answer a JOIN assessment s ON s.id = a.assessment_id
       WHERE s.unit_id = (SELECT unit_id FROM app_user WHERE email = 'operator@demo.zi.id') AND s.year = $1
         AND a.layer = 'unit' AND a.code = ANY($2) ORDER BY a.code`,
      [year, [SPAK_2023.lkeQuestion, SPKP_2023.lkeQuestion]],
    )) as Array<{ code: string; value: number; note: string }>;
    expect(answers.map((answer) => answer.value)).toEqual([3.67, 3.67]);
    expect(answers[0]?.note).toContain('6 tanggapan dipakai dari 7 diterima, 1 dikeluarkan');

    // The worksheet shows where its numbers came from, beside the answers.
    const worksheet = await send(
      'query W($id: ID!) { assessment(id: $id) { surveyValues { questionCode value periodTitle written } } }',
      { id: assessmentId },
    );
    expect(worksheet.data?.assessment.surveyValues).toEqual([
      { questionCode: SPAK_2023.lkeQuestion, value: 3.67, periodTitle: 'Triwulan IV', written: true },
      { questionCode: SPKP_2023.lkeQuestion, value: 3.67, periodTitle: 'Triwulan IV', written: true },
    ]);

    const late = await respondent(period.formPath);
    expect(late.page.status).toBe(410);
    const again = await send(DECIDE, { input: { responseId: testEntry.id, excluded: false } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'SURVEY_PERIOD_CLOSED' });
  });

  it('is read by the evaluator, who may not decide or close', async () => {
    const period = await openPeriod();
    const read = await send(PERIOD, { id: period.id }, 'evaluator');
    if (read.errors) {
      // An evaluator not assigned to the unit does not see it at all.
      expect(read.errors[0]?.extensions).toMatchObject({ reason: 'NOT_FOUND' });
    } else {
      expect(read.data?.surveyPeriod.viewerMay).toEqual({
        edit: false,
        decide: false,
        close: false,
        putIntoWorksheet: false,
      });
    }
    expect(
      errorCodes(await send(CLOSE, { periodId: period.id, version: period.version }, 'evaluator')),
    ).toEqual(['FORBIDDEN']);
  });
});
