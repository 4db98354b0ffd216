// Search as a Chinese reader types it: substrings anywhere, aliases, pinyin in full and by initials.
import { describe, expect, it } from 'vitest';
import { graphFromSerialized, parseGraphFile } from '../../viewer/shared/graph-file.js';
import { countByLabel, SearchIndex } from '../../viewer/app/src/search.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const graph = graphFromSerialized(parseGraphFile(readFileSync(join('tests', 'fixtures', 'viewer', 'graph.json'), 'utf8'), 'graph.json'));
const index = new SearchIndex(graph);
const nodes = (query: string): string[] => index.search(query).map((hit) => hit.node);

describe('SearchIndex', () => {
  it('finds every name containing a substring, not only those starting with it', () => {
    expect(nodes('总工会')).toEqual(expect.arrayContaining(['Union:望京街道总工会', 'Union:朝阳区总工会', 'Union:海淀区总工会']));
  });

  it('puts an exact or prefix match before names that merely contain the query', () => {
    expect(nodes('望京街道')[0]).toBe('Street:望京街道');
    expect(nodes('望京街道').indexOf('Union:望京街道总工会')).toBeGreaterThan(0);
  });

  it('finds a node by an alias and says which alias matched', () => {
    const hit = index.search('望京街道工会')[0];
    expect(hit?.node).toBe('Union:望京街道总工会');
    expect(hit?.via).toBe('望京街道工会');
  });

  it('finds Chinese names by full pinyin and by initials, ignoring case and spaces', () => {
    expect(nodes('wangjing')).toContain('Union:望京街道总工会');
    expect(nodes('wj')).toContain('Union:望京街道总工会');
    expect(nodes('WJJD')[0]).toBe('Street:望京街道');
    expect(nodes('wang fang')[0]).toBe('Person:王芳');
    expect(nodes('zhaojing')).toEqual(['Person:赵静']);
  });

  it('puts a union before the street it is named after, so Enter picks the union', () => {
    expect(nodes('望京')[0]).toBe('Union:望京街道总工会');
    expect(nodes('望京')).toContain('Street:望京街道');
  });

  it('matches several terms anywhere in one name, and pinyin typed with tone marks', () => {
    expect(nodes('朝阳 总工会')).toEqual(['Union:朝阳区总工会']);
    expect(nodes('望京 工会')[0]).toBe('Union:望京街道总工会');
    expect(nodes('wàngjīng')).toContain('Union:望京街道总工会');
    expect(nodes('Wàng Fāng')[0]).toBe('Person:王芳');
  });

  it('returns every match, not the first thirty, and counts them by type', () => {
    const many = new SearchIndex(
      graphFromSerialized({
        options: { type: 'directed', multi: true, allowSelfLoops: true },
        attributes: {},
        nodes: Array.from({ length: 45 }, (_, i) => ({
          key: `Union:第${i}工会`,
          attributes: { label: i < 40 ? 'Union' : 'Article', name: `第${i}工会`, aliases: [], mentions: 1, firstSource: 'a', lastSource: 'a' },
        })),
        edges: [],
      } as never),
    );
    const hits = many.search('工会');
    expect(hits).toHaveLength(45);
    expect([...countByLabel(hits)]).toEqual([['Union', 40], ['Article', 5]]);
  });

  it('returns nothing for a blank query or a name that is not there', () => {
    expect(nodes('   ')).toEqual([]);
    expect(nodes('上海')).toEqual([]);
  });
});
