import { defineFeature } from '../feature.js';
import { createMailer, type Mailer } from './mailer.js';

export const feature = defineFeature({
  services: { mailer: ({ config }): Mailer => createMailer(config) },
});
