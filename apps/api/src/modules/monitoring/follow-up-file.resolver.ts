import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { FollowUp } from './follow-up.entity.js';
import { ANSWERING_ROLES } from './follow-up.service.js';
import { FollowUpFile } from './follow-up-file.entity.js';

@Resolver(() => FollowUp)
export class FollowUpFilesResolver {
  @FieldResolver(() => [FollowUpFile], {
    description: 'Files attached as evidence, oldest first (uploaded at POST /admin/follow-ups/:id/files).',
  })
  files(@Root() followUp: FollowUp, @Ctx() ctx: Context): Promise<FollowUpFile[]> {
    return ctx.loaders.filesByFollowUp.load(followUp.id);
  }

  @Allow(...ANSWERING_ROLES)
  @Mutation(() => FollowUp, {
    description: 'Removes a file from a follow-up that is not verified yet; returns the follow-up.',
  })
  removeFollowUpFile(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<FollowUp> {
    return ctx.services.followUpFiles.remove(viewer, id, ctx.request);
  }
}

@Resolver(() => FollowUpFile)
export class FollowUpFileResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The name of who attached it.' })
  async addedByName(@Root() file: FollowUpFile, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.user.load(file.addedBy))?.name ?? null;
  }
}
