import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { DEFAULT_TIME_ZONE } from '../../common/indonesian-time.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { Instansi } from '../instansi/instansi.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Capabilities, capabilitiesOf, homeOf, PortalHome } from './capabilities.js';
import { UserViewerMay, userViewerMay } from './self-change.js';

@Resolver(() => User)
export class UserFieldsResolver {
  @FieldResolver(() => Instansi, {
    nullable: true,
    description: 'The instansi of Inspektorat staff and evaluators.',
  })
  instansi(@Root() user: User, @Ctx() ctx: Context): Promise<Instansi | null> | null {
    return user.instansiId ? ctx.loaders.instansi.load(user.instansiId) : null;
  }

  @FieldResolver(() => String, {
    description:
      "The IANA time zone the portal shows this person's dates and times in: their instansi's, or their unit's instansi's (each instansi's is its region's).",
  })
  async timeZone(@Root() user: User, @Ctx() ctx: Context): Promise<string> {
    const unit = !user.instansiId && user.unitId ? await ctx.loaders.unit.load(user.unitId) : null;
    const instansiId = user.instansiId ?? unit?.instansiId;
    const instansi = instansiId ? await ctx.loaders.instansi.load(instansiId) : null;
    return instansi?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  @FieldResolver(() => Unit, { nullable: true, description: "A unit operator's unit." })
  unit(@Root() user: User, @Ctx() ctx: Context): Promise<Unit | null> | null {
    return user.unitId ? ctx.loaders.unit.load(user.unitId) : null;
  }

  @FieldResolver(() => Capabilities, { description: 'What this person may do across the portal.' })
  may(@Root() user: User, @Info() info: GraphQLResolveInfo): Capabilities {
    return capabilitiesOf(info.schema, user.role);
  }

  @FieldResolver(() => PortalHome, { description: 'The page this person starts on after signing in.' })
  home(@Root() user: User, @Info() info: GraphQLResolveInfo): PortalHome {
    return homeOf(capabilitiesOf(info.schema, user.role));
  }

  @FieldResolver(() => UserViewerMay, { description: 'What the viewer may change about this person.' })
  viewerMay(@Root() user: User, @CurrentViewer() viewer: Viewer): UserViewerMay {
    return userViewerMay(viewer, user);
  }
}
