import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Instansi } from '../instansi/instansi.entity.js';
import { InstansiStatistics, Statistics, StatisticsFilter } from './statistics.types.js';

@Resolver(() => Statistics)
export class StatisticsResolver {
  @Query(() => Statistics, { description: 'Counts by stage, predicate, instansi and year.' })
  statistics(
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Statistics> {
    return ctx.services.statistics.statistics(filter);
  }
}

@Resolver(() => InstansiStatistics)
export class InstansiStatisticsResolver {
  @FieldResolver(() => Instansi)
  async instansi(@Root() row: InstansiStatistics, @Ctx() ctx: Context): Promise<Instansi> {
    return (await ctx.loaders.instansi.load(row.instansiId)) as Instansi;
  }
}
