import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Instansi } from './instansi.entity.js';
import { InstansiArgs, InstansiConnection } from './instansi.inputs.js';

@Resolver(() => Instansi)
export class InstansiPublicResolver {
  @Query(() => InstansiConnection, { description: 'Government bodies, paginated, with filters and order.' })
  async instansi(@Args() args: InstansiArgs, @Ctx() ctx: Context): Promise<InstansiConnection> {
    return Object.assign(new InstansiConnection(), { page: await ctx.services.instansi.page(args) });
  }

  @Query(() => [Instansi], {
    description: 'Every government body, by name, in one list (for filter menus; about 630 nationally).',
  })
  instansiList(@Ctx() ctx: Context): Promise<Instansi[]> {
    return ctx.services.instansi.list();
  }
}
