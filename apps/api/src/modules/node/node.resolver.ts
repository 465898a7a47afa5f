import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { fromGlobalId } from '../../common/global-id.js';
import { Node } from '../../common/node.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null if unknown.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    switch (decoded.type) {
      case 'Unit':
        return ctx.loaders.unit.load(decoded.id);
      case 'Instansi':
        return ctx.loaders.instansi.load(decoded.id);
      case 'Pact':
        return ctx.loaders.pact.load(decoded.id);
      default:
        return null;
    }
  }
}
