import type { DataSource } from 'typeorm';
import { User } from './user.entity.js';

export class UserService {
  constructor(private readonly dataSource: DataSource) {}

  byId(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }
}
