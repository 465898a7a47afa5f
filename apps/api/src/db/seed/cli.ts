import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../database.js';
import { isDatabaseEmpty, seedDemo } from './demo.js';

/** `npm run seed`: migrates, then loads the demo data if the database is empty. */
const database = await openDatabase(loadConfig());
try {
  if (await isDatabaseEmpty(database.dataSource)) {
    console.log('Loaded demo data:', await seedDemo(database.dataSource));
  } else {
    console.log('The database already holds data; demo data is only loaded into an empty database.');
  }
} finally {
  await database.close();
}
