import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow, AllowAnonymous } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { EvaluatorAssignment, Role, User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import { RoleOption, roleOptions } from './role-options.js';
import {
  AssignEvaluatorsInput,
  AssignmentResult,
  SetPasswordInput,
  UnassignEvaluatorsInput,
  UserConnection,
  UserInput,
  UserInvitation,
  UsersArgs,
  Workload,
} from './user-admin.inputs.js';

@Resolver(() => User)
export class UserAdminResolver {
  @Allow(Role.ADMIN)
  @Query(() => UserConnection, { description: "People of the viewer's instansi and its units, by name." })
  async users(
    @Args() args: UsersArgs,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UserConnection> {
    return Object.assign(new UserConnection(), {
      page: await ctx.services.userAdmin.page(viewer, args),
    });
  }

  @Allow(Role.ADMIN)
  @Query(() => [RoleOption], {
    description:
      'The roles a person may be given (createUser, updateUser), each with what its account needs.',
  })
  roleOptions(): RoleOption[] {
    return roleOptions();
  }

  @Allow(Role.ADMIN)
  @Mutation(() => UserInvitation, {
    description: 'Adds a person; they set their password through a one-time link.',
  })
  createUser(
    @Arg('input') input: UserInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UserInvitation> {
    return ctx.services.userAdmin.create(viewer, input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, {
    description: 'Edits a person; deactivating or changing the role ends their sessions.',
  })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UserInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return ctx.services.userAdmin.update(viewer, id, input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => UserInvitation, {
    description: 'A new one-time link to set a password; older links stop working.',
  })
  sendPasswordLink(
    @Arg('userId', () => ID) userId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UserInvitation> {
    return ctx.services.userAdmin.sendPasswordLink(viewer, userId, ctx.request);
  }

  @AllowAnonymous()
  @Mutation(() => Boolean, { description: 'Sets a password with the token of a one-time link.' })
  setPassword(@Arg('input') input: SetPasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.userAdmin.setPassword(input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => AssignmentResult, {
    description: 'Assigns evaluators to units in bulk: by ID, kind or region.',
  })
  assignEvaluators(
    @Arg('input') input: AssignEvaluatorsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<AssignmentResult> {
    return ctx.services.userAdmin.assign(viewer, input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => AssignmentResult)
  unassignEvaluators(
    @Arg('input') input: UnassignEvaluatorsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<AssignmentResult> {
    return ctx.services.userAdmin.unassign(viewer, input, ctx.request);
  }

  @FieldResolver(() => Workload, {
    nullable: true,
    description: "An evaluator's assigned units and open reviews.",
  })
  workload(@Root() user: User, @Ctx() ctx: Context): Promise<Workload> | null {
    return user.role === Role.EVALUATOR ? ctx.loaders.workload.load(user.id) : null;
  }
}

@Resolver(() => Unit)
export class UnitEvaluatorsResolver {
  @FieldResolver(() => [EvaluatorAssignment], {
    description: 'The TPI evaluators assigned to it, the lead first.',
  })
  evaluators(@Root() unit: Unit, @Ctx() ctx: Context): Promise<EvaluatorAssignment[]> {
    return ctx.loaders.evaluatorsByUnit.load(unit.id);
  }
}

@Resolver(() => EvaluatorAssignment)
export class EvaluatorAssignmentResolver {
  @FieldResolver(() => User)
  async evaluator(@Root() assignment: EvaluatorAssignment, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(assignment.userId)) as User;
  }
}
