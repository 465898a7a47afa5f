import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// No Docker engine runs where the tests do: these checks read the files under docker/ as text, and
// hand compose.yml to Docker Compose's own validator where one is installed.

const root = fileURLToPath(new URL('../../..', import.meta.url));
const read = (file: string) => readFileSync(`${root}docker/${file}`, 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

/** A Dockerfile's instructions, stage by stage: comments dropped, `\` continuations joined. */
function stagesOf(dockerfile: string): Instruction[][] {
  const stages: Instruction[][] = [];
  const lines = dockerfile
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n');
  for (const line of lines) {
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    const instruction = { keyword: match[1].toUpperCase(), args: match[2].trim() };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

const argsOf = (stage: Instruction[], keyword: string) =>
  stage.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

/** The lines of one service in compose.yml, found by indentation under `services:`. */
function serviceBlock(compose: string, name: string): string {
  const lines = compose.split('\n');
  const indentOf = (line: string) => line.search(/\S/);
  const isKey = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
  const services = lines.indexOf('services:');
  const firstKey = lines.findIndex((line, index) => index > services && isKey(line));
  if (services === -1 || firstKey === -1) return '';
  const indent = indentOf(lines[firstKey] ?? '');
  const start = lines.findIndex(
    (line, index) => index > services && indentOf(line) === indent && line.trim() === `${name}:`,
  );
  if (start === -1) return '';
  const end = lines.findIndex((line, index) => index > start && isKey(line) && indentOf(line) <= indent);
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

describe.each([
  { file: 'api.Dockerfile', port: '4000' },
  { file: 'web.Dockerfile', port: '8080' },
])('$file', ({ file, port }) => {
  const stages = stagesOf(read(file));
  const final = stages.at(-1) ?? [];

  it('builds in stages', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
  });

  it('runs as a user other than root', () => {
    const user = argsOf(final, 'USER').at(-1);
    expect(user, 'no USER in the final stage').toBeDefined();
    expect(user?.split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  it('has a health check', () => {
    const [healthcheck] = argsOf(final, 'HEALTHCHECK');
    expect(healthcheck, 'no HEALTHCHECK in the final stage').toBeDefined();
    expect(healthcheck).toMatch(/\bCMD\b/);
  });

  it(`exposes port ${port}`, () => {
    expect(argsOf(final, 'EXPOSE')).toContain(port);
  });

  it('keeps dependencies, build output, local data and git out of its build context', () => {
    const ignored = read(`${file}.dockerignore`).split('\n');
    for (const pattern of ['**/node_modules', '**/dist', '**/.turbo', '.data', '.git', 'e2e/screenshots']) {
      expect(ignored).toContain(pattern);
    }
  });
});

describe('api.Dockerfile', () => {
  const final = stagesOf(read('api.Dockerfile')).at(-1) ?? [];

  it('starts the compiled API in production mode, listening beyond the container', () => {
    const env = argsOf(final, 'ENV').join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(argsOf(final, 'CMD').at(-1)).toContain('apps/api/dist/main.js');
  });
});

describe('web.Dockerfile and nginx.conf', () => {
  const final = stagesOf(read('web.Dockerfile')).at(-1) ?? [];
  const nginx = read('nginx.conf');

  it('installs nginx.conf, which listens on the exposed port', () => {
    expect(argsOf(final, 'COPY')).toContain('docker/nginx.conf /etc/nginx/nginx.conf');
    expect(read('web.Dockerfile.dockerignore').split('\n')).toContain('!docker/nginx.conf');
    expect(nginx).toMatch(/^\s*listen 8080;/m);
  });

  it('proxies the API endpoints to the api service', () => {
    expect(nginx).toMatch(/^\s*server api:4000\b/m);
    for (const path of ['/graphql', '/admin/graphql', '/healthz']) {
      expect(nginx).toMatch(new RegExp(`location = ${path} \\{\\s*proxy_pass http://api;`));
    }
  });

  it('falls back to each app’s index.html for client-side routes', () => {
    expect(nginx).toMatch(/try_files \$uri \/index\.html;/);
    expect(nginx).toMatch(/try_files \$uri \/admin\/index\.html;/);
  });
});

const works = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
const composeCommand = works('docker', ['compose', 'version'])
  ? ['docker', 'compose']
  : works('docker-compose', ['version'])
    ? ['docker-compose']
    : undefined;
if (!composeCommand) {
  console.warn(
    'docker.test.ts: compose.yml NOT validated by Docker Compose: neither `docker compose` (the v2 plugin) ' +
      'nor `docker-compose` is installed. On Debian: apt-get install docker-compose',
  );
}

describe('compose.yml', () => {
  const compose = read('compose.yml');

  it.skipIf(!composeCommand)('passes `compose config`', () => {
    const [command = '', ...subcommand] = composeCommand ?? [];
    const result = spawnSync(command, [...subcommand, '-f', 'docker/compose.yml', 'config', '-q'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status, result.stderr || result.error?.message).toBe(0);
  });

  it('defines the four services', () => {
    for (const name of ['postgres', 'redis', 'api', 'web']) {
      expect(serviceBlock(compose, name), `service ${name}`).not.toBe('');
    }
  });

  it('health-checks postgres and redis', () => {
    expect(serviceBlock(compose, 'postgres')).toMatch(/healthcheck:[\s\S]*pg_isready/);
    expect(serviceBlock(compose, 'redis')).toMatch(/healthcheck:[\s\S]*redis-cli/);
  });

  it('points the API at the postgres service and starts it once postgres is healthy', () => {
    const api = serviceBlock(compose, 'api');
    expect(api).toMatch(/DATABASE_URL:\s*"?postgres(ql)?:\/\/[^@\s]+@postgres:5432\//);
    expect(api).toMatch(/depends_on:\s+postgres:\s+condition: service_healthy/);
    expect(api).toMatch(/dockerfile: docker\/api\.Dockerfile/);
  });

  it('publishes the web service on 8080 once the API is healthy', () => {
    const web = serviceBlock(compose, 'web');
    expect(web).toMatch(/"\$\{WEB_PORT:-8080\}:8080"/);
    expect(web).toMatch(/depends_on:\s+api:\s+condition: service_healthy/);
    expect(web).toMatch(/dockerfile: docker\/web\.Dockerfile/);
  });
});
