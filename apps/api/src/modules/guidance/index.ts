import { defineFeature } from '../feature.js';
import { EvidenceGuidanceOverride } from './evidence-guidance.entity.js';
import { EvidenceGuidanceResolver } from './evidence-guidance.resolver.js';
import { EvidenceGuidanceService } from './evidence-guidance.service.js';

/** What evidence each worksheet question expects: defaults from the criteria, rewritten per instansi. */
export const feature = defineFeature({
  entities: [EvidenceGuidanceOverride],
  resolvers: { admin: [EvidenceGuidanceResolver] },
  services: {
    evidenceGuidance: ({ db, services }): EvidenceGuidanceService =>
      new EvidenceGuidanceService(db, services.units),
  },
});
