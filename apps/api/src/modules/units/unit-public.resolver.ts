import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { UnitConnection, UnitsArgs } from './unit.connection.js';
import { Unit } from './unit.entity.js';

const ALL = { kind: 'all' } as const;

@Resolver(() => Unit)
export class UnitPublicResolver {
  @Query(() => UnitConnection, { description: 'Every work unit in the registry.' })
  async units(@Args() args: UnitsArgs, @Ctx() ctx: Context): Promise<UnitConnection> {
    const page = await ctx.services.units.list({ ...args, scope: ALL });
    return Object.assign(new UnitConnection(), { page });
  }

  @Query(() => Unit, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit | null> {
    return ctx.services.units.byId(fromGlobalIdOf('Unit', id), ALL);
  }
}
