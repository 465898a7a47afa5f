import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { UNIQUE_VIOLATION } from '../../common/errors.js';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { LINK_TTL_HOURS } from '../auth/password-link.js';
import { InstansiKind } from './instansi.entity.js';
import { type InstansiRegistration, registerInstansi } from './instansi-setup.js';

const USAGE = `Registers a government body and its first Inspektorat administrator, who gets a one-time link.

  npm run instansi:add -- --name "Pemerintah Provinsi Kalimantan Timur" --kind province --region 64 \\
    --admin-name "Nama Inspektur" --admin-email inspektur@example.go.id

  --kind     province | regency | city | ministry
  --region   Kemendagri code ("64", "64.71"); not for a ministry`;

function argsOf(): InstansiRegistration {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      kind: { type: 'string' },
      region: { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-email': { type: 'string' },
    },
  });
  const problems: string[] = [];
  const kind = values.kind as InstansiKind;
  if (!values.name?.trim()) problems.push('--name is required');
  if (!Object.values(InstansiKind).includes(kind))
    problems.push('--kind must be province, regency, city or ministry');
  if (kind !== InstansiKind.MINISTRY && !/^[0-9]{2}(\.[0-9]{2})?$/.test(values.region ?? '')) {
    problems.push('--region must look like "64" or "64.71" (required except for a ministry)');
  }
  if (!values['admin-name']?.trim()) problems.push('--admin-name is required');
  if (!/^[^@\s]+@[^@\s]+$/.test(values['admin-email'] ?? ''))
    problems.push('--admin-email must be an email address');
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n\n${USAGE}`);
  return {
    name: (values.name ?? '').trim(),
    kind,
    region: values.region ?? null,
    adminName: (values['admin-name'] ?? '').trim(),
    adminEmail: (values['admin-email'] ?? '').trim().toLowerCase(),
  };
}

/** `npm run instansi:add`: how a new Inspektorat starts on a database without demo data. */
async function main(): Promise<void> {
  const args = argsOf();
  const config = loadConfig();
  const database = await openDatabase({ ...config, seedDemo: 'never' });
  try {
    const link = await registerInstansi(database.dataSource, args, config.publicUrl);
    console.log(`Registered "${args.name}" and its administrator ${args.adminEmail}.`);
    console.log(`Send them this one-time link to set a password (valid ${LINK_TTL_HOURS} hours):`);
    console.log(`  ${link}`);
  } finally {
    await database.close();
  }
}

try {
  await main();
} catch (error) {
  const { code, detail } = error as { code?: string; detail?: string };
  console.error(code === UNIQUE_VIOLATION ? `Already registered: ${detail}` : (error as Error).message);
  process.exitCode = 1;
}
