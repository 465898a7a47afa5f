import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Instansi } from '../instansi/instansi.entity.js';
import {
  InstansiStatistics,
  PredicateCount,
  RegionStatistics,
  StageCount,
  Statistics,
  StatisticsFilter,
  YearStatistics,
} from './statistics.types.js';

@Resolver(() => Statistics)
export class StatisticsResolver {
  @Query(() => Statistics, { description: 'Counts by stage, predicate, instansi, region and year.' })
  statistics(
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null,
    @Ctx() ctx: Context,
  ): Statistics {
    return ctx.services.statistics.statistics(filter);
  }

  @FieldResolver(() => Int)
  totalUnits(@Root() stats: Statistics, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.statistics.totalUnits(stats);
  }

  @FieldResolver(() => [StageCount], { description: 'Units by current stage.' })
  byStage(@Root() stats: Statistics, @Ctx() ctx: Context): Promise<StageCount[]> {
    return ctx.services.statistics.byStage(stats);
  }

  @FieldResolver(() => [PredicateCount])
  byPredicate(@Root() stats: Statistics, @Ctx() ctx: Context): Promise<PredicateCount[]> {
    return ctx.services.statistics.byPredicate(stats);
  }

  @FieldResolver(() => [InstansiStatistics])
  byInstansi(@Root() stats: Statistics, @Ctx() ctx: Context): Promise<InstansiStatistics[]> {
    return ctx.services.statistics.byInstansi(stats);
  }

  @FieldResolver(() => [RegionStatistics], {
    description: 'Units by the province of the region they are in (decision 0035), most units first.',
  })
  byRegion(@Root() stats: Statistics, @Ctx() ctx: Context): Promise<RegionStatistics[]> {
    return ctx.services.statistics.byRegion(stats);
  }

  @FieldResolver(() => [YearStatistics], { description: 'Oldest year first.' })
  byYear(@Root() stats: Statistics, @Ctx() ctx: Context): Promise<YearStatistics[]> {
    return ctx.services.statistics.byYear(stats);
  }
}

@Resolver(() => InstansiStatistics)
export class InstansiStatisticsResolver {
  @FieldResolver(() => Instansi)
  async instansi(@Root() row: InstansiStatistics, @Ctx() ctx: Context): Promise<Instansi> {
    return (await ctx.loaders.instansi.load(row.instansiId)) as Instansi;
  }
}
