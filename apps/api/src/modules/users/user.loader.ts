import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../common/dataloader.js';
import { User } from './user.entity.js';

export const createUserLoader = (dataSource: DataSource) => byIdLoader(dataSource.getRepository(User));
