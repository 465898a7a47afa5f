import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Instansi } from './instansi.entity.js';

@Resolver(() => Instansi)
export class InstansiPublicResolver {
  @Query(() => [Instansi], { description: 'Every government body in the registry, by name.' })
  instansiList(@Ctx() ctx: Context): Promise<Instansi[]> {
    return ctx.services.instansi.list();
  }
}
