import { getFramework } from '@zi/lke';
import type { RequestInfo } from '../../common/context.js';
import { badInput, forbidden, notFound } from '../../common/errors.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { UnitService } from '../units/unit.service.js';
import { defaultGuidance, type Guidance } from './default-guidance.js';
import { EvidenceGuidanceOverride } from './evidence-guidance.entity.js';
import { MOST_LINE_CHARACTERS, type SetEvidenceGuidanceInput } from './evidence-guidance.types.js';

/** A question's guidance as the instansi sees it, before the viewer's permission is added. */
export interface QuestionGuidance extends Guidance {
  questionCode: string;
  edited: boolean;
  updatedAt: Date | null;
}

/**
 * Per-question evidence guidance: the defaults drawn from each worksheet version's criteria, and
 * the instansi's own rewrites of them, which its Inspektorat keeps per version.
 */
export class EvidenceGuidanceService {
  constructor(
    private readonly db: Db,
    private readonly units: UnitService,
  ) {}

  /** Every question of the version, in worksheet order, as the viewer's instansi has it. */
  async ofFramework(viewer: Viewer, frameworkCode: string): Promise<QuestionGuidance[]> {
    const framework = getFramework(frameworkCode);
    if (!framework) throw notFound('framework', 'worksheet version');
    const instansiId = await this.units.instansiOf(viewer);
    const overrides = instansiId
      ? await this.db.manager.getRepository(EvidenceGuidanceOverride).findBy({ instansiId, frameworkCode })
      : [];
    const own = new Map(overrides.map((override) => [override.questionCode, override]));
    return [...framework.questions].map(([questionCode, { node }]) => {
      const override = own.get(questionCode);
      return override
        ? {
            questionCode,
            expected: override.expected,
            examples: override.examples,
            edited: true,
            updatedAt: override.updatedAt,
          }
        : { questionCode, ...defaultGuidance(node), edited: false, updatedAt: null };
    });
  }

  /** The instansi's own words for one question, in place of the default; audited. */
  async set(
    viewer: Viewer,
    input: SetEvidenceGuidanceInput,
    request: RequestInfo,
  ): Promise<QuestionGuidance> {
    const key = this.keyOf(viewer, input.framework, input.questionCode);
    const expected = checkedLines(input.expected, 'expected');
    const examples = checkedLines(input.examples, 'examples');
    if (expected.length === 0) {
      throw badInput('expected', 'expected must hold at least one line', { reason: RefusalReason.REQUIRED });
    }
    return this.db.transaction(async (manager) => {
      const repository = manager.getRepository(EvidenceGuidanceOverride);
      const before = await repository.findOneBy(key);
      const saved = await repository.save(
        repository.create({ ...key, expected, examples, updatedBy: viewer.id, updatedAt: new Date() }),
      );
      await recordChange(
        manager,
        viewer,
        request,
        'guidance.set',
        'evidence_guidance',
        key.instansiId,
        before,
        {
          ...key,
          expected,
          examples,
        },
      );
      return { questionCode: key.questionCode, expected, examples, edited: true, updatedAt: saved.updatedAt };
    });
  }

  /** Back to the default drawn from the criteria; audited. */
  async reset(viewer: Viewer, frameworkCode: string, questionCode: string, request: RequestInfo) {
    const key = this.keyOf(viewer, frameworkCode, questionCode);
    const node = getFramework(frameworkCode)?.questions.get(questionCode)?.node;
    return this.db.transaction(async (manager) => {
      const repository = manager.getRepository(EvidenceGuidanceOverride);
      const before = await repository.findOneBy(key);
      if (before) {
        await repository.delete(key);
        await recordChange(
          manager,
          viewer,
          request,
          'guidance.reset',
          'evidence_guidance',
          key.instansiId,
          before,
          key,
        );
      }
      return {
        questionCode,
        ...defaultGuidance(node as NonNullable<typeof node>),
        edited: false,
        updatedAt: null,
      };
    });
  }

  /** The row a rewrite is kept in: the Inspektorat's instansi, a known version and question. */
  private keyOf(viewer: Viewer, frameworkCode: string, questionCode: string) {
    if (!viewer.instansiId) throw forbidden('Only Inspektorat staff write evidence guidance.');
    const framework = getFramework(frameworkCode);
    if (!framework) throw notFound('framework', 'worksheet version');
    if (!framework.questions.has(questionCode)) {
      throw badInput('questionCode', `${questionCode} is not a question of ${frameworkCode}`, {
        reason: RefusalReason.UNKNOWN_QUESTION,
      });
    }
    return { instansiId: viewer.instansiId, frameworkCode, questionCode };
  }
}

/** The lines as kept: trimmed, blank and repeated ones dropped, each within the length a line holds. */
function checkedLines(lines: readonly string[], field: string): string[] {
  const kept = lines.map((line) => line.trim());
  kept.forEach((line, index) => {
    if ([...line].length > MOST_LINE_CHARACTERS) {
      throw badInput(
        `${field}.${index}`,
        `${field}.${index} must be at most ${MOST_LINE_CHARACTERS} characters`,
        {
          reason: RefusalReason.TOO_LONG,
          max: MOST_LINE_CHARACTERS,
        },
      );
    }
  });
  // A line written twice says nothing more, and each line is its own item on the page.
  return [...new Set(kept.filter((line) => line !== ''))];
}
