import { IsOptional, ValidateBy } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { RefusalReason } from '../../common/refusal-reason.js';
import { IsFilledText, IsNip, MaxText } from '../../common/validation.js';

/** A report number format holds `{nomor}`: without it every report would bear the same number. */
const HoldsSequence = () =>
  ValidateBy(
    {
      name: 'holdsSequence',
      validator: {
        validate: (value) => typeof value === 'string' && value.includes('{nomor}'),
        defaultMessage: () => 'must hold {nomor}, the sequence',
      },
    },
    { context: { reason: RefusalReason.NUMBER_FORMAT_WITHOUT_SEQUENCE } },
  );

@ObjectType({ description: "How the instansi's Inspektorat heads, signs and numbers its reports (LHE)." })
export class InstansiLetterhead {
  @Field(() => String, { nullable: true, description: 'The address under the letterhead.' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'The Inspektur who signs.' })
  inspekturName: string | null;

  @Field(() => String, { nullable: true, description: "The Inspektur's NIP, 18 digits." })
  inspekturNip: string | null;

  @Field({
    description: 'Report numbers: `{nomor}` is the year’s sequence (001, 002, …), `{tahun}` the year.',
  })
  numberFormat: string;
}

@InputType({
  description: "The instansi's letterhead, signatory and report numbering; empty text clears a field.",
})
export class InstansiLetterheadInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(300)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  inspekturName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNip()
  inspekturNip?: string | null;

  @Field()
  @IsFilledText(100)
  @HoldsSequence()
  numberFormat: string;
}
