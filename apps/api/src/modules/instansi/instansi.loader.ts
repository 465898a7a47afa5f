import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../common/dataloader.js';
import { Instansi } from './instansi.entity.js';

export const createInstansiLoader = (dataSource: DataSource) =>
  byIdLoader(dataSource.getRepository(Instansi));
