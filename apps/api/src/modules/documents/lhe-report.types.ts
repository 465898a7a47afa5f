import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

@ObjectType({
  description: 'An evaluation report (LHE) as issued: its number, day, verification code and fingerprint.',
})
export class LheReport {
  @Field({ description: "The report's number in its instansi's yearly sequence, as printed on it." })
  number: string;

  @Field(() => LocalDate, { description: 'The day it was issued (in Indonesia).' })
  issuedOn: string;

  @Field({ description: 'The code printed under its QR; the public verification page reads it.' })
  verificationCode: string;

  @Field({ description: 'SHA-256 of the issued PDF, hexadecimal: every download is this file.' })
  sha256: string;

  @Field(() => Int, {
    description: '0 for the first report of the assessment, then 1, 2, … for each revision.',
  })
  revision: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why this revision was issued; null for the first report.',
  })
  revisionReason: string | null;
}

@ObjectType({ description: 'The revision that replaced a report: its number and day.' })
export class LheReplacement {
  @Field()
  number: string;

  @Field(() => LocalDate)
  issuedOn: string;
}

@ObjectType({
  description:
    'An issued evaluation report as the public may check it: what it is about, its number, day and fingerprint.',
})
export class LheVerification extends LheReport {
  @Field(() => Int)
  year: number;

  @Field()
  unitName: string;

  @Field()
  instansiName: string;

  @Field(() => LheReplacement, {
    nullable: true,
    description: 'The revision that replaced this report, which then no longer stands; null while it stands.',
  })
  supersededBy: LheReplacement | null;
}
