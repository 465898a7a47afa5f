import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { AllowAnyRole } from '../auth/access.js';
import { viewerOf } from '../auth/viewer.js';
import { UnitConnection, UnitsArgs } from './unit.connection.js';
import { Unit } from './unit.entity.js';
import { unitScopeOf } from './unit.scope.js';

@Resolver(() => Unit)
export class UnitAdminResolver {
  @AllowAnyRole()
  @Query(() => UnitConnection, {
    description: "Units in the viewer's scope: their instansi, their assigned units, or their own unit.",
  })
  async units(@Args() args: UnitsArgs, @Ctx() ctx: Context): Promise<UnitConnection> {
    const page = await ctx.services.units.list({ ...args, scope: unitScopeOf(viewerOf(ctx)) });
    return Object.assign(new UnitConnection(), { page });
  }

  @AllowAnyRole()
  @Query(() => Unit, { nullable: true, description: "A unit in the viewer's scope, or null." })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit | null> {
    return ctx.services.units.byId(fromGlobalIdOf('Unit', id), unitScopeOf(viewerOf(ctx)));
  }
}
