import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../database.js';

/** `npm run seed`: migrates, then loads the demo data if the database is empty. */
const database = await openDatabase({ ...loadConfig(), seedDemo: 'auto' });
console.log(
  database.seeded
    ? `Loaded demo data: ${JSON.stringify(database.seeded)}`
    : 'The database already holds data; demo data is only loaded into an empty database.',
);
await database.close();
