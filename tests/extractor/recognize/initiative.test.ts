// Initiatives named by their own words, without quotes or a year: a campaign that brings
// something somewhere (送法律进工地活动) is one the article names, wherever it is mentioned.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../extractor/types.js';
import { extractArticle } from '../article.js';

const extract = (body: string, title = '河阳区总工会举办职工书法展'): ArticleRecord => extractArticle(title, body);

const initiatives = (r: ArticleRecord): string[] => r.entities.filter((e) => e.type === 'Initiative').map((e) => e.name);

describe('campaigns that bring something somewhere', () => {
  it('names the campaign a union runs every year, outside the lead, and who runs it', () => {
    const r = extract('近日，河阳区总工会在南湖市文化馆举办职工书法展。\n据介绍，河阳区总工会每年都开展送法律进工地活动，为一线职工讲解劳动合同知识。');
    expect(initiatives(r)).toContain('送法律进工地活动');
    const organized = r.relations.filter((x) => x.type === 'ORGANIZED').map((x) => `${x.from}>${x.to}`);
    expect(organized).toContain('Union:河阳区总工会>Initiative:送法律进工地活动');
  });

  it('leaves out an activity whose 进 belongs to a verb (走进, 推进)', () => {
    const r = extract('近日，河阳区总工会在南湖市文化馆举办职工书法展。\n此外，河阳区总工会还开展了走进企业活动和推进服务活动。');
    expect(initiatives(r)).not.toContain('走进企业活动');
    expect(initiatives(r)).not.toContain('推进服务活动');
  });
});
