import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsFilledText } from '../../common/validation.js';
import { LetterKind } from './letter-templates.js';

@ObjectType({ description: 'A letter of the proposal package as the Inspektorat words it.' })
export class LetterTemplate {
  @Field(() => LetterKind)
  kind: LetterKind;

  @Field({ description: 'The letter’s title, as printed.' })
  title: string;

  @Field({ description: 'The wording, with `{placeholders}` filled when a package is assembled.' })
  body: string;

  @Field({ description: 'Whether the instansi has its own wording (false: the default).' })
  custom: boolean;

  @Field(() => [String], { description: 'The placeholders the wording may use, without braces.' })
  placeholders: string[];
}

@InputType({ description: 'New wording of one letter of the proposal package.' })
export class LetterTemplateInput {
  @Field(() => LetterKind)
  kind: LetterKind;

  @Field()
  @IsFilledText(20_000)
  body: string;
}

@ObjectType({ description: 'One file of a proposal package, as its manifest lists it.' })
export class PackageFile {
  @Field()
  file: string;

  @Field({ description: 'SHA-256 of the file, hexadecimal.' })
  sha256: string;

  @Field(() => Int)
  bytes: number;
}

@ObjectType({ description: 'A proposal package as assembled: every later download is this zip.' })
export class ProposalPackage {
  @Field({ description: 'SHA-256 of the zip, hexadecimal.' })
  sha256: string;

  @Field()
  assembledAt: Date;

  @Field(() => [PackageFile])
  files: PackageFile[];
}
