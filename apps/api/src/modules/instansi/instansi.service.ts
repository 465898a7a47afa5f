import {
  countStatementOf,
  type KeysetSort,
  type ListQuery,
  listPage,
  type Page,
} from '../../common/connection.js';
import type { RequestInfo } from '../../common/context.js';
import { badInput, forbidden, UNIQUE_VIOLATION } from '../../common/errors.js';
import { OrderDirection } from '../../common/order-direction.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { containsPattern, searchWords } from '../../common/search.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Instansi, InstansiKind } from './instansi.entity.js';
import { type InstansiArgs, type InstansiFilter, InstansiOrderField } from './instansi.inputs.js';
import type { InstansiLetterheadInput } from './instansi-letterhead.types.js';
import type { InstansiProfileInput } from './instansi-profile.input.js';
import { regionContainsSql } from './region-code.js';

const SORTS: Record<InstansiOrderField, KeysetSort<Instansi>> = {
  [InstansiOrderField.NAME]: { expression: 'i.name', cursorValue: (instansi) => instansi.name },
  [InstansiOrderField.REGION_CODE]: {
    expression: "COALESCE(i.region_code, '')",
    cursorValue: (instansi) => instansi.regionCode ?? '',
  },
};

/** `instansiList`'s order: by name, which is unique. */
export const INSTANSI_LIST_ORDER = { name: 'ASC' } as const;

export class InstansiService {
  constructor(private readonly db: Db) {}

  /** About 630 bodies nationally: small enough for a filter menu in one piece. */
  list(): Promise<Instansi[]> {
    return this.db.manager.getRepository(Instansi).find({ order: INSTANSI_LIST_ORDER });
  }

  setSecondReview(viewer: Viewer, required: boolean, request: RequestInfo): Promise<Instansi> {
    return this.change(viewer, 'instansi.second_review', { secondReview: required }, request);
  }

  async updateProfile(viewer: Viewer, input: InstansiProfileInput, request: RequestInfo): Promise<Instansi> {
    const own = await this.db.manager.getRepository(Instansi).findOneBy({ id: viewer.instansiId ?? '' });
    const regionCode = input.regionCode?.trim() || null;
    if (own && own.kind !== InstansiKind.MINISTRY && !regionCode) {
      throw badInput('regionCode', 'regionCode is required for a province, regency or city', {
        reason: RefusalReason.REQUIRED,
      });
    }
    try {
      return await this.change(viewer, 'instansi.profile', { name: input.name.trim(), regionCode }, request);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw badInput('name', 'name: another instansi has this name', {
          reason: RefusalReason.INSTANSI_NAME_TAKEN,
        });
      }
      throw error;
    }
  }

  /** The letterhead, signatory and report numbering of its LHE; empty text clears a field. */
  updateLetterhead(viewer: Viewer, input: InstansiLetterheadInput, request: RequestInfo): Promise<Instansi> {
    const text = (value: string | null | undefined) => value?.trim() || null;
    return this.change(
      viewer,
      'instansi.letterhead',
      {
        inspectorateAddress: text(input.address),
        inspekturName: text(input.inspekturName),
        inspekturNip: text(input.inspekturNip),
        lheNumberFormat: input.numberFormat.trim(),
      },
      request,
    );
  }

  /** Changes the viewer's own instansi, audited with what it was. */
  private change(
    viewer: Viewer,
    action: string,
    changes: Partial<
      Pick<
        Instansi,
        | 'name'
        | 'regionCode'
        | 'secondReview'
        | 'inspectorateAddress'
        | 'inspekturName'
        | 'inspekturNip'
        | 'lheNumberFormat'
      >
    >,
    request: RequestInfo,
  ): Promise<Instansi> {
    const instansiId = viewer.instansiId;
    if (!instansiId) throw forbidden('Only Inspektorat staff change the settings of their instansi.');
    return this.db.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(Instansi, { id: instansiId });
      await manager.update(Instansi, { id: instansiId }, changes);
      const was = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof Instansi]]));
      await recordChange(manager, viewer, request, action, 'instansi', instansiId, was, changes);
      return manager.findOneByOrFail(Instansi, { id: instansiId });
    });
  }

  page(args: InstansiArgs): Promise<Page<Instansi>> {
    return listPage(this.listQuery(args), args, this.db.manager);
  }

  /** The bodies a list request matches, in its order, before paging (`ListQuery`). */
  listQuery(args: InstansiArgs): ListQuery<Instansi> {
    const field = args.orderBy?.field ?? InstansiOrderField.NAME;
    const ascending = (args.orderBy?.direction ?? OrderDirection.ASC) === OrderDirection.ASC;
    const filtered = () => this.filtered(args.filter);
    return {
      query: filtered(),
      sort: SORTS[field],
      ascending,
      countStatement: () => countStatementOf(filtered()),
    };
  }

  private filtered(filter?: InstansiFilter | null) {
    const query = this.db.manager.getRepository(Instansi).createQueryBuilder('i');
    if (filter?.kind) query.andWhere('i.kind = :kind', { kind: filter.kind });
    if (filter?.regionCode) {
      query.andWhere(regionContainsSql(':region', 'i.region_code'), {
        region: filter.regionCode,
      });
    }
    searchWords(filter?.search).forEach((word, index) => {
      query.andWhere(`i.name ILIKE :word${index}`, { [`word${index}`]: containsPattern(word) });
    });
    return query;
  }
}
