import { scaleLabels } from '@zi/lke';
import { documentDate } from '../../common/document-language.js';
import { escapeMarkup as e } from '../../common/markup.js';
import type { FieldProblem, FormBody, FormPeriod } from './survey-form.service.js';
import { ratingField, SERVICE_FIELD, STARTED_FIELD } from './survey-form.service.js';
import type { FormWords } from './survey-form.words.js';

/**
 * The public survey's pages as plain HTML: no script, one small style sheet inline, readable on
 * a phone on a slow connection (the form and its page weigh a few kilobytes).
 */

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f6f7f9}
main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh}
h1{font-size:1.3rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.muted{color:#555}.lang{float:right}fieldset{border:1px solid #ccd;border-radius:8px;margin:0 0 1rem;padding:.75rem}
legend{font-weight:600;padding:0 .25rem}.why{display:block;color:#555;font-size:.9rem;margin-bottom:.5rem}
.points{display:flex;flex-wrap:wrap;gap:.4rem}.points label{flex:1 0 3.5rem;border:1px solid #99a;border-radius:6px;
padding:.6rem .3rem;text-align:center;cursor:pointer}.points input{display:block;margin:0 auto .2rem;width:1.2rem;height:1.2rem}
.problem{border-color:#b00020}.error{color:#b00020;font-weight:600}select,button{font:inherit;padding:.6rem;width:100%}
button{background:#0b5cad;color:#fff;border:0;border-radius:6px;margin:1rem 0 2rem}a{color:#0b5cad}`;

/** The page around any content, in the reader's language, with the way to the other. */
export function surveyPage(words: FormWords, title: string, content: string, switchTo: string): string {
  const other = words.otherLanguage;
  return `<!doctype html><html lang="${words.language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${e(title)}</title><style>${STYLE}</style></head><body><main>
<a class="lang" href="${e(switchTo)}" hreflang="${other.code}" lang="${other.code}">${e(other.name)}</a>
${content}</main></body></html>`;
}

export interface FormState {
  body: FormBody;
  problems: ReadonlyMap<string, FieldProblem>;
}

/** The survey form, with what was sent and what is wrong with it when it comes back. */
export function formContent(
  words: FormWords,
  period: FormPeriod,
  action: string,
  startToken: string,
  state: FormState = { body: {}, problems: new Map() },
): string {
  const labels = scaleLabels(period.scalePoints).map((label) => label[words.language]);
  const problemOf = (field: string) => {
    const problem = state.problems.get(field);
    return problem
      ? `<span class="error" id="${field}-error">${e(problem === 'REQUIRED' ? words.required : words.invalid)}</span>`
      : '';
  };
  const statements = period.asked.flatMap((instrument) => [
    `<h2>${e(instrument.name[words.language])}</h2>`,
    ...instrument.items.map((item, index) => {
      const field = ratingField(instrument.code, index);
      const chosen = state.body[field];
      const points = labels.map((label, point) => {
        const value = String(point + 1);
        const checked = chosen === value ? ' checked' : '';
        return `<label><input type="radio" name="${field}" value="${value}" required${checked}>${value}<br><small>${e(label)}</small></label>`;
      });
      const invalid = state.problems.has(field);
      return `<fieldset${invalid ? ` class="problem" aria-describedby="${field}-error"` : ''}><legend>${index + 1}. ${e(item.statement[words.language])}</legend>
<span class="why">${e(item.explanation[words.language])}</span>${problemOf(field)}<div class="points">${points.join('')}</div></fieldset>`;
    }),
  ]);
  const service =
    period.serviceTypes.length === 0
      ? ''
      : `<label for="${SERVICE_FIELD}"><strong>${e(words.service)}</strong></label>${problemOf(SERVICE_FIELD)}
<select id="${SERVICE_FIELD}" name="${SERVICE_FIELD}" required><option value="">${e(words.choose)}</option>${period.serviceTypes
          .map(
            (type) => `<option${state.body[SERVICE_FIELD] === type ? ' selected' : ''}>${e(type)}</option>`,
          )
          .join('')}</select>`;
  const summary = state.problems.size > 0 ? `<p class="error" role="alert">${e(words.fix)}</p>` : '';
  return `${heading(words, period)}<p class="muted">${e(words.anonymous)}</p>
<p>${e(words.scaleHelp(labels[0] ?? '', `${labels.length} = ${labels.at(-1) ?? ''}`))}</p>${summary}
<form method="post" action="${e(action)}"><input type="hidden" name="${STARTED_FIELD}" value="${e(startToken)}">
${service}${statements.join('\n')}<button type="submit">${e(words.submit)}</button></form>`;
}

/** The unit, its instansi and the period, at the top of every page of a known period. */
export function heading(words: FormWords, period: FormPeriod): string {
  const from = documentDate(words.language, period.startsOn);
  const to = documentDate(words.language, period.endsOn);
  return `<p class="muted">${e(period.instansiName)}</p><h1>${e(period.unitName)}</h1>
<p class="muted">${e(words.pageTitle)} · ${e(words.period(period.title, from, to))}</p>`;
}

/** A page that says one thing: thanks, why the form is shut, why a response was not taken. */
export function messageContent(lead: string, message: string, back?: { href: string; text: string }): string {
  return `${lead}<p role="status">${e(message)}</p>${back ? `<p><a href="${e(back.href)}">${e(back.text)}</a></p>` : ''}`;
}
