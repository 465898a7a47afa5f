import { CURRENT_INSTRUMENTS, conversionFormula, SURVEY_INSTRUMENTS, sampleFormula } from '@zi/lke';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Context } from '../../common/context.js';
import { toGlobalId } from '../../common/global-id.js';
import { AnswerLayer, Assessment } from '../assessments/assessment.entity.js';
import { layerVisible } from '../assessments/layer-rules.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { mayCall } from '../auth/may-call.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import {
  DecideSurveyResponseInput,
  OpenSurveyPeriodInput,
  SetSurveySettingsInput,
  UpdateSurveyPeriodInput,
} from './survey.inputs.js';
import {
  SurveyCounts,
  SurveyInstrumentDefinition,
  SurveyLkeValueView,
  SurveyPeriodViewerMay,
  SurveyResponseView,
  SurveyResults,
  SurveySettingsView,
} from './survey.types.js';
import { countsOfPeriods } from './survey-counts.js';
import { formPathOf } from './survey-form-path.js';
import { SurveyPeriod } from './survey-period.entity.js';
import type { SurveyRules } from './survey-period.service.js';
import { MOST_LISTED_RESPONSES } from './survey-results.service.js';

/** A request's periods' counts in one pair of statements, however many periods a list shows. */
export const createSurveyCountsLoader = (dataSource: DataSource) =>
  new DataLoader<SurveyPeriod, SurveyCounts, string>(
    (periods) => countsOfPeriods(dataSource.manager, periods),
    {
      cacheKeyFn: (period) => period.id,
    },
  );

const PERIOD_WRITERS = [Role.ADMIN, Role.UNIT_OPERATOR];

@Resolver()
export class SurveySettingsResolver {
  @AllowAnyRole()
  @Query(() => [SurveyInstrumentDefinition], {
    description: 'The perception survey instruments a new period asks.',
  })
  surveyInstruments(): SurveyInstrumentDefinition[] {
    return CURRENT_INSTRUMENTS.map((instrument) => ({ ...instrument, items: [...instrument.items] }));
  }

  @AllowAnyRole()
  @Query(() => SurveyInstrumentDefinition, {
    nullable: true,
    description: 'An instrument by code, past ones too.',
  })
  surveyInstrument(@Arg('code') code: string): SurveyInstrumentDefinition | null {
    const instrument = SURVEY_INSTRUMENTS.get(code);
    return instrument ? { ...instrument, items: [...instrument.items] } : null;
  }

  @AllowAnyRole()
  @Query(() => SurveySettingsView, { description: "The survey rules of the viewer's instansi." })
  async surveySettings(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SurveySettingsView> {
    return settingsView(await ctx.services.surveyPeriods.settings(viewer), viewer, info);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => SurveySettingsView, {
    description: "Sets the instansi's survey rules for the periods it opens next.",
  })
  async setSurveySettings(
    @Arg('input') input: SetSurveySettingsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SurveySettingsView> {
    return settingsView(
      await ctx.services.surveyPeriods.setSettings(viewer, input, ctx.request),
      viewer,
      info,
    );
  }
}

function settingsView(rules: SurveyRules, viewer: Viewer, info: GraphQLResolveInfo): SurveySettingsView {
  return {
    ...rules,
    conversionFormula: conversionFormula({ points: rules.scalePoints, conversion: rules.conversion }),
    sampleFormula: sampleFormula(rules.sampleMethod),
    viewerMayEdit: viewer.instansiId !== null && mayCall(info.schema, 'setSurveySettings', viewer.role),
  };
}

@Resolver(() => SurveyPeriod)
export class SurveyPeriodResolver {
  @AllowAnyRole()
  @Query(() => [SurveyPeriod], {
    description: 'Survey periods in the viewer’s scope, of one unit or all, newest first.',
  })
  surveyPeriods(
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SurveyPeriod[]> {
    return ctx.services.surveyPeriods.list(viewer, unitId);
  }

  @AllowAnyRole()
  @Query(() => SurveyPeriod)
  surveyPeriod(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SurveyPeriod> {
    return ctx.services.surveyPeriods.inScope(viewer, id, 'id');
  }

  @Allow(...PERIOD_WRITERS)
  @Mutation(() => SurveyPeriod, { description: 'Opens a survey period for a unit, with its public form.' })
  openSurveyPeriod(
    @Arg('input') input: OpenSurveyPeriodInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SurveyPeriod> {
    return ctx.services.surveyPeriods.open(viewer, input, ctx.request);
  }

  @Allow(...PERIOD_WRITERS)
  @Mutation(() => SurveyPeriod, {
    description: 'Changes an open period: its title, services, service users, publicity.',
  })
  updateSurveyPeriod(
    @Arg('input') input: UpdateSurveyPeriodInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SurveyPeriod> {
    return ctx.services.surveyPeriods.update(viewer, input, ctx.request);
  }

  @Allow(...PERIOD_WRITERS)
  @Mutation(() => SurveyPeriod, {
    description:
      "Closes a period: its form stops, and its indices go into the unit's worksheet for its year.",
  })
  closeSurveyPeriod(
    @Arg('periodId', () => ID) periodId: string,
    @Arg('version', () => Int) version: number,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SurveyPeriod> {
    return ctx.services.surveyPeriods.close(viewer, periodId, version, ctx.request);
  }

  @Allow(...PERIOD_WRITERS)
  @Mutation(() => SurveyPeriod, {
    description:
      "Puts a closed period's indices into the unit's worksheet, when they could not go in at closing.",
  })
  putSurveyIntoWorksheet(
    @Arg('periodId', () => ID) periodId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SurveyPeriod> {
    return ctx.services.surveyPeriods.putClosedIntoWorksheet(viewer, periodId, ctx.request);
  }

  @Allow(...PERIOD_WRITERS)
  @Mutation(() => SurveyPeriod, {
    description: 'Leaves a response out of the indices with a reason, or keeps it; returns its period.',
  })
  async decideSurveyResponse(
    @Arg('input') input: DecideSurveyResponseInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SurveyPeriod> {
    const { periodId } = await ctx.services.surveyResults.decide(viewer, input, ctx.request);
    return ctx.services.surveyPeriods.inScope(viewer, toGlobalId('SurveyPeriod', periodId));
  }

  @FieldResolver(() => Unit)
  async unit(@Root() period: SurveyPeriod, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unit.load(period.unitId)) as Unit;
  }

  @FieldResolver(() => String, { description: 'The public form’s path: /survei/<code>.' })
  formPath(@Root() period: SurveyPeriod): string {
    return formPathOf(period.code);
  }

  @FieldResolver(() => String, {
    description: 'The public form’s full address, as the poster’s QR holds it.',
  })
  formUrl(@Root() period: SurveyPeriod, @Ctx() ctx: Context): string {
    return ctx.services.surveyPeriods.formUrl(period);
  }

  @FieldResolver(() => String, { description: 'The counter’s A4 poster (PDF) with the form’s QR code.' })
  posterPath(@Root() period: SurveyPeriod): string {
    return `/admin/survey-periods/${period.globalId}/poster.pdf`;
  }

  @FieldResolver(() => SurveyCounts)
  counts(@Root() period: SurveyPeriod, @Ctx() ctx: Context): Promise<SurveyCounts> {
    return ctx.loaders.surveyCounts.load(period);
  }

  @FieldResolver(() => SurveyResults, { description: 'Counts and indices, overall and per service.' })
  results(@Root() period: SurveyPeriod, @Ctx() ctx: Context): Promise<SurveyResults> {
    return ctx.services.surveyResults.results(period);
  }

  @FieldResolver(() => [SurveyResponseView], { description: 'Responses newest first, at most 500.' })
  responses(
    @Root() period: SurveyPeriod,
    @Arg('noticedOnly', { defaultValue: false, description: 'Only flagged or left-out ones.' })
    noticedOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SurveyResponseView[]> {
    const limit = Math.max(1, Math.min(first, MOST_LISTED_RESPONSES));
    return ctx.services.surveyResults.responses(period, noticedOnly, limit);
  }

  @FieldResolver(() => [SurveyLkeValueView], {
    description: 'Where its indices went in the worksheet, once closed.',
  })
  lkeValues(@Root() period: SurveyPeriod, @Ctx() ctx: Context): Promise<SurveyLkeValueView[]> {
    return ctx.services.surveyPeriods.lkeValues(period);
  }

  @FieldResolver(() => SurveyPeriodViewerMay)
  viewerMay(
    @Root() period: SurveyPeriod,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ): SurveyPeriodViewerMay {
    const open = period.closedAt === null;
    const may = (operation: string) => mayCall(info.schema, operation, viewer.role);
    return {
      edit: open && may('updateSurveyPeriod'),
      decide: open && may('decideSurveyResponse'),
      close: open && may('closeSurveyPeriod'),
      putIntoWorksheet: !open && may('putSurveyIntoWorksheet'),
    };
  }
}

@Resolver(() => Assessment)
export class AssessmentSurveyValuesResolver {
  @FieldResolver(() => [SurveyLkeValueView], {
    description:
      "What closed survey periods put into its unit layer (IPAK, IPKP), to compare with the unit's answers there, which a person may have changed since; none where the viewer may not see the unit layer.",
  })
  surveyValues(
    @Root() assessment: Assessment,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SurveyLkeValueView[]> | SurveyLkeValueView[] {
    if (!layerVisible(AnswerLayer.UNIT, assessment.status, viewer.role)) return [];
    return ctx.services.surveyPeriods.valuesOfAssessment(assessment.id);
  }
}
