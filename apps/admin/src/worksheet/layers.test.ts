import { describe, expect, it } from 'vitest';
import { type LayerTotal, layerOf, layerSearch, visibleLayers } from './layers';

const total = (layer: LayerTotal['layer'], score: number | null, visible = true): LayerTotal => ({
  layer,
  visible,
  score: score === null ? null : { total: score, answered: 113, questions: 113 },
});

describe('answer layers', () => {
  it('read the layer from the URL, the unit’s by default', () => {
    expect(layerOf(new URLSearchParams('layer=TPI'))).toBe('TPI');
    expect(layerOf(new URLSearchParams('layer=REVIEW'))).toBe('REVIEW');
    expect(layerOf(new URLSearchParams(''))).toBe('UNIT');
    expect(layerOf(new URLSearchParams('layer=tpi'))).toBe('UNIT');
  });

  it('leave the default out of the URL', () => {
    expect(layerSearch('UNIT')).toBe('');
    expect(layerSearch('TPI')).toBe('?layer=TPI');
  });

  it('offer the unit’s layer, the scored ones and the one shown', () => {
    const totals = [total('UNIT', null), total('TPI', 90.68), total('REVIEW', null)];
    expect(visibleLayers(totals, 'UNIT').map((item) => item.layer)).toEqual(['UNIT', 'TPI']);
    expect(visibleLayers(totals, 'REVIEW').map((item) => item.layer)).toEqual(['UNIT', 'TPI', 'REVIEW']);
  });

  it('offer a layer the viewer may fill in before it has a score', () => {
    const totals = [total('UNIT', 84.41), total('TPI', null), total('REVIEW', null)];
    expect(visibleLayers(totals, 'UNIT').map((item) => item.layer)).toEqual(['UNIT']);
    expect(visibleLayers(totals, 'UNIT', ['TPI']).map((item) => item.layer)).toEqual(['UNIT', 'TPI']);
  });

  it('never offer a layer the viewer may not see yet, even when asked for in the URL', () => {
    const totals = [total('UNIT', 84.41), total('TPI', null, false), total('REVIEW', null, false)];
    expect(visibleLayers(totals, 'TPI').map((item) => item.layer)).toEqual(['UNIT']);
  });
});
