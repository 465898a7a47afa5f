import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { notFound } from '../../common/errors.js';
import { fromGlobalIdOf, UUID } from '../../common/global-id.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { EvidenceFile } from '../evidence/evidence.entity.js';
import type { EvidenceStore } from '../evidence/evidence.store.js';
import {
  openStoredFile,
  type ReceivedFile,
  recordFile,
  type StoredDownload,
  storeBytes,
} from '../evidence/stored-files.js';
import { unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import { FollowUp } from './follow-up.entity.js';
import type { FollowUpService } from './follow-up.service.js';
import { FollowUpFile } from './follow-up-file.entity.js';

const auditedFile = (link: FollowUpFile) => ({
  id: link.id,
  name: link.name,
  sha256: link.file.sha256,
  size: link.file.size,
  mediaType: link.file.mediaType,
});

/**
 * Files attached to a follow-up, kept in the worksheet's evidence store. Whoever may answer the
 * follow-up may attach and remove files until it is verified; whoever may see it may download them.
 */
export class FollowUpFileService {
  constructor(
    private readonly db: Db,
    private readonly followUps: FollowUpService,
    private readonly store: EvidenceStore,
  ) {}

  /** Stores the files (once per content) and attaches them, in one audited transaction. */
  async attach(
    viewer: Viewer,
    followUpGlobalId: string,
    files: ReceivedFile[],
    request: RequestInfo,
  ): Promise<FollowUpFile[]> {
    const followUpId = fromGlobalIdOf('FollowUp', followUpGlobalId, 'followUpId');
    await storeBytes(this.store, files);
    return this.db.transaction(async (manager) => {
      const followUp = await this.followUps.answerable(manager, viewer, followUpId);
      const attached: FollowUpFile[] = [];
      for (const file of files) {
        const stored = await recordFile(manager, file);
        const link = await manager.save(
          manager.create(FollowUpFile, {
            followUpId,
            fileId: stored.id,
            name: file.name,
            addedBy: viewer.id,
          }),
        );
        attached.push(Object.assign(link, { file: stored }));
      }
      await recordChange(manager, viewer, request, 'follow_up.add_files', 'follow_up', followUp.id, null, {
        files: attached.map(auditedFile),
      });
      return attached;
    });
  }

  /** Refuses, before a byte is received, whoever may not attach files to this follow-up now. */
  async checkAttachable(viewer: Viewer, followUpGlobalId: string): Promise<void> {
    const followUpId = fromGlobalIdOf('FollowUp', followUpGlobalId, 'followUpId');
    await this.db.transaction((manager) => this.followUps.answerable(manager, viewer, followUpId));
  }

  /** Detaches a file; the stored bytes stay, as other links may share them and the log names them. */
  async remove(viewer: Viewer, id: string, request: RequestInfo): Promise<FollowUp> {
    return this.db.transaction(async (manager) => {
      const link = await this.visibleLink(manager, viewer, id);
      if (!link) throw notFound('id', 'file of a follow-up');
      const followUp = await this.followUps.answerable(manager, viewer, link.followUpId);
      const { affected } = await manager.delete(FollowUpFile, { id: link.id });
      if (!affected) throw notFound('id', 'file of a follow-up');
      await recordChange(
        manager,
        viewer,
        request,
        'follow_up.remove_file',
        'follow_up',
        followUp.id,
        { file: auditedFile(link) },
        null,
      );
      return followUp;
    });
  }

  /** The file if the viewer may see its follow-up, else null: a stranger learns nothing. */
  async download(viewer: Viewer | null, id: string): Promise<StoredDownload | null> {
    if (!viewer) return null;
    const link = await this.visibleLink(this.db.manager, viewer, id);
    return link ? openStoredFile(this.store, link.file, link.name) : null;
  }

  private async visibleLink(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<FollowUpFile | null> {
    if (!UUID.test(id)) return null;
    const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'f.unit_id');
    return manager
      .getRepository(FollowUpFile)
      .createQueryBuilder('x')
      .innerJoinAndMapOne('x.file', EvidenceFile, 'ef', 'ef.id = x.fileId')
      .innerJoin(FollowUp, 'f', 'f.id = x.followUpId')
      .where('x.id = :id', { id })
      .andWhere(condition, parameters)
      .getOne();
  }
}
