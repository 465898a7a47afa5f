import { IsEmail, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MaxText } from '../../common/validation.js';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxText(254)
  email: string;

  @Field()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  password: string;
}
