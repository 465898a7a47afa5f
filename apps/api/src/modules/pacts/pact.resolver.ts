import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Unit } from '../units/unit.entity.js';
import { Pact } from './pact.entity.js';
import { PactConnection, PactsArgs } from './pact.inputs.js';
import { CODE_INPUT_LENGTH } from './pact.service.js';

@Resolver(() => Pact)
export class PactPublicResolver {
  @Query(() => PactConnection, { description: 'Every registered integrity pact, newest first.' })
  async pacts(@Args() args: PactsArgs, @Ctx() ctx: Context): Promise<PactConnection> {
    return Object.assign(new PactConnection(), { page: await ctx.services.pacts.list(args) });
  }

  @Query(() => Pact, {
    nullable: true,
    description: 'The integrity pact registered under the code printed on its poster, or null if none is.',
  })
  verifyPact(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Pact | null> {
    return ctx.services.pacts.byVerificationCode(code.slice(0, CODE_INPUT_LENGTH));
  }

  @FieldResolver(() => Unit, { description: 'The unit whose leaders and staff signed it.' })
  async unit(@Root() pact: Pact, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unit.load(pact.unitId)) as Unit;
  }
}

/** A unit's pacts, in both schemas: the pacts feature adds the field to the unit it builds on. */
@Resolver(() => Unit)
export class UnitPactsResolver {
  @FieldResolver(() => [Pact], { description: 'Integrity pacts, newest first.' })
  pacts(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Pact[]> {
    return ctx.loaders.pactsByUnit.load(unit.id);
  }
}
