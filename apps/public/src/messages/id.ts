import { apiId } from './api.id';
import { openDataId } from './open-data.id';
import { siteId } from './site.id';
import { statisticsId } from './statistics.id';

/** The public site's own messages, in Bahasa Indonesia (the first language); the shared ones are in @zi/ui. */
export const publicId = {
  ...siteId,
  ...statisticsId,
  ...openDataId,
  ...apiId,
};
