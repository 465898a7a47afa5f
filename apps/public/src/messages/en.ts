import { apiEn } from './api.en';
import type { publicId } from './id';
import { openDataEn } from './open-data.en';
import { siteEn } from './site.en';
import { statisticsEn } from './statistics.en';

export const publicEn: Record<keyof typeof publicId, string> = {
  ...siteEn,
  ...statisticsEn,
  ...openDataEn,
  ...apiEn,
};
