// MEMBER_OF on short articles through the whole extraction: the posts a person is printed with.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../extractor/types.js';
import { extractArticle } from '../article.js';

const members = (r: ArticleRecord): string[] =>
  r.relations.filter((x) => x.type === 'MEMBER_OF').map((x) => `${x.from} -> ${x.to} ${x.role ?? ''}`);

describe('MEMBER_OF', () => {
  it('on a body’s own union page, a bare 工会 opening the list of those present (参加慰问的有工会副主席…) is that union', () => {
    const record = extractArticle(
      '青禾医院工会慰问一线职工',
      '近日，青禾医院工会走访慰问急诊一线职工。参加慰问的有工会常务副主席林晓松、副主席陈立、韩青山等。',
    );
    expect(members(record)).toEqual(
      expect.arrayContaining([
        'Person:林晓松 -> Union:青禾医院工会 常务副主席',
        'Person:陈立 -> Union:青禾医院工会 副主席',
        'Person:韩青山 -> Union:青禾医院工会 副主席',
      ]),
    );
  });

  it('a civil-service rank is a post in the body before it (…总工会一级巡视员某)', () => {
    const record = extractArticle('河阳区职工技能竞赛落幕', '近日，河阳区职工技能竞赛落幕。河阳区总工会一级巡视员周明远主持闭幕式。');
    expect(members(record)).toContain('Person:周明远 -> Union:河阳区总工会 一级巡视员');
  });
});
