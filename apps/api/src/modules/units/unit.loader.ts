import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../common/dataloader.js';
import { Unit } from './unit.entity.js';

export const createUnitLoader = (dataSource: DataSource) => byIdLoader(dataSource.getRepository(Unit));
