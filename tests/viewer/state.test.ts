// Deep links: the URL hash keeps selection, filters, camera and language, and survives bad input.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, decodeState, encodeState, type ViewState } from '../../viewer/app/src/state.js';

describe('view state in the URL hash', () => {
  it('round-trips selection, filters, appearance, path, article, language, time window and camera', () => {
    const state: ViewState = {
      selected: 'Union:望京街道总工会',
      hiddenLabels: new Set(['Article', 'Person']),
      district: '朝阳区',
      community: 3,
      minDegree: 2,
      colorBy: 'community',
      sizeBy: 'degree',
      labelDensity: 2.5,
      labelSize: 16,
      hiddenNodes: new Set(['Person:李明', 'Street:望京街道']),
      onlyNodes: new Set(['Person:王芳', 'Person:张伟', 'Union:望京街道总工会']),
      egoHops: 2,
      pathFrom: 'Person:王芳',
      pathTo: 'Person:张伟',
      article: 'Article:a.txt#1',
      lang: 'en',
      timeWindow: { since: '2024-03-01', until: '2024-05-31' },
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
    };
    expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
  });

  it('writes nothing for the default view, so a plain URL stays plain', () => {
    expect(encodeState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('ignores malformed values instead of failing', () => {
    const state = decodeState('#deg=abc&ego=7&community=x&cam=1,2&color=rainbow&lang=fr&ld=-1&ls=200&since=2024-05-01&until=2024-03-31');
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, hiddenLabels: new Set(), hiddenNodes: new Set() });
  });
});
