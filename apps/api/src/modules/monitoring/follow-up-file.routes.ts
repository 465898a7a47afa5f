import express, { type Router } from 'express';
import type { Services } from '../../common/services.js';
import {
  downloadHandler,
  type FileRoutesOptions,
  requestInfoOf,
  uploadHandler,
} from '../evidence/evidence.http.js';

export interface FollowUpFileRoutesOptions extends FileRoutesOptions {
  services: Services;
}

/**
 * Mounted at `/admin`: `POST /admin/follow-ups/:followUpId/files` (multipart, field `files`, one or
 * many) and `GET /admin/follow-up-files/:id`, on the worksheet evidence's upload and download code.
 */
export function followUpFileRoutes(options: FollowUpFileRoutesOptions): Router {
  const router = express.Router();
  const files = options.services.followUpFiles;

  router.post(
    '/follow-ups/:followUpId/files',
    uploadHandler<{ followUpId: string }>(
      options,
      async (viewer, upload, request) => {
        const attached = await files.attach(
          viewer,
          request.params.followUpId,
          upload.files,
          requestInfoOf(request),
        );
        return {
          files: attached.map(({ id, name, size, mediaType, downloadUrl }) => ({
            id,
            name,
            size,
            mediaType,
            downloadUrl,
          })),
        };
      },
      (viewer, request) => files.checkAttachable(viewer, request.params.followUpId),
    ),
  );

  router.get(
    '/follow-up-files/:id',
    downloadHandler(options.viewerOf, (viewer, id) => files.download(viewer, id), 'No such file.'),
  );
  return router;
}
