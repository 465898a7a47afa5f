import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValidElement } from 'react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SignedIn } from './auth/SignedIn';
import { routes } from './routes';
import { linksOf, type Section } from './section';
import * as portal from './sections';

const sections: Section[] = Object.values(portal);

/** The route table as `router.tsx` listed it before the sections: the e2e tests open these URLs. */
const ROUTES = [
  'login → LoginPage, public',
  'kata-sandi → SetPasswordPage, public',
  '(index) → UnitsPage, signed in',
  'antrian → QueuePage, signed in',
  'assessments/:id → WorksheetPage, signed in',
  'assessments/:id/compare → ComparePage, signed in',
  'dasbor → DashboardPage, signed in',
  'kelola → RegistryPage, signed in',
  'notifikasi → NotificationsPage, signed in',
  'monev → MonitoringPage, signed in',
  'monev/:id → MonitoringRoundPage, signed in',
  'survei → SurveysPage, signed in',
  'survei/:id → SurveyPeriodPage, signed in',
  'tindak-lanjut → FollowUpsPage, signed in',
  'pendampingan → CoachingPage, signed in',
  'pendampingan/:id → CoachingSessionPage, signed in',
  'rencana-aksi → ActionPlanPage, signed in',
  '* → NotFoundPage, signed in',
];

/** The nav as `AdminNav.tsx` listed it before the sections, in its order. */
const LINKS = [
  { to: '/', label: 'adminNav.units', end: true },
  { to: '/antrian', label: 'adminNav.queue', needs: 'evaluate' },
  { to: '/dasbor', label: 'adminNav.dashboard', needs: 'seeDashboard' },
  { to: '/monev', label: 'adminNav.monitoring' },
  { to: '/survei', label: 'adminNav.surveys' },
  { to: '/tindak-lanjut', label: 'adminNav.followUps' },
  { to: '/rencana-aksi', label: 'adminNav.actionPlan' },
  { to: '/pendampingan', label: 'adminNav.coaching' },
  { to: '/kelola', label: 'adminNav.registry', needs: 'manageRegistry' },
  { to: '/notifikasi', label: 'adminNav.notifications' },
];

/** Each page route as `path → Page, public|signed in`. */
function table(routes: RouteObject[], signedIn = false): string[] {
  return routes.flatMap((route) => {
    const guarded = signedIn || (isValidElement(route.element) && route.element.type === SignedIn);
    if (route.children) return table(route.children, guarded);
    const path = route.index ? '(index)' : route.path;
    return [`${path} → ${route.Component?.name}, ${guarded ? 'signed in' : 'public'}`];
  });
}

const SRC = path.dirname(fileURLToPath(import.meta.url));

/** Every file under src/, relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(SRC, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(relative) : [relative];
  });

/** The stylesheets each source file imports, by the file. */
const stylesheetImports = (files: readonly string[]) =>
  files
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) =>
      [...readFileSync(path.join(SRC, file), 'utf8').matchAll(/^import '([^']+\.css)';/gm)].map(
        ([, sheet = '']) => ({
          file,
          sheet: path.posix.normalize(path.posix.join(path.posix.dirname(file), sheet)),
        }),
      ),
    );

const twice = (values: readonly unknown[]) =>
  values.filter((value, index) => values.indexOf(value) !== index);

describe('the portal sections', () => {
  it('claim each path once', () => {
    const paths = sections.flatMap((section) =>
      (section.routes ?? []).map((route) => ('index' in route ? '' : route.path)),
    );
    expect(twice(paths)).toEqual([]);
  });

  it('claim each nav target and nav position once', () => {
    const links = linksOf(sections);
    expect(twice(links.map((link) => link.to))).toEqual([]);
    expect(twice(links.map((link) => link.order))).toEqual([]);
  });

  it('link to a page of their own', () => {
    for (const { routes = [], nav } of sections.filter((section) => section.nav)) {
      const targets = routes.map((route) => ('index' in route ? '/' : `/${route.path}`));
      expect(targets).toContain(nav?.to);
    }
  });

  it('are all listed', () => {
    const described = Object.values(
      import.meta.glob<Section>('./*/index.ts', { eager: true, import: 'section' }),
    );
    expect(described.filter((section) => section && !sections.includes(section))).toEqual([]);
  });

  it('bring their own styles: a feature’s stylesheet is imported by its section, the portal’s by main.tsx', () => {
    const files = filesUnder('');
    const imports = stylesheetImports(files);
    // An empty list would pass on nothing.
    expect(imports).toContainEqual({ file: 'monitoring/index.ts', sheet: 'monitoring/monitoring.css' });
    expect(imports.filter(({ file }) => file !== 'main.tsx' && !/^[\w-]+\/index\.ts$/.test(file))).toEqual(
      [],
    );
    const sheets = files.filter((file) => /^[\w-]+\/[\w-]+\.css$/.test(file) && !file.startsWith('styles/'));
    const imported = (sheet: string) =>
      imports.some((item) => item.sheet === sheet && item.file === `${path.posix.dirname(sheet)}/index.ts`);
    expect(sheets.filter((sheet) => !imported(sheet))).toEqual([]);
  });

  it('make the route table the portal had', () => {
    expect(table(routes).sort()).toEqual([...ROUTES].sort());
  });

  it('make the nav the portal had, in its order', () => {
    expect(linksOf(sections).map(({ order, useCount, ...link }) => link)).toEqual(LINKS);
    // Only the queue counts what waits behind it: the approvals held for the viewer's second review.
    expect(linksOf(sections).flatMap((link) => (link.useCount ? [link.to] : []))).toEqual(['/antrian']);
  });
});
