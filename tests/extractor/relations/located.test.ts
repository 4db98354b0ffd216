// LOCATED_IN on short articles through the whole extraction: places printed one after another and
// bodies completed with the place in focus.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../extractor/types.js';
import { extractArticle } from '../article.js';

const located = (r: ArticleRecord): string[] => r.relations.filter((x) => x.type === 'LOCATED_IN').map((x) => `${x.from} -> ${x.to}`);

describe('LOCATED_IN', () => {
  it('a street printed right after a development zone is in that zone, past the city the zone names', () => {
    const record = extractArticle('绵阳高新区普明街道总工会开展集体协商活动', '近日，绵阳高新区普明街道总工会在园区开展集体协商活动。');
    expect(located(record)).toEqual(expect.arrayContaining(['Street:普明街道 -> District:绵阳高新区', 'District:绵阳高新区 -> Region:绵阳市']));
  });

  it('市委 before a post (市委常委、…书记某) is the city’s own committee, in that city', () => {
    const record = extractArticle(
      '绵阳高新区总工会召开职工代表大会',
      '近日，绵阳高新区总工会召开职工代表大会。市委常委、绵阳高新区党工委书记林晓松出席会议。',
    );
    expect(located(record)).toContain('Organization:绵阳市委 -> Region:绵阳市');
    expect(record.relations.find((x) => x.type === 'MEMBER_OF' && x.from === 'Person:林晓松' && x.to === 'Organization:绵阳市委')?.role).toBe('常委');
  });

  it('a body the text places (位于某乡某路的某俱乐部) is in that place, not in the wider one its name holds', () => {
    const record = extractArticle('北京青禾职工俱乐部开放新操场', '近日，位于崔各庄乡幸福路8号的北京青禾职工俱乐部，新操场建成启用。');
    const edges = record.relations.filter((x) => x.type === 'LOCATED_IN' && x.from === 'Organization:北京青禾职工俱乐部');
    expect(edges.map((x) => x.to)).toEqual(['Street:崔各庄地区']);
    expect(edges[0]!.evidence.text).toContain('位于崔各庄乡幸福路8号的北京青禾职工俱乐部');
  });
});
