import { SURVEY_INSTRUMENTS, type SurveyInstrument } from '@zi/lke';
import { todayIn } from '../../common/dates.js';
import { timeZoneOr } from '../../common/indonesian-time.js';
import type { Db } from '../../db/db.js';
import type { SurveyKeys } from './survey-keys.js';
import { SurveyResponse } from './survey-response.entity.js';
import { type FormShut, formShut, MOST_PER_ADDRESS_PER_HOUR, responseFlags } from './survey-rules.js';
import { type FormPeriodRow, formPeriodByCode, submissionFacts } from './surveys.queries.js';

/** A public form's period as its page needs it. */
export interface FormPeriod extends FormPeriodRow {
  /** Its instruments, in the order the form asks them. */
  asked: SurveyInstrument[];
  /** Today in its instansi's zone. */
  today: string;
  /** Why it takes no response today; null when it does. */
  shut: FormShut | null;
}

/** The form as sent: the service picked and each statement's point, as text, by field name. */
export type FormBody = Readonly<Record<string, unknown>>;

/** The field of a statement's rating: `r.<instrument>.<item number from 1>`. */
export const ratingField = (instrument: string, index: number) => `r.${instrument}.${index + 1}`;
export const SERVICE_FIELD = 'layanan';
export const STARTED_FIELD = 't';

export type FieldProblem = 'REQUIRED' | 'INVALID';

export type Submission =
  | { kind: 'taken' }
  | { kind: 'invalid'; problems: ReadonlyMap<string, FieldProblem> }
  | { kind: 'shut'; why: FormShut }
  | { kind: 'device_answered' }
  | { kind: 'address_limit' };

/** What is kept of a valid form: the service and the ratings by instrument. */
interface ValidForm {
  serviceType: string | null;
  ratings: Record<string, number[]>;
}

/**
 * The public form of a survey period: which period a code names, and taking a response with the
 * survey's abuse limits (one per device per unit per day, a cap per address, flags for the unit).
 */
export class SurveyFormService {
  constructor(
    private readonly db: Db,
    private readonly keys: SurveyKeys,
  ) {}

  async period(code: string, now = Date.now()): Promise<FormPeriod | null> {
    if (!/^[a-z2-9]{8}$/.test(code)) return null;
    const [row] = await formPeriodByCode(this.db.manager, { code });
    if (!row) return null;
    const today = todayIn(timeZoneOr(row.timeZone), now);
    const asked = row.instruments.flatMap((instrument) => SURVEY_INSTRUMENTS.get(instrument) ?? []);
    return { ...row, asked, today, shut: formShut(row, today) };
  }

  /** The signed moment the form was handed out, which its answer sends back. */
  startToken(period: FormPeriod, now = Date.now()): Promise<string> {
    return this.keys.signed(`${period.code}:${now}`);
  }

  /**
   * Takes one response, or says why not. Per device the check and the insert run under a lock
   * on the device, so two sends at once cannot both pass it.
   */
  async submit(
    period: FormPeriod,
    body: FormBody,
    respondent: { deviceId: string; address: string },
    now = Date.now(),
  ): Promise<Submission> {
    if (period.shut) return { kind: 'shut', why: period.shut };
    const problems = new Map<string, FieldProblem>();
    const form = validForm(period, body, problems);
    if (!form) return { kind: 'invalid', problems };
    const secondsTaken = await this.secondsTaken(period, body[STARTED_FIELD], now);
    const [deviceKey, addressKey] = await Promise.all([
      this.keys.deviceKey(respondent.deviceId),
      this.keys.addressKey(respondent.address, period.today),
    ]);
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [deviceKey]);
      const [facts] = await submissionFacts(manager, {
        unitId: period.unitId,
        periodId: period.id,
        deviceKey,
        addressKey,
        today: period.today,
        zone: period.timeZone,
        ratings: JSON.stringify(form.ratings),
        serviceType: form.serviceType,
      });
      if (facts?.deviceAnswered) return { kind: 'device_answered' };
      if ((facts?.fromAddressLastHour ?? 0) >= MOST_PER_ADDRESS_PER_HOUR) return { kind: 'address_limit' };
      const statements = period.asked.reduce((count, instrument) => count + instrument.items.length, 0);
      await manager.insert(SurveyResponse, {
        periodId: period.id,
        receivedAt: new Date(now),
        serviceType: form.serviceType,
        ratings: form.ratings,
        secondsTaken,
        deviceKey,
        addressKey,
        flags: responseFlags({ secondsTaken, statements, sameAnswers: facts?.sameAnswers ?? false }),
      });
      return { kind: 'taken' };
    });
  }

  /** Seconds from the signed start this period's form handed out; null without a valid one. */
  private async secondsTaken(period: FormPeriod, token: unknown, now: number): Promise<number | null> {
    const value = await this.keys.verified(typeof token === 'string' ? token : undefined);
    const [code, startedAt] = value?.split(':') ?? [];
    const started = Number(startedAt);
    if (code !== period.code || !Number.isInteger(started) || started > now) return null;
    return Math.floor((now - started) / 1000);
  }
}

/** The form's answers if every field holds what it must; otherwise each problem, by field. */
function validForm(
  period: FormPeriod,
  body: FormBody,
  problems: Map<string, FieldProblem>,
): ValidForm | null {
  const ratings: Record<string, number[]> = {};
  for (const instrument of period.asked) {
    ratings[instrument.code] = instrument.items.map((_, index) => {
      const field = ratingField(instrument.code, index);
      const raw = body[field];
      if (raw === undefined || raw === '') problems.set(field, 'REQUIRED');
      else if (
        typeof raw !== 'string' ||
        !/^\d{1,2}$/.test(raw) ||
        Number(raw) < 1 ||
        Number(raw) > period.scalePoints
      )
        problems.set(field, 'INVALID');
      return Number(raw);
    });
  }
  const serviceType = serviceTypeOf(period, body[SERVICE_FIELD], problems);
  return problems.size === 0 ? { serviceType, ratings } : null;
}

/** The service picked, one of the period's; none asked when the period names none. */
function serviceTypeOf(period: FormPeriod, raw: unknown, problems: Map<string, FieldProblem>): string | null {
  if (period.serviceTypes.length === 0) return null;
  if (raw === undefined || raw === '') problems.set(SERVICE_FIELD, 'REQUIRED');
  else if (typeof raw !== 'string' || !period.serviceTypes.includes(raw))
    problems.set(SERVICE_FIELD, 'INVALID');
  else return raw;
  return null;
}
