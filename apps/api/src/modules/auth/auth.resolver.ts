import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { AllowAnonymous, AllowAnyRole } from './access.js';
import { LoginInput } from './auth.inputs.js';
import { User } from './user.entity.js';

@Resolver()
export class AuthResolver {
  @AllowAnonymous()
  @Mutation(() => User, { description: 'Starts a session; the session cookie is httpOnly.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<User> {
    const { user, token, expiresAt, device } = await ctx.services.auth.login(
      input.email,
      input.password,
      ctx.request,
      ctx.sessionCookie?.deviceToken(),
    );
    ctx.sessionCookie?.set(token, expiresAt);
    ctx.sessionCookie?.setDevice(device.token, device.expiresAt);
    return user;
  }

  @AllowAnyRole()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer) await ctx.services.auth.logout(ctx.viewer, ctx.request);
    ctx.sessionCookie?.clear();
    return true;
  }

  @AllowAnonymous()
  @Query(() => User, { nullable: true, description: 'The logged-in user, or null.' })
  me(@Ctx() ctx: Context): Promise<User | null> | null {
    return ctx.viewer ? ctx.services.users.byId(ctx.viewer.id) : null;
  }
}
