// The viewer's Chinese words for node types and communities, as an analyst of this news reads them.
import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../graph/schema.js';
import { labelName, t } from '../../viewer/app/src/i18n.js';

describe('Chinese labels', () => {
  it('gives every node type its own name', () => {
    const names = NODE_LABELS.map((label) => labelName('zh', label));
    expect(new Set(names).size).toBe(names.length);
  });

  it('names the place levels without words the news uses for another level', () => {
    // 地区 is a street-level area in this news (金盏地区), so it cannot name provinces and cities;
    // 区 alone reads as any district-like area, counties included or not.
    expect(labelName('zh', 'Region')).toBe('省市');
    expect(labelName('zh', 'District')).toBe('区县');
    expect(labelName('zh', 'Street')).toBe('街乡镇');
    expect(t('zh', 'district')).toBe(labelName('zh', 'District'));
  });

  it('does not call a detected community 社区, a neighbourhood in this news (社区工会)', () => {
    for (const key of ['community', 'colorByCommunity', 'attr_community'] as const) expect(t('zh', key)).not.toContain('社区');
  });
});
