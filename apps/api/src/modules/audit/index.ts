import { defineFeature } from '../feature.js';
import { AuditEvent } from './audit-event.entity.js';

/** The audit trail is written by `Db` itself (every write is audited); the feature only owns its table. */
export const feature = defineFeature({ entities: [AuditEvent] });
