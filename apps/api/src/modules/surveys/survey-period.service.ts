import { randomInt } from 'node:crypto';
import { CURRENT_INSTRUMENTS, SURVEY_INSTRUMENTS } from '@zi/lke';
import type { RequestInfo } from '../../common/context.js';
import { badInput, conflict, notFound, UNIQUE_VIOLATION } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import type { UnitService } from '../units/unit.service.js';
import type {
  OpenSurveyPeriodInput,
  SetSurveySettingsInput,
  UpdateSurveyPeriodInput,
} from './survey.inputs.js';
import type { SurveyLkeValueView } from './survey.types.js';
import { SampleMethod, ScaleConversion } from './survey-enums.js';
import { formPathOf } from './survey-form-path.js';
import { SurveyLkeValue } from './survey-lke-value.entity.js';
import { SurveyPeriod } from './survey-period.entity.js';
import type { PosterData } from './survey-poster.pdf.js';
import type { SurveyResultsService } from './survey-results.service.js';
import { SurveySettings } from './survey-settings.entity.js';

/** What an instansi that has set nothing uses: the LKE's own 1–4 scale, Krejcie–Morgan, counts shown. */
export const DEFAULT_SETTINGS = {
  scalePoints: 4,
  conversion: ScaleConversion.PROPORTIONAL,
  sampleMethod: SampleMethod.KREJCIE_MORGAN,
  publicWhileOpen: true,
} as const;

export type SurveyRules = Pick<
  SurveySettings,
  'scalePoints' | 'conversion' | 'sampleMethod' | 'publicWhileOpen'
>;

/** Letters and digits a person reads off a poster without mistaking one for another. */
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const CODE_LENGTH = 8;
const newCode = () =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** Periods a list shows at most, newest first. */
const MOST_PERIODS = 200;
/** A period spans at most a year. */
const LONGEST_SPAN_DAYS = 366;

/**
 * Survey periods: an instansi's rules, a unit's periods opened, changed and closed, and a closed
 * period's indices put into the unit's worksheet.
 */
export class SurveyPeriodService {
  constructor(
    private readonly db: Db,
    private readonly units: UnitService,
    private readonly assessments: AssessmentService,
    private readonly results: SurveyResultsService,
    /** The public site's address, which the form's link and QR are made from. */
    private readonly publicUrl: string,
  ) {}

  /** The public form's full address. */
  formUrl(period: SurveyPeriod): string {
    return `${this.publicUrl}${formPathOf(period.code)}`;
  }

  /** What the counter's poster of a period in scope shows. */
  async poster(viewer: Viewer, globalId: string): Promise<PosterData & { code: string }> {
    const period = await this.inScope(viewer, globalId);
    const [names] = (await this.db.manager.query(
      'SELECT u.name AS "unitName", i.name AS "instansiName" FROM unit u JOIN instansi i ON i.id = u.instansi_id WHERE u.id = $1',
      [period.unitId],
    )) as Array<{ unitName: string; instansiName: string }>;
    return {
      code: period.code,
      unitName: names?.unitName ?? '',
      instansiName: names?.instansiName ?? '',
      title: period.title,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      formUrl: this.formUrl(period),
    };
  }

  /** The rules of the viewer's instansi. */
  async settings(viewer: Viewer): Promise<SurveyRules> {
    const instansiId = await this.units.instansiOf(viewer);
    const found = instansiId ? await this.db.manager.findOneBy(SurveySettings, { instansiId }) : null;
    return found ?? DEFAULT_SETTINGS;
  }

  /** The Inspektorat sets its instansi's rules; periods already open keep theirs. Audited. */
  async setSettings(
    viewer: Viewer,
    input: SetSurveySettingsInput,
    request: RequestInfo,
  ): Promise<SurveyRules> {
    const instansiId = viewer.instansiId;
    if (!instansiId) throw notFound('instansi', 'instansi');
    return this.db.transaction(async (manager) => {
      const before = await manager.findOneBy(SurveySettings, { instansiId });
      const rules: SurveyRules = {
        scalePoints: input.scalePoints,
        conversion: input.conversion,
        sampleMethod: input.sampleMethod,
        publicWhileOpen: input.publicWhileOpen,
      };
      await manager.save(SurveySettings, {
        instansiId,
        ...rules,
        updatedBy: viewer.id,
        updatedAt: new Date(),
      });
      await recordChange(manager, viewer, request, 'survey.settings', 'instansi', instansiId, before, rules);
      return rules;
    });
  }

  /** Periods in the viewer's scope, of one unit or of all, newest first. */
  async list(viewer: Viewer, unitGlobalId?: string | null): Promise<SurveyPeriod[]> {
    const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'p.unit_id');
    const query = this.db.manager
      .getRepository(SurveyPeriod)
      .createQueryBuilder('p')
      .where(condition, parameters)
      .orderBy('p.starts_on', 'DESC')
      .addOrderBy('p.created_at', 'DESC')
      .take(MOST_PERIODS);
    if (unitGlobalId)
      query.andWhere('p.unit_id = :unitId', { unitId: fromGlobalIdOf('Unit', unitGlobalId, 'unitId') });
    return query.getMany();
  }

  /** A period in the viewer's scope, or NOT_FOUND at `field`. */
  async inScope(viewer: Viewer, globalId: string, field = 'periodId', lock = false): Promise<SurveyPeriod> {
    const id = fromGlobalIdOf('SurveyPeriod', globalId, field);
    const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'p.unit_id');
    const query = this.db.manager
      .getRepository(SurveyPeriod)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(condition, parameters);
    const period = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!period) throw notFound(field, 'survey period');
    return period;
  }

  /** Opens a period for a unit in scope, with its instansi's rules as they are now. Audited. */
  async open(viewer: Viewer, input: OpenSurveyPeriodInput, request: RequestInfo): Promise<SurveyPeriod> {
    const unitId = fromGlobalIdOf('Unit', input.unitId, 'unitId');
    const unit = await this.units.byId(unitId, unitScopeOf(viewer));
    if (!unit || unit.archivedAt) throw notFound('unitId', 'active unit');
    checkSpan(input.startsOn, input.endsOn);
    const rules = await this.settings(viewer);
    const serviceTypes = distinctServices(input.serviceTypes);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.db.transaction(async (manager) => {
          const period = await manager.save(
            manager.create(SurveyPeriod, {
              unitId,
              code: newCode(),
              title: input.title.trim(),
              startsOn: input.startsOn,
              endsOn: input.endsOn,
              year: input.year ?? Number(input.endsOn.slice(0, 4)),
              instruments: CURRENT_INSTRUMENTS.map((instrument) => instrument.code),
              scalePoints: rules.scalePoints,
              conversion: rules.conversion,
              sampleMethod: rules.sampleMethod,
              serviceTypes,
              serviceUsers: input.serviceUsers ?? null,
              publicWhileOpen: rules.publicWhileOpen,
              createdBy: viewer.id,
              closedBy: null,
              closedAt: null,
              version: 1,
            }),
          );
          await recordChange(manager, viewer, request, 'survey.open', 'survey_period', period.id, null, {
            ...period,
          });
          return period;
        });
      } catch (error) {
        // A code drawn twice (one in a billion per pair): draw again.
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= 3) throw error;
      }
    }
  }

  /** Changes an open period on the version edited. Audited. */
  async update(viewer: Viewer, input: UpdateSurveyPeriodInput, request: RequestInfo): Promise<SurveyPeriod> {
    return this.db.transaction(async (manager) => {
      const period = await this.openOnVersion(viewer, input.periodId, input.version);
      const before = { ...period };
      if (input.title != null) period.title = input.title.trim();
      if (input.serviceTypes != null) period.serviceTypes = distinctServices(input.serviceTypes);
      if (input.serviceUsers !== undefined) period.serviceUsers = input.serviceUsers;
      if (input.publicWhileOpen != null) period.publicWhileOpen = input.publicWhileOpen;
      period.version += 1;
      await manager.save(period);
      await recordChange(manager, viewer, request, 'survey.update', 'survey_period', period.id, before, {
        ...period,
      });
      return period;
    });
  }

  /**
   * Closes a period: no more responses, and its indices go into the unit layer of the unit's
   * worksheet for its year (when there is one the closer may write now), with where they came
   * from. Audited.
   */
  async close(
    viewer: Viewer,
    globalId: string,
    version: number,
    request: RequestInfo,
  ): Promise<SurveyPeriod> {
    return this.db.transaction(async (manager) => {
      const period = await this.openOnVersion(viewer, globalId, version);
      period.closedAt = new Date();
      period.closedBy = viewer.id;
      period.version += 1;
      await manager.save(period);
      await recordChange(manager, viewer, request, 'survey.close', 'survey_period', period.id, null, {
        closedAt: period.closedAt,
      });
      await this.putIntoWorksheet(viewer, period, request);
      return period;
    });
  }

  /** For a closed period whose indices could not go in at closing: tries again now. */
  async putClosedIntoWorksheet(
    viewer: Viewer,
    globalId: string,
    request: RequestInfo,
  ): Promise<SurveyPeriod> {
    return this.db.transaction(async () => {
      const period = await this.inScope(viewer, globalId, 'periodId', true);
      if (!period.closedAt) {
        throw badInput('periodId', 'periodId: the period is still open; close it to put its indices in', {
          reason: RefusalReason.SURVEY_PERIOD_OPEN,
        });
      }
      await this.putIntoWorksheet(viewer, period, request);
      return period;
    });
  }

  /** Where a closed period's indices went. */
  lkeValues(period: SurveyPeriod): Promise<SurveyLkeValueView[]> {
    return this.valuesWhere('v.period_id = :id', period.id);
  }

  /** What closed periods put into a worksheet's unit layer, by question. */
  valuesOfAssessment(assessmentId: string): Promise<SurveyLkeValueView[]> {
    return this.valuesWhere('v.assessment_id = :id', assessmentId);
  }

  private async valuesWhere(condition: string, id: string): Promise<SurveyLkeValueView[]> {
    const rows = await this.db.manager
      .getRepository(SurveyLkeValue)
      .createQueryBuilder('v')
      .innerJoinAndMapOne('v.period', SurveyPeriod, 'p', 'p.id = v.period_id')
      .where(condition, { id })
      .orderBy('v.question_code', 'ASC')
      .getMany();
    return rows.map((row) => {
      const { period, ...value } = row as SurveyLkeValue & { period: SurveyPeriod };
      return { ...value, periodId: period.globalId, periodTitle: period.title };
    });
  }

  private async putIntoWorksheet(viewer: Viewer, period: SurveyPeriod, request: RequestInfo): Promise<void> {
    const results = await this.results.results(period);
    const { counts } = results;
    const values = results.indices.flatMap((index) => {
      const instrument = SURVEY_INSTRUMENTS.get(index.instrument);
      if (!instrument || index.lkeValue === null || index.exact === null) return [];
      const note = `${instrument.index} dari survei "${period.title}" (${period.startsOn} s.d. ${period.endsOn}): ${counts.used} tanggapan dipakai dari ${counts.received} diterima, ${counts.excluded} dikeluarkan.`;
      return [{ code: instrument.lkeQuestion, number: index.lkeValue, note, exact: index.exact }];
    });
    if (values.length === 0) return;
    const put = await this.assessments.putOutsideValues(viewer, period, values, request, {
      fromSurveyPeriod: period.id,
    });
    if (!put) return;
    const setAt = new Date();
    await this.db.manager.getRepository(SurveyLkeValue).upsert(
      values.map((value) => ({
        assessmentId: put.assessment.id,
        questionCode: value.code,
        periodId: period.id,
        value: value.number,
        exact: value.exact,
        responsesUsed: counts.used,
        written: put.written,
        setAt,
      })),
      ['assessmentId', 'questionCode'],
    );
  }

  /** The period, locked, if it is open and at the version the viewer edited. */
  private async openOnVersion(viewer: Viewer, globalId: string, version: number): Promise<SurveyPeriod> {
    const period = await this.inScope(viewer, globalId, 'periodId', true);
    if (period.closedAt) {
      throw badInput('periodId', 'periodId: the period is closed; nothing about it changes any more', {
        reason: RefusalReason.SURVEY_PERIOD_CLOSED,
      });
    }
    if (period.version !== version) {
      throw conflict(
        `The period was changed by someone else (now version ${period.version}, you edited version ${version}). Nothing was saved.`,
        { field: 'version', yourVersion: version, currentVersion: period.version },
      );
    }
    return period;
  }
}

/** A span that ends on or after it starts, within a year. */
function checkSpan(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn)
    throw badInput('endsOn', 'endsOn must not be before startsOn', { reason: RefusalReason.RANGE_ORDER });
  const days = (Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000;
  if (days > LONGEST_SPAN_DAYS) {
    throw badInput('endsOn', `a survey period spans at most ${LONGEST_SPAN_DAYS} days`, {
      reason: RefusalReason.RANGE_TOO_LONG,
      max: LONGEST_SPAN_DAYS,
    });
  }
}

/** The services as a respondent picks them: trimmed, blanks and repeats dropped, in the order given. */
function distinctServices(services: readonly string[]): string[] {
  return [...new Set(services.map((service) => service.trim()).filter((service) => service.length > 0))];
}
