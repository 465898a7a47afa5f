import type { DataSource } from 'typeorm';
import { type KeysetSort, keysetPage, type Page } from '../../common/connection.js';
import { containsPattern, searchWords } from '../../common/search.js';
import { OrderDirection } from '../units/unit.inputs.js';
import { Instansi } from './instansi.entity.js';
import { type InstansiArgs, type InstansiFilter, InstansiOrderField } from './instansi.inputs.js';

const SORTS: Record<InstansiOrderField, KeysetSort<Instansi>> = {
  [InstansiOrderField.NAME]: { expression: 'i.name', cursorValue: (instansi) => instansi.name },
  [InstansiOrderField.REGION_CODE]: {
    expression: "COALESCE(i.region_code, '')",
    cursorValue: (instansi) => instansi.regionCode ?? '',
  },
};

export class InstansiService {
  constructor(private readonly dataSource: DataSource) {}

  /** About 630 bodies nationally: small enough for a filter menu in one piece. */
  list(): Promise<Instansi[]> {
    return this.dataSource.getRepository(Instansi).find({ order: { name: 'ASC' } });
  }

  page(args: InstansiArgs): Promise<Page<Instansi>> {
    const field = args.orderBy?.field ?? InstansiOrderField.NAME;
    const ascending = (args.orderBy?.direction ?? OrderDirection.ASC) === OrderDirection.ASC;
    const filtered = () => this.filtered(args.filter);
    return keysetPage(filtered(), SORTS[field], ascending, args, () => filtered().getCount());
  }

  private filtered(filter?: InstansiFilter | null) {
    const query = this.dataSource.getRepository(Instansi).createQueryBuilder('i');
    if (filter?.kind) query.andWhere('i.kind = :kind', { kind: filter.kind });
    if (filter?.regionCode) {
      query.andWhere("(i.region_code = :region OR i.region_code LIKE :region || '.%')", {
        region: filter.regionCode,
      });
    }
    searchWords(filter?.search).forEach((word, index) => {
      query.andWhere(`i.name ILIKE :word${index}`, { [`word${index}`]: containsPattern(word) });
    });
    return query;
  }
}
