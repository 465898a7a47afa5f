import 'reflect-metadata';
import { type Config, ConfigError, loadConfig } from './config.js';
import { databaseUrlOf } from './db/data-source.js';
import { type Database, openDatabase } from './db/database.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seed/demo.js';
import { type App, createApp } from './http/app.js';
import { logger } from './logger.js';
import { startAuditCheckpoints } from './modules/audit/checkpoint-scheduler.js';
import { MAIL_LISTENER_APPLICATION_NAME, mailAtOnce } from './modules/notifications/mail-at-once.js';

/** How often reminders are swept and due mails sent; a digest waits for its hour. */
const REMINDER_INTERVAL_MS = 15 * 60_000;

function startReminders(reminders: App['services']['reminders']): () => void {
  const first = setTimeout(() => void reminders.run(), 10_000);
  const every = setInterval(() => void reminders.run(), REMINDER_INTERVAL_MS);
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}

function banner(config: Config, url: string, database: Database): string {
  const lines = [
    '',
    'Zona Integritas is running.',
    `  Public site    ${url}/`,
    `  Admin portal   ${url}/admin/`,
    `  Public API     ${url}/graphql`,
    `  Admin API      ${url}/admin/graphql`,
    `  Health         ${url}/healthz`,
    `  Database       ${database.description}${database.seeded ? ' (demo data just loaded)' : ''}`,
    `  Mail           ${config.mail.kind === 'smtp' ? 'sent by SMTP' : `written to ${config.mail.dir} (SMTP_URL not set)`}`,
  ];
  if (config.seedDemo === 'auto') {
    lines.push('', `Demo accounts (password "${DEMO_PASSWORD}"), on databases seeded with demo data:`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.email.padEnd(24)} ${account.what}`);
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  return lines.join('\n');
}

async function start(config: Config): Promise<void> {
  const database = await openDatabase(config);
  if (database.seeded) logger.info('empty database: loaded demo data', database.seeded);
  const app: App = await createApp(config, database.dataSource);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.port, config.host, resolve);
  });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  process.stdout.write(banner(config, `http://${host}:${port}`, database));
  const stopReminders = startReminders(app.services.reminders);
  const mailListener = mailAtOnce(app.services.notifications, {
    connectionString: databaseUrlOf(database.dataSource),
    application_name: MAIL_LISTENER_APPLICATION_NAME,
    keepAlive: true,
  });
  await mailListener.start();
  const stopCheckpoints = startAuditCheckpoints(database.dataSource, config.dataDir);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping: draining requests', { signal });
    stopReminders();
    await mailListener.close();
    await app.close();
    await stopCheckpoints(); // the embedded database stops only after this (decisions 0027, 0029)
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
}

try {
  await start(loadConfig());
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.error('could not start', { error: error instanceof Error ? error.message : String(error) });
  }
  process.exit(1);
}
