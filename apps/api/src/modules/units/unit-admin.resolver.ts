import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { PredicateKind } from '../predicates/predicate.entity.js';
import { heldKinds } from '../predicates/predicate-rules.js';
import { UnitConnection } from './unit.connection.js';
import { Unit } from './unit.entity.js';
import { unitScopeOf } from './unit.scope.js';
import { AdminUnitsArgs, ArchiveUnitInput, UnitInput } from './unit-registry.inputs.js';

@Resolver(() => Unit)
export class UnitAdminResolver {
  @AllowAnyRole()
  @Query(() => UnitConnection, {
    description: "Units in the viewer's scope: their instansi, their assigned units, or their own unit.",
  })
  async units(
    @Args() args: AdminUnitsArgs,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UnitConnection> {
    const page = await ctx.services.units.list({ ...args, scope: unitScopeOf(viewer) });
    return Object.assign(new UnitConnection(), { page });
  }

  @AllowAnyRole()
  @Query(() => Unit, { nullable: true, description: "A unit in the viewer's scope, or null." })
  unit(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Unit | null> {
    return ctx.services.units.byId(fromGlobalIdOf('Unit', id), unitScopeOf(viewer));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Unit, { description: "Registers a unit in the viewer's instansi." })
  createUnit(
    @Arg('input') input: UnitInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return ctx.services.unitRegistry.create(viewer, input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Unit, { description: 'Edits a unit of the viewer’s instansi.' })
  updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UnitInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return ctx.services.unitRegistry.update(viewer, id, input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Unit, { description: 'Archives a unit: it leaves the lists and keeps its history.' })
  archiveUnit(
    @Arg('input') input: ArchiveUnitInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return ctx.services.unitRegistry.archive(viewer, input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Unit, { description: 'Brings an archived unit back to the lists.' })
  restoreUnit(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return ctx.services.unitRegistry.restore(viewer, id, ctx.request);
  }
}

/** What the portal reads about a unit beyond what the public sees. */
@Resolver(() => Unit)
export class UnitRegistryFieldsResolver {
  @FieldResolver(() => [PredicateKind], {
    description:
      'The predicates it holds now (awarded, not revoked), WBK first: what a WBBM rule asks of a prior predicate, as the stored score counts it.',
  })
  async heldPredicates(@Root() unit: Unit, @Ctx() ctx: Context): Promise<PredicateKind[]> {
    return heldKinds(await ctx.loaders.predicatesByUnit.load(unit.id));
  }

  @FieldResolver(() => String, { nullable: true, description: "The Inspektorat's code: the key of imports." })
  code(@Root() unit: Unit): string | null {
    return unit.code;
  }

  @FieldResolver(() => String, { nullable: true, description: "The unit's own Kemendagri region code." })
  regionCode(@Root() unit: Unit): string | null {
    return unit.regionCode;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When it was archived; null while active.' })
  archivedAt(@Root() unit: Unit): Date | null {
    return unit.archivedAt;
  }

  @FieldResolver(() => String, { nullable: true })
  archiveReason(@Root() unit: Unit): string | null {
    return unit.archiveReason;
  }
}
