// The explorer's settings: defaults, overrides, and a message naming what is wrong.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPLORER_SETTINGS, resolveExplorerSettings } from '../../viewer/app/src/settings.js';

describe('resolveExplorerSettings', () => {
  it('gives the defaults, with an override on top', () => {
    expect(resolveExplorerSettings()).toEqual(DEFAULT_EXPLORER_SETTINGS);
    expect(resolveExplorerSettings({ searchPage: 50 }).searchPage).toBe(50);
  });

  it('names the setting and what it expected when a value is out of range', () => {
    expect(() => resolveExplorerSettings({ maxLabelLength: 0 })).toThrow('gonghui-kg/viewer: setting "maxLabelLength" must be a positive number, got 0');
    expect(() => resolveExplorerSettings({ nodeSize: { small: [18, 4], large: [1, 2] } })).toThrow('"nodeSize.small" must be a [min, max] pair');
    expect(() => resolveExplorerSettings({ labelDensity: { small: 0.4, large: -1 } })).toThrow('"labelDensity.large"');
    expect(() => resolveExplorerSettings({ framePadding: 1 })).toThrow('"framePadding" must be a number in [0, 1)');
  });
});
