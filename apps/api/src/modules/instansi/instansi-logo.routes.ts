import express, { type Request, type Response, type Router } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import { RefusalReason } from '../../common/refusal-reason.js';
import { sendJsonError } from '../../http/json-errors.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { RouteDeps } from '../feature.js';
import { letterheadLogo, setLetterheadLogo } from './instansi-letterhead.queries.js';

/** A logo is small: it is printed a few centimetres wide. */
const LOGO_MAX_BYTES = 256 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg'];

/**
 * The logo on the Inspektorat's letterhead (LHE, proposal letters): `PUT /admin/instansi/logo` with
 * a PNG or JPEG body sets it, `DELETE` removes it, `GET` shows it. Whoever may set the letterhead
 * (`updateInstansiLetterhead`) may set the logo; every change is audited.
 */
export function instansiLogoRoutes({
  dataSource,
  viewerOf,
  may,
}: Pick<RouteDeps, 'dataSource' | 'viewerOf' | 'may'>): Router {
  const router = express.Router();

  const admin = async (
    request: Request,
    response: Response,
  ): Promise<(Viewer & { instansiId: string }) | null> => {
    const viewer = await viewerOf(request);
    if (!viewer) sendJsonError(response, 401, 'You must be logged in.', { code: 'UNAUTHENTICATED' });
    else if (!may('updateInstansiLetterhead', viewer) || !viewer.instansiId) {
      sendJsonError(response, 403, 'Only the Inspektorat sets its letterhead.', { code: 'FORBIDDEN' });
    } else return viewer as Viewer & { instansiId: string };
    return null;
  };

  const save = (
    viewer: Viewer & { instansiId: string },
    request: Request,
    logo: Buffer | null,
    type: string | null,
  ) =>
    dataSource.transaction(async (manager) => {
      await setLetterheadLogo(manager, { instansiId: viewer.instansiId, logo, type });
      await recordChange(
        manager,
        viewer,
        { ip: request.ip ?? null },
        'instansi.logo',
        'instansi',
        viewer.instansiId,
        null,
        {
          type,
          bytes: logo?.length ?? 0,
        },
      );
    });

  router.get('/', async (request, response) => {
    const viewer = await admin(request, response);
    if (!viewer) return;
    const [found] = await letterheadLogo(dataSource.manager, { instansiId: viewer.instansiId });
    if (!found) {
      sendJsonError(response, 404, 'No logo is set.', { code: 'NOT_FOUND' });
      return;
    }
    response.type(found.type).set('Cache-Control', 'private, no-store').send(found.logo);
  });

  router.put('/', express.raw({ type: () => true, limit: LOGO_MAX_BYTES }), async (request, response) => {
    const viewer = await admin(request, response);
    if (!viewer) return;
    const file = request.body as Buffer;
    const type = Buffer.isBuffer(file) ? (await fileTypeFromBuffer(file))?.mime : undefined;
    if (!type || !LOGO_TYPES.includes(type)) {
      sendJsonError(response, 400, 'The logo must be a PNG or JPEG image.', {
        code: 'BAD_USER_INPUT',
        field: 'logo',
        reason: RefusalReason.FILE_TYPE_NOT_ALLOWED,
        name: 'logo',
        allowed: 'PNG, JPEG',
      });
      return;
    }
    await save(viewer, request, file, type);
    response.json({ saved: true });
  });

  router.delete('/', async (request, response) => {
    const viewer = await admin(request, response);
    if (!viewer) return;
    await save(viewer, request, null, null);
    response.json({ saved: true });
  });
  return router;
}
