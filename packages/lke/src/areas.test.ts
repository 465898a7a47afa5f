import { describe, expect, it } from 'vitest';
import { areaScores } from './areas.js';
import { requireFramework } from './frameworks/index.js';
import { loadFramework } from './load.js';
import { scoreAnswers } from './score.js';
import { syntheticFramework } from './testing/synthetic-framework.js';

describe('area scores', () => {
  it('scores each of the six change areas as pemenuhan plus reform, as a share of their weight', () => {
    const framework = requireFramework('permenpanrb-90-2021');
    const report = scoreAnswers(framework, {});
    const areas = areaScores(framework, report);
    expect(areas.map((area) => [area.id, area.weight])).toEqual([
      ['change_management', 8],
      ['business_process', 7],
      ['human_resources', 10],
      ['accountability', 10],
      ['supervision', 15],
      ['public_service', 10],
    ]);
    expect(areas.every((area) => area.score === 0 && area.percent === 0)).toBe(true);
  });

  it('follows the framework’s own areas, and refuses one naming a missing group', () => {
    const framework = loadFramework(syntheticFramework);
    const full = scoreAnswers(framework, {});
    expect(areaScores(framework, full)[0]).toMatchObject({ id: 'process', weight: 30 });
    expect(() =>
      loadFramework({ ...syntheticFramework, areas: [{ id: 'x', label: 'X', nodes: ['NOPE'] }] }),
    ).toThrow(/NOPE.*area x names a group that does not exist/);
  });
});
