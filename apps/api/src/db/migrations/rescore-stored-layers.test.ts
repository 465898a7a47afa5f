import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { RescoreStoredLayers1765500000000 } from './1765500000000-rescore-stored-layers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const SCORE =
  'SELECT assessment_id, layer, total, answered, groups, question_scores, points FROM assessment_score';

describe('rescoring the stored layers', () => {
  it('gives every stored score exactly what the engine computes from its answers', async () => {
    const engine = await app.dataSource.query(`${SCORE} ORDER BY assessment_id, layer`);
    expect(engine.length).toBeGreaterThan(10);
    // As an older engine left them: no exact fractions, other totals, no zero-denominator rule.
    await app.dataSource.query(
      `UPDATE assessment_score SET total = 0, groups = '{}', question_scores = '{}',
         points = (SELECT coalesce(jsonb_object_agg(key, jsonb_build_array(value -> 0, value -> 1)), '{}')
                   FROM jsonb_each(points))`,
    );

    const runner = app.dataSource.createQueryRunner();
    try {
      await new RescoreStoredLayers1765500000000().up(runner);
    } finally {
      await runner.release();
    }

    expect(await app.dataSource.query(`${SCORE} ORDER BY assessment_id, layer`)).toEqual(engine);
  });
});
