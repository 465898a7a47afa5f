import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { RefusalReason } from './refusal-reason.js';
import { ArchiveLimit } from './zip-limits.js';

/**
 * The reasons the public API can refuse with: its inputs' rules (a region code, a year, a search's
 * length), paging, IDs and cursors, text the database cannot store, and a database too busy. The
 * public site translates these and no others; `refusal-details.test.ts` derives the reasons of the
 * public schema's validators and checks that each is here.
 */
export const PUBLIC_REFUSAL_REASONS = [
  RefusalReason.INVALID,
  RefusalReason.INVALID_ID,
  RefusalReason.INVALID_CURSOR,
  RefusalReason.PAGE_SIZE,
  RefusalReason.INVALID_REGION,
  RefusalReason.INVALID_INSTANSI_REGION,
  RefusalReason.TOO_LONG,
  RefusalReason.NOT_A_WHOLE_NUMBER,
  RefusalReason.BELOW_MINIMUM,
  RefusalReason.ABOVE_MAXIMUM,
  RefusalReason.INVALID_CHARACTER,
  RefusalReason.BUSY,
] as const;

type PublicReason = (typeof PUBLIC_REFUSAL_REASONS)[number];

/** `PUBLIC_REFUSAL_REASONS` as an enum object, each name its wire value, for type-graphql. */
export const PublicRefusalReason = Object.fromEntries(
  PUBLIC_REFUSAL_REASONS.map((reason) => [reason, reason]),
) as { [Reason in PublicReason]: Reason };

registerEnumType(PublicRefusalReason, {
  name: 'PublicRefusalReason',
  description:
    'The members of `RefusalReason` the public API can refuse with; the admin API can give any of them.',
});

/**
 * No field returns a refusal: these types, which name parts of a refused request's `extensions`,
 * carry the enums above into the SDL, so that clients get them generated (as `Refusal` does for
 * `RefusalReason`).
 */
@ObjectType({ description: 'The `extensions` of a refusal by the public API.' })
export class PublicRefusal {
  @Field(() => PublicRefusalReason)
  reason: PublicReason;
}

@ObjectType({ description: 'The `extensions` of `ARCHIVE_TOO_LARGE`: the limit broken and its value.' })
export class ArchiveRefusal {
  @Field(() => ArchiveLimit)
  limit: ArchiveLimit;

  @Field(() => Float, { description: 'Bytes for `UNPACKED_SIZE`, else a count or a ratio.' })
  max: number;
}
