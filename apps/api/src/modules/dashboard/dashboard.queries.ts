import { defineCommand } from '../../common/sql-query.js';

/**
 * Stores computed layer facts (decision 0046), each only if its row still has the version the
 * facts were computed from: a score saved meanwhile bumped it, and its facts stay to compute. Rows
 * a writer holds are skipped rather than waited for (that writer is about to bump them), so a
 * dashboard never queues behind a save nor deadlocks with one. `rows` is a JSON array of
 * `{ assessment_id, layer, version, facts }`.
 */
export const storeLayerFacts = defineCommand<{ rows: string }>(
  `WITH given AS (
     SELECT * FROM jsonb_to_recordset(:rows::jsonb) AS g(assessment_id uuid, layer text, version integer, facts jsonb)),
   free AS (
     SELECT f.assessment_id, f.layer FROM dashboard_layer_facts f
     JOIN given g ON g.assessment_id = f.assessment_id AND g.layer = f.layer AND g.version = f.version
     FOR UPDATE OF f SKIP LOCKED)
   UPDATE dashboard_layer_facts f SET facts = g.facts
   FROM given g JOIN free ON free.assessment_id = g.assessment_id AND free.layer = g.layer
   WHERE f.assessment_id = g.assessment_id AND f.layer = g.layer AND f.version = g.version`,
);
