import type { Db } from '../../db/db.js';
import { User } from '../auth/user.entity.js';

export class UserService {
  constructor(private readonly db: Db) {}

  byId(id: string): Promise<User | null> {
    return this.db.manager.getRepository(User).findOneBy({ id });
  }
}
