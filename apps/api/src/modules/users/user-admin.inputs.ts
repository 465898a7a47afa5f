import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/connection.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { IsFilledText, IsRegionCode, MaxText } from '../../common/validation.js';
import { Role, User } from '../auth/user.entity.js';
import { UnitKind } from '../units/unit.entity.js';

@InputType({ description: 'A person to give access to the portal.' })
export class UserInput {
  @Field()
  @IsFilledText(200)
  name: string;

  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxText(254)
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: "A unit operator's unit; required for UNIT_OPERATOR only.",
  })
  @IsOptional()
  unitId?: string | null;

  @Field({ defaultValue: true, description: 'False blocks login and ends their sessions.' })
  active: boolean;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or email.' })
  @IsOptional()
  @MaxText(100)
  search?: string | null;
}

@ObjectType()
export class UserConnection extends ConnectionType('User', User) {}

@ObjectType({ description: 'A user and, when mail does not reach people, the link to hand them.' })
export class UserInvitation {
  @Field(() => User)
  user: User;

  @Field({ description: 'Whether the link went out by mail.' })
  mailed: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The one-time link to set a password: shown only when mail is not configured.',
  })
  link: string | null;

  @Field({ description: 'When the link stops working.' })
  expiresAt: Date;
}

@InputType({
  description: 'Evaluators to assign to units chosen by ID, kind or region (all given must hold).',
})
export class AssignEvaluatorsInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one evaluator' })
  @ArrayMaxSize(50, { message: 'must name at most 50 evaluators' })
  evaluatorIds: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5000, { message: 'must name at most 5000 units' })
  unitIds?: string[] | null;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => String, { nullable: true, description: 'Units in this region (its own, or its instansi’s).' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string | null;

  @Field({ defaultValue: false, description: 'Makes them the team lead (ketua tim) of these units.' })
  lead: boolean;
}

@InputType()
export class UnassignEvaluatorsInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one evaluator' })
  @ArrayMaxSize(50, { message: 'must name at most 50 evaluators' })
  evaluatorIds: string[];

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one unit' })
  @ArrayMaxSize(5000, { message: 'must name at most 5000 units' })
  unitIds: string[];
}

@ObjectType()
export class AssignmentResult {
  @Field(() => Int, { description: 'Units matched by the selection.' })
  units: number;

  @Field(() => Int, { description: 'Assignments added or changed.' })
  changed: number;
}

@ObjectType({ description: "An evaluator's load." })
export class Workload {
  @Field(() => Int)
  units: number;

  @Field(() => Int, { description: 'Assessments of those units waiting for or in evaluation.' })
  pendingReviews: number;

  @Field(() => Int, { description: 'Units they lead (ketua tim).' })
  leading: number;
}

@InputType()
export class SetPasswordInput {
  @Field()
  @Length(20, 200, {
    message: 'must be the token from the link',
    context: { reason: RefusalReason.LINK_INVALID },
  })
  token: string;

  @Field()
  @Length(10, 200, { message: 'must be 10 to 200 characters' })
  password: string;
}
