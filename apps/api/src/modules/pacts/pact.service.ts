import type { SelectQueryBuilder } from 'typeorm';
import {
  countStatementOf,
  type KeysetSort,
  type ListQuery,
  listPage,
  type Page,
} from '../../common/connection.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { OrderDirection } from '../../common/order-direction.js';
import { containsPattern, searchWords } from '../../common/search.js';
import type { Db } from '../../db/db.js';
import { aliasMatchesSql } from '../units/unit-search.js';
import { Pact } from './pact.entity.js';
import { type PactFilter, PactOrderField, type PactsArgs } from './pact.inputs.js';

const SORTS: Record<PactOrderField, KeysetSort<Pact>> = {
  [PactOrderField.SIGNED_ON]: { expression: 'p.signed_on', cursorValue: (pact) => pact.signedOn },
  [PactOrderField.SIGNATORY_COUNT]: {
    expression: 'p.signatory_count',
    cursorValue: (pact) => pact.signatoryCount,
  },
};

function applyFilter(query: SelectQueryBuilder<Pact>, filter?: PactFilter | null): SelectQueryBuilder<Pact> {
  if (filter?.unitId)
    query.andWhere('p.unit_id = :unitId', { unitId: fromGlobalIdOf('Unit', filter.unitId, 'filter.unitId') });
  if (filter?.instansiId) {
    query.andWhere('u.instansi_id = :instansiId', {
      instansiId: fromGlobalIdOf('Instansi', filter.instansiId, 'filter.instansiId'),
    });
  }
  if (!filter?.includeArchived) query.andWhere('u.archived_at IS NULL');
  if (filter?.year) query.andWhere('extract(year FROM p.signed_on) = :year', { year: filter.year });
  searchWords(filter?.search).forEach((word, index) => {
    query.andWhere(
      `(u.name ILIKE :word${index} OR ${aliasMatchesSql(`word${index}`)} OR p.leader_name ILIKE :word${index})`,
      {
        [`word${index}`]: containsPattern(word),
      },
    );
  });
  return query;
}

const CODE_SHAPE = /^PI-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** How much of a typed code is read: a code is 12 characters, a typed one has spaces and dashes. */
export const CODE_INPUT_LENGTH = 40;

/**
 * "pi 7y9d cb2z", "PI7Y9DCB2Z" and "PI-7Y9D-CB2Z" are the same code: people type what they read
 * off a poster or a phone photo.
 */
export function normalizeVerificationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const body = compact.startsWith('PI') ? compact.slice(2) : compact;
  const code = `PI-${body.slice(0, 4)}-${body.slice(4)}`;
  return CODE_SHAPE.test(code) ? code : null;
}

export class PactService {
  constructor(private readonly db: Db) {}

  /** Every registered pact, newest first by default, keyset-paginated. */
  list(args: PactsArgs): Promise<Page<Pact>> {
    return listPage(this.listQuery(args), args, this.db.manager);
  }

  /** The pacts a list request matches, in its order, before paging (`ListQuery`). */
  listQuery(args: PactsArgs): ListQuery<Pact> {
    const field = args.orderBy?.field ?? PactOrderField.SIGNED_ON;
    const ascending = (args.orderBy?.direction ?? OrderDirection.DESC) === OrderDirection.ASC;
    const filtered = () =>
      applyFilter(
        this.db.manager
          .getRepository(Pact)
          .createQueryBuilder('p')
          .innerJoin('unit', 'u', 'u.id = p.unit_id'),
        args.filter,
      );
    return {
      query: filtered(),
      sort: SORTS[field],
      ascending,
      countStatement: () => countStatementOf(filtered()),
    };
  }

  /** The pact registered under a verification code, or null; a malformed code is simply not found. */
  async byVerificationCode(input: string): Promise<Pact | null> {
    const code = normalizeVerificationCode(input);
    return code ? this.db.manager.getRepository(Pact).findOneBy({ verificationCode: code }) : null;
  }
}
