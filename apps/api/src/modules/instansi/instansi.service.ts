import type { DataSource } from 'typeorm';
import { Instansi } from './instansi.entity.js';

export class InstansiService {
  constructor(private readonly dataSource: DataSource) {}

  /** A few hundred rows at most nationally (~630 bodies), so the list is not paginated. */
  list(): Promise<Instansi[]> {
    return this.dataSource.getRepository(Instansi).find({ order: { name: 'ASC' } });
  }
}
