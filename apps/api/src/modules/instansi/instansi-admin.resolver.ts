import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { Instansi } from './instansi.entity.js';
import { InstansiLetterhead, InstansiLetterheadInput } from './instansi-letterhead.types.js';
import { InstansiProfileInput } from './instansi-profile.input.js';

/** The settings an Inspektorat keeps for its own instansi; the public schema has none of them. */
@Resolver(() => Instansi)
export class InstansiAdminResolver {
  @FieldResolver(() => Boolean, {
    description: "Whether a TPI approval waits for the team lead's (ketua tim) confirmation.",
  })
  secondReview(@Root() instansi: Instansi): boolean {
    return instansi.secondReview;
  }

  @FieldResolver(() => InstansiLetterhead, {
    description: "How the instansi's Inspektorat heads, signs and numbers its reports (LHE).",
  })
  letterhead(@Root() instansi: Instansi): InstansiLetterhead {
    return {
      address: instansi.inspectorateAddress,
      inspekturName: instansi.inspekturName,
      inspekturNip: instansi.inspekturNip,
      numberFormat: instansi.lheNumberFormat,
    };
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Instansi, {
    description: "Sets the letterhead, signatory and report numbering of the viewer's instansi.",
  })
  updateInstansiLetterhead(
    @Arg('input') input: InstansiLetterheadInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Instansi> {
    return ctx.services.instansi.updateLetterhead(viewer, input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Instansi, {
    description: "Turns the second review step (ketua tim) on or off for the viewer's instansi.",
  })
  setSecondReview(
    @Arg('required') required: boolean,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Instansi> {
    return ctx.services.instansi.setSecondReview(viewer, required, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Instansi, { description: "Renames or relocates the viewer's instansi." })
  updateInstansiProfile(
    @Arg('input') input: InstansiProfileInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Instansi> {
    return ctx.services.instansi.updateProfile(viewer, input, ctx.request);
  }
}
