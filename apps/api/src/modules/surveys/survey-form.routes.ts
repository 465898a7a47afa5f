import { parseCookie, stringifySetCookie } from 'cookie';
import express, { type Request, type Response, type Router } from 'express';
import type { DocumentLanguage } from '../../common/document-language.js';
import { documentDate } from '../../common/document-language.js';
import { formContent, heading, messageContent, surveyPage } from './survey-form.page.js';
import type { FormPeriod, SurveyFormService } from './survey-form.service.js';
import { FORM_WORDS, type FormWords } from './survey-form.words.js';
import { SURVEY_FORMS_PATH } from './survey-form-path.js';
import { newDeviceId, type SurveyKeys } from './survey-keys.js';

/** The respondent's device, signed: one response per device per unit per day. */
const DEVICE_COOKIE = 'zi_survey_device';
const DEVICE_COOKIE_DAYS = 400;

/** No script, no frames, no outside anything: the form posts to itself. */
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Bahasa Indonesia unless the reader chose English (`?lang=en`): the counter's public reads Indonesian first. */
const languageOf = (request: Request): DocumentLanguage => (request.query.lang === 'en' ? 'en' : 'id');
const withLanguage = (path: string, language: DocumentLanguage) =>
  language === 'en' ? `${path}?lang=en` : path;

/**
 * `/survei/<code>`: a survey period's public form (no login, no script), its answer, and the
 * thank-you page. Statuses say what happened: 400 a field is missing (the form comes back with
 * it marked and the rest kept), 404 no such survey, 409 this device answered today, 410 the period
 * is over, 429 too many from this address.
 */
export function surveyFormRouter(forms: SurveyFormService, keys: SurveyKeys): Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 100 }));

  const render = (
    response: Response,
    status: number,
    words: FormWords,
    title: string,
    body: string,
    path: string,
  ) =>
    response
      .status(status)
      .set(PAGE_HEADERS)
      .set('Content-Language', words.language)
      .type('html')
      .send(surveyPage(words, title, body, withLanguage(path, words.otherLanguage.code)));

  const notFound = (response: Response, words: FormWords, path: string) =>
    render(
      response,
      404,
      words,
      words.pageTitle,
      messageContent(`<h1>${words.pageTitle}</h1>`, words.notFound),
      path,
    );

  const shutPage = (response: Response, words: FormWords, period: FormPeriod, path: string) => {
    const why = period.shut ?? 'closed';
    const from = documentDate(words.language, period.startsOn);
    const to = documentDate(words.language, period.endsOn);
    const message = words.shut[why](from, to);
    render(
      response,
      why === 'not_started' ? 403 : 410,
      words,
      words.pageTitle,
      messageContent(heading(words, period), message),
      path,
    );
  };

  router.get('/:code', async (request, response) => {
    const words = FORM_WORDS[languageOf(request)];
    const path = request.baseUrl + request.path;
    const period = await forms.period(request.params.code);
    if (!period) return notFound(response, words, path);
    if (period.shut) return shutPage(response, words, period, path);
    await deviceOf(request, response, keys);
    const form = formContent(
      words,
      period,
      withLanguage(path, words.language),
      await forms.startToken(period),
    );
    render(response, 200, words, `${period.unitName}: ${words.pageTitle}`, form, path);
  });

  router.post('/:code', async (request, response) => {
    const words = FORM_WORDS[languageOf(request)];
    const path = request.baseUrl + request.path;
    const period = await forms.period(request.params.code);
    if (!period) return notFound(response, words, path);
    const deviceId = await deviceOf(request, response, keys);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const outcome = await forms.submit(period, body, { deviceId, address: request.ip ?? 'unknown' });
    const back = { href: withLanguage(path, words.language), text: words.back };
    switch (outcome.kind) {
      case 'taken':
        return void response.redirect(303, withLanguage(`${path}/terima-kasih`, words.language));
      case 'shut':
        return shutPage(response, words, period, path);
      case 'invalid': {
        const form = formContent(words, period, back.href, await forms.startToken(period), {
          body,
          problems: outcome.problems,
        });
        return render(response, 400, words, `${period.unitName}: ${words.pageTitle}`, form, path);
      }
      case 'device_answered':
        return render(
          response,
          409,
          words,
          words.pageTitle,
          messageContent(heading(words, period), words.deviceAnswered),
          path,
        );
      case 'address_limit':
        response.set('Retry-After', '3600');
        return render(
          response,
          429,
          words,
          words.pageTitle,
          messageContent(heading(words, period), words.addressLimit, back),
          path,
        );
    }
  });

  router.get('/:code/terima-kasih', async (request, response) => {
    const words = FORM_WORDS[languageOf(request)];
    const path = request.baseUrl + request.path;
    const period = await forms.period(request.params.code);
    if (!period) return notFound(response, words, path);
    const thanks = messageContent(
      `${heading(words, period)}<h2>${words.thanksTitle}</h2>`,
      words.thanks(period.unitName),
    );
    render(response, 200, words, words.thanksTitle, thanks, path);
  });
  return router;
}

/** The device's id from its signed cookie; a new one, set in the answer, for a device without one. */
async function deviceOf(request: Request, response: Response, keys: SurveyKeys): Promise<string> {
  const header = request.headers.cookie;
  const known = await keys.verified(header ? parseCookie(header)[DEVICE_COOKIE] : undefined);
  if (known) return known;
  const deviceId = newDeviceId();
  response.append(
    'Set-Cookie',
    stringifySetCookie({
      name: DEVICE_COOKIE,
      value: await keys.signed(deviceId),
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: SURVEY_FORMS_PATH,
      maxAge: DEVICE_COOKIE_DAYS * 86_400,
    }),
  );
  return deviceId;
}
