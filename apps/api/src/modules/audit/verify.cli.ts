import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { verifyAuditChain } from './audit.service.js';

/** `npm run audit:verify`: walks the hash chain of the audit log and says where it breaks, if it does. */
const database = await openDatabase({ ...loadConfig(), seedDemo: 'never' });
try {
  const [row] = (await database.dataSource.query('SELECT count(*)::int AS n FROM audit_event')) as {
    n: number;
  }[];
  const broken = await verifyAuditChain(database.dataSource.manager);
  if (broken) {
    console.error(
      `The audit log is broken at event ${broken}: that row, or the one before it, was changed or removed.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`The audit log is intact: ${row?.n ?? 0} events, every hash follows from the one before.`);
  }
} finally {
  await database.close();
}
