import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Who may do what is decided by the API, once: the portal shows what the API says the viewer may do
 * (`allowedActions`, `editableLayers`, `viewerMay`, `me.may`) and never works it out from a role or
 * a status of its own. This test reads the client packages and fails on the shapes such a copy takes.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLIENT_SOURCES = ['apps/admin/src', 'apps/public/src', 'packages/ui/src'];

/** The one file that reads the viewer's role: to show its label beside their name. */
const ROLE_LABEL_FILE = 'apps/admin/src/auth/UserMenu.tsx';

const ROLES = '(?:ADMIN|EVALUATOR|UNIT_OPERATOR|TEAM_LEAD)';
/** The assessment's workflow statuses and the follow-up's closing one, on which actions turn. */
const WORKFLOW_STATUSES =
  '(?:DRAFT|SUBMITTED|IN_REVIEW|RETURNED|SECOND_REVIEW|EVALUATED|PROPOSED|NOT_PROPOSED|AWARDED|NOT_AWARDED|VERIFIED)';
const VIEWER = '(?:viewer|me|user|currentUser|account|signedIn|useViewer\\(\\))';
/** Every status of an assessment, a follow-up or an action plan's activity. */
const STATUSES = `(?:${WORKFLOW_STATUSES}|OPEN|IN_PROGRESS|DONE|PLANNED)`;

interface Rule {
  name: string;
  pattern: RegExp;
  /** Files where the shape is not a rule, each exemption with its reason above. */
  except?: readonly string[];
}

const RULES: readonly Rule[] = [
  {
    name: 'imports the API',
    pattern: /(?:from\s+|import\s*\(\s*)['"](?:@zi\/api\b|[^'"]*apps\/api\/|(?:\.\.\/)+api\/)/,
  },
  {
    name: "reads the viewer's role",
    pattern: new RegExp(
      `\\b${VIEWER}\\??\\.role\\b|\\{[^}]*\\brole\\b[^}]*\\}\\s*=\\s*${VIEWER}|\\bmay\\.role\\b`,
    ),
    except: [ROLE_LABEL_FILE],
  },
  {
    name: 'compares with a role',
    pattern: new RegExp(`[!=]==\\s*'${ROLES}'|'${ROLES}'\\s*[!=]==`),
  },
  {
    name: 'lists roles that may do something',
    pattern: new RegExp(`\\[\\s*'${ROLES}'\\s*,|\\.includes\\(\\s*(?:\\w+\\.)?role\\s*\\)`),
  },
  {
    name: 'keys a table by role other than for its label',
    pattern: /Record<\s*Role\s*,(?!\s*string\s*>)/,
  },
  {
    name: 'keys a permission table by status or role',
    pattern:
      /Record<\s*\w*Status\s*,\s*(?:boolean|readonly\s+\w+\[\]|\w+\[\])\s*>|Set<\s*\w*(?:Status|Role)\s*>/,
  },
  {
    name: 'names a rule table of the API',
    pattern:
      /\b(?:LAYERS_BY_ROLE|WRITABLE_LAYERS|WRITABLE_BY_STATUS|ANSWERING_ROLES|REVIEWING_ROLES|RESULTS_SHOWN_TO_UNIT|TPI_APPROVED_STATUSES|REMOVABLE_WHILE|TRANSITIONS|[A-Z][A-Z_]*(?:_BY_ROLE|_ROLES|_BY_STATUS))\b/,
  },
  {
    name: 'compares with a workflow status',
    pattern: new RegExp(`[!=]==\\s*'${WORKFLOW_STATUSES}'|'${WORKFLOW_STATUSES}'\\s*[!=]==`),
  },
  {
    name: 'picks some statuses by hand',
    pattern: new RegExp(
      `(?:Extract|Exclude)<\\s*\\w*Status\\s*,|:\\s*readonly\\s+(?!\\w*Status\\[\\])\\w+\\[\\]\\s*=\\s*\\[\\s*'${STATUSES}'`,
    ),
  },
  {
    name: 'requires a field in a status',
    pattern: /\bstatus\s*[!=]==\s*'[A-Z_]+'\s*&&\s*!/,
  },
  {
    name: "offers an action by the viewer's unit",
    pattern: new RegExp(`\\{\\s*${VIEWER}\\??\\.unit\\s*&&`),
  },
  {
    // A layer's deadline is open or closed as the API's `layerDeadlines` say, not by the browser's clock.
    name: "judges a deadline by today's date",
    pattern:
      /\btoday\s*[<>]=?\s*[\w.'"`]|[\w.)'"`]\s*[<>]=?\s*today\b|\b(?:hasPassed|activeReopening|closedOn|currentDeadline|lastOpenDay)\s*\(/,
  },
];

interface Violation {
  file: string;
  line: number;
  rule: string;
  text: string;
}

/** The violations of `source`, a file at `file` (relative to the repository). */
function violationsOf(file: string, source: string): Violation[] {
  return source.split('\n').flatMap((text, index) =>
    RULES.filter((rule) => !rule.except?.includes(file) && rule.pattern.test(text)).map((rule) => ({
      file,
      line: index + 1,
      rule: rule.name,
      text: text.trim(),
    })),
  );
}

const isShipped = (name: string) =>
  /\.(?:ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !/^test-(?:fixtures|render)\./.test(name);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(relative);
    return isShipped(entry.name) ? [relative] : [];
  });
}

describe('no role or status rule in a client package', () => {
  it('finds none in the admin portal, the public site or the UI package', () => {
    const files = CLIENT_SOURCES.flatMap(sourceFiles);
    // The guard reads the sources it guards: an empty list would pass on nothing.
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain('apps/admin/src/worksheet/Worksheet.tsx');
    expect(files).toContain(ROLE_LABEL_FILE);
    const violations = files.flatMap((file) =>
      violationsOf(file, readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(violations).toEqual([]);
  });

  it('catches the shapes the copies of the API’s rules took', () => {
    const caught = (source: string, file = 'apps/admin/src/x.ts') =>
      violationsOf(file, source).map((violation) => violation.rule);
    expect(caught('const LAYERS_BY_ROLE: Record<Role, readonly AnswerLayer[]> = {')).toEqual([
      'keys a table by role other than for its label',
      'names a rule table of the API',
    ]);
    expect(caught('const WRITABLE_BY_STATUS: Record<AssessmentStatus, readonly AnswerLayer[]> = {')).toEqual([
      'keys a permission table by status or role',
      'names a rule table of the API',
    ]);
    expect(caught("  return viewer.role === 'ADMIN' || followUp.status === 'VERIFIED';")).toEqual([
      "reads the viewer's role",
      'compares with a role',
      'compares with a workflow status',
    ]);
    expect(caught('<AdminNav role={user.role} />')).toEqual(["reads the viewer's role"]);
    expect(caught('const { role } = useViewer();')).toEqual(["reads the viewer's role"]);
    expect(caught("  { to: '/kelola', roles: ['ADMIN', 'EVALUATOR'] },")).toEqual([
      'lists roles that may do something',
    ]);
    expect(caught('const ANSWERING: ReadonlySet<Role> = new Set([])')).toEqual([
      'keys a permission table by status or role',
    ]);
    expect(caught("  return status === 'DRAFT';")).toEqual(['compares with a workflow status']);
    expect(
      caught("  if (values.role === 'UNIT_OPERATOR' && !values.unit) problems.unit = 'required';"),
    ).toEqual(['compares with a role']);
    expect(caught("import { LAYERS } from '../../../api/src/modules/workflow/workflow.machine.js';")).toEqual(
      ['imports the API'],
    );
    expect(caught("import type { Viewer } from '@zi/api/viewer';")).toEqual(['imports the API']);
    const clock = ["judges a deadline by today's date"];
    expect(caught('  return today > deadline;')).toEqual(clock);
    expect(caught('  .filter((reopening) => reopening.until >= today)')).toEqual(clock);
    expect(caught('{hasPassed(window[key], today) && <span>')).toEqual(clock);
    expect(caught('const active = activeReopening(reopenings, layer, jakartaToday());')).toEqual(clock);
    expect(caught("type Answer = Extract<FollowUpStatus, 'IN_PROGRESS' | 'DONE'>;")).toEqual([
      'picks some statuses by hand',
    ]);
    expect(caught("export const ANSWERS: readonly Answer[] = ['IN_PROGRESS', 'DONE'];")).toEqual([
      'picks some statuses by hand',
    ]);
    expect(caught("  if (draft.status === 'DONE' && !draft.realisation.trim()) {")).toEqual([
      'requires a field in a status',
    ]);
    expect(caught('{viewer.unit && <StartAssessment unitId={viewer.unit.id} year={2026} />}')).toEqual([
      "offers an action by the viewer's unit",
    ]);
  });

  it('leaves what only shows a value: a label, a tone, an answer read from the API', () => {
    const caught = (source: string, file = 'apps/admin/src/x.ts') =>
      violationsOf(file, source).map((violation) => violation.rule);
    expect(caught('const label = roleLabel(user.role);', ROLE_LABEL_FILE)).toEqual([]);
    expect(caught('const role: Record<Role, string> = {')).toEqual([]);
    expect(caught('const TONES: Record<AssessmentStatus, Tone> = {')).toEqual([]);
    expect(caught("{layer === 'TPI' && assessment.editableLayers.includes('TPI') && (")).toEqual([]);
    expect(caught('canWrite={viewer.may.writeActionPlans}')).toEqual([]);
    expect(caught('<QueueDeadline deadline={row.deadline} today={today} />')).toEqual([]);
    expect(caught('const days = daysLeft(deadline.until, today);')).toEqual([]);
    expect(caught('{deadline.passed && <span className="deadlines__passed" />}')).toEqual([]);
    expect(
      caught("const PLAN_STATUSES: readonly PlanItemStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE'];"),
    ).toEqual([]);
    expect(caught("  done: items.filter((item) => item.status === 'DONE').length,")).toEqual([]);
    expect(
      caught('  if (item.realisationRequiredFor.includes(draft.status) && !draft.realisation) {'),
    ).toEqual([]);
    expect(caught('{viewer.may.startAssessment && viewer.unit && (')).toEqual([]);
  });
});
