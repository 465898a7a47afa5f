import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modulesDir = path.dirname(fileURLToPath(import.meta.url));
const moduleNames = readdirSync(modulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** One import of another module's file: type-only imports count, they couple the two as much. */
interface ModuleImport {
  from: string;
  to: string;
  site: string;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'";]*?['"](\.{1,2}\/[^'"]+)['"]/g;

function moduleImports(): ModuleImport[] {
  return moduleNames.flatMap((from) =>
    readdirSync(path.join(modulesDir, from), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) => {
        const source = readFileSync(path.join(modulesDir, from, file), 'utf8');
        return [...source.matchAll(IMPORT)].flatMap(([, specifier = '']) => {
          const target = path.relative(
            modulesDir,
            path.resolve(modulesDir, from, path.dirname(file), specifier),
          );
          const [to, ...rest] = target.split(path.sep);
          if (!to || to === from || to.startsWith('..') || rest.length === 0) return [];
          return [{ from, to, site: `${from}/${file} imports ${specifier}` }];
        });
      }),
  );
}

/** Each set of modules that reach one another through imports (Tarjan), as one cycle through them. */
function cyclesOf(imports: ModuleImport[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of imports) next.set(from, (next.get(from) ?? new Set()).add(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (module: string) => {
    index.set(module, index.size);
    low.set(module, index.get(module) ?? 0);
    stack.push(module);
    for (const to of next.get(module) ?? []) {
      if (!index.has(to)) visit(to);
      if (stack.includes(to)) low.set(module, Math.min(low.get(module) ?? 0, low.get(to) ?? 0));
    }
    if (low.get(module) !== index.get(module)) return;
    const component = stack.splice(stack.indexOf(module));
    if (component.length > 1) components.push(component.sort());
  };
  for (const module of moduleNames) if (!index.has(module)) visit(module);
  return components;
}

/** The shortest cycle through the first module of `component`, each step with one import that makes it. */
function shortestCycle(component: string[], imports: ModuleImport[]): string {
  const [start = ''] = component;
  const steps = imports.filter(({ from, to }) => component.includes(from) && component.includes(to));
  const reachedBy = new Map<string, ModuleImport>();
  const queue = [start];
  for (const module of queue) {
    for (const step of steps.filter(({ from }) => from === module)) {
      if (reachedBy.has(step.to)) continue;
      reachedBy.set(step.to, step);
      queue.push(step.to);
    }
    if (reachedBy.has(start)) break;
  }
  const path: string[] = [];
  for (
    let step = reachedBy.get(start);
    step;
    step = step.from === start ? undefined : reachedBy.get(step.from)
  ) {
    path.unshift(step.site);
  }
  return `${component.join(', ')}: ${path.join(' -> ')}`;
}

describe('modules', () => {
  const imports = moduleImports();

  it('import one another without a cycle: a shared piece lives in the lower module (decision 0039)', () => {
    expect(imports.length, 'the scan finds the imports between modules').toBeGreaterThan(50);
    const report = cyclesOf(imports).map((component) => shortestCycle(component, imports));
    expect(report, 'modules in a cycle, with the imports between them').toEqual([]);
  });

  it('are each listed once in modules/index.ts when they describe a feature', () => {
    const listed = [
      ...readFileSync(path.join(modulesDir, 'index.ts'), 'utf8').matchAll(/from '\.\/([^/]+)\/index\.js'/g),
    ].map(([, name]) => name);
    const features = moduleNames.filter((name) =>
      readdirSync(path.join(modulesDir, name)).includes('index.ts'),
    );
    expect(features.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(features.sort());
  });
});
