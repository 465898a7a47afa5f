import { requireFramework } from '@zi/lke';
import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { badInput, forbidden } from '../../common/errors.js';
import { UUID } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import type { AnswerLayer, Assessment } from '../assessments/assessment.entity.js';
import { AssessmentStatus } from '../assessments/assessment.entity.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import { touchAssessment } from '../assessments/assessments.queries.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { unitScopeOf } from '../units/unit.scope.js';
import { Evidence, EvidenceFile } from './evidence.entity.js';
import type { EvidenceStore } from './evidence.store.js';
import {
  openStoredFile,
  type ReceivedFile,
  recordFile,
  type StoredDownload,
  storeBytes,
} from './stored-files.js';

export interface EvidenceTarget {
  assessmentId: string;
  layer: AnswerLayer;
  code: string;
}

/** Evidence is activity on the assessment: queues sort by it. */
const touch = (manager: EntityManager, assessmentId: string) => touchAssessment(manager, { assessmentId });

/** Once a unit has submitted, its evidence is part of the record: it can be replaced, not removed. */
const REMOVABLE_WHILE = new Set([AssessmentStatus.DRAFT]);

export class EvidenceService {
  constructor(
    private readonly db: Db,
    private readonly assessments: AssessmentService,
    private readonly store: EvidenceStore,
  ) {}

  /**
   * The assessment whose question the evidence belongs to, if the viewer may change it now. Inside
   * the write's transaction its row is locked (`lock`), so two changes of one question take turns.
   */
  private async target(viewer: Viewer, target: EvidenceTarget, lock = false): Promise<Assessment> {
    const assessment = await this.assessments.writable(viewer, target.assessmentId, target.layer, { lock });
    if (!requireFramework(assessment.frameworkCode).questions.has(target.code)) {
      throw badInput('code', `code: no question "${target.code}" in ${assessment.frameworkCode}`, {
        reason: RefusalReason.UNKNOWN_QUESTION,
        questionCode: target.code,
      });
    }
    return assessment;
  }

  /** Evidence by its ID; none for what cannot be one, so a stray string never reaches a query. */
  private async evidenceById(id: string): Promise<Evidence | null> {
    return UUID.test(id) ? this.db.manager.getRepository(Evidence).findOneBy({ id }) : null;
  }

  private async replaced(
    target: EvidenceTarget,
    replaces: string | null | undefined,
  ): Promise<Evidence | null> {
    if (!replaces) return null;
    const old = await this.evidenceById(replaces);
    const same =
      old &&
      old.assessmentId === target.assessmentId &&
      old.layer === target.layer &&
      old.code === target.code;
    if (!same || old.replacedBy || old.removedAt) {
      throw badInput('replaces', 'replaces: no current evidence with this ID on this question', {
        reason: RefusalReason.NOT_FOUND,
      });
    }
    return old;
  }

  /** Stores files (once per content) and links them to the question, in one transaction. */
  async addFiles(
    viewer: Viewer,
    target: EvidenceTarget,
    files: ReceivedFile[],
    replaces: string | null | undefined,
    request: RequestInfo,
  ): Promise<Evidence[]> {
    // Refused before the bytes are stored, and checked again under the lock before they are linked.
    await this.target(viewer, target);
    const replacing = await this.replaced(target, replaces);
    if (replacing && files.length !== 1)
      throw badInput('files', 'files: a replacement is exactly one file', {
        reason: RefusalReason.TOO_MANY_FILES,
        max: 1,
      });
    await storeBytes(this.store, files);
    return this.db.transaction(async (manager) => {
      await this.target(viewer, target, true);
      const old = await this.replaced(target, replaces);
      const added: Evidence[] = [];
      for (const file of files) {
        const stored = await recordFile(manager, file);
        added.push(
          await manager.save(
            manager.create(Evidence, {
              ...target,
              fileId: stored.id,
              url: null,
              name: file.name,
              addedBy: viewer.id,
            }),
          ),
        );
      }
      if (old) await manager.update(Evidence, { id: old.id }, { replacedBy: added[0]?.id });
      await touch(manager, target.assessmentId);
      await recordAudit(manager, {
        actorUserId: viewer.id,
        action: old ? 'evidence.replace' : 'evidence.add',
        entity: 'assessment',
        entityId: target.assessmentId,
        before: old ? { evidenceId: old.id, name: old.name } : null,
        after: {
          ...target,
          files: files.map(({ name, sha256, size, mediaType }) => ({ name, sha256, size, mediaType })),
        },
        ip: request.ip,
      });
      return added;
    });
  }

  async addLink(
    viewer: Viewer,
    target: EvidenceTarget,
    url: string,
    name: string,
    request: RequestInfo,
  ): Promise<Evidence> {
    return this.db.transaction(async (manager) => {
      await this.target(viewer, target, true);
      const evidence = await manager.save(
        manager.create(Evidence, { ...target, url, name, fileId: null, addedBy: viewer.id }),
      );
      await touch(manager, target.assessmentId);
      await recordAudit(manager, {
        actorUserId: viewer.id,
        action: 'evidence.link',
        entity: 'assessment',
        entityId: target.assessmentId,
        after: { ...target, url, name },
        ip: request.ip,
      });
      return evidence;
    });
  }

  /** The layers whose evidence the viewer may remove now: those they may edit, before the unit submits. */
  async removableLayers(viewer: Viewer, assessment: Assessment): Promise<AnswerLayer[]> {
    if (!REMOVABLE_WHILE.has(assessment.status)) return [];
    return this.assessments.editableLayers(viewer, assessment);
  }

  async remove(viewer: Viewer, evidenceId: string, request: RequestInfo): Promise<Evidence> {
    return this.db.transaction(async (manager) => {
      const found = await this.evidenceById(evidenceId);
      if (!found) throw badInput('id', 'id: no such evidence', { reason: RefusalReason.NOT_FOUND });
      const assessment = await this.target(viewer, found, true);
      // Read again under the assessment's lock: a removal that ran meanwhile is seen.
      const evidence = await manager.findOneByOrFail(Evidence, { id: found.id });
      if (evidence.removedAt)
        throw badInput('id', 'id: no such evidence', { reason: RefusalReason.NOT_FOUND });
      if (!REMOVABLE_WHILE.has(assessment.status)) {
        throw forbidden('This assessment has been submitted: its evidence can be replaced, not removed.', {
          reason: RefusalReason.EVIDENCE_LOCKED,
        });
      }
      await manager.update(Evidence, { id: evidence.id }, { removedAt: new Date(), removedBy: viewer.id });
      await touch(manager, evidence.assessmentId);
      await recordAudit(manager, {
        actorUserId: viewer.id,
        action: 'evidence.remove',
        entity: 'assessment',
        entityId: evidence.assessmentId,
        before: { evidenceId: evidence.id, code: evidence.code, name: evidence.name },
        ip: request.ip,
      });
      return manager.findOneByOrFail(Evidence, { id: evidence.id });
    });
  }

  /**
   * The file behind an evidence ID if the viewer may read its assessment, else null: a stranger
   * gets the same answer as for an ID that does not exist.
   */
  async download(viewer: Viewer | null, evidenceId: string): Promise<StoredDownload | null> {
    if (!viewer) return null;
    const evidence = await this.evidenceById(evidenceId);
    if (!evidence?.fileId) return null;
    const assessment = await this.assessments.byId(evidence.assessmentId, unitScopeOf(viewer));
    if (!assessment) return null;
    const file = await this.db.manager.getRepository(EvidenceFile).findOneByOrFail({ id: evidence.fileId });
    return openStoredFile(this.store, file, evidence.name);
  }
}
