// What recognition as a whole keeps of names inside other names: a registered company that
// begins its union's formal or branch name, or the body a workers' home is named after, is an
// organization of its own.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../extractor/types.js';
import { extractArticle } from '../article.js';

const extract = (body: string, title = '南湖市工会工作简讯'): ArticleRecord => extractArticle(title, body);

const of = (r: ArticleRecord, type: string): string[] => r.entities.filter((e) => e.type === type).map((e) => e.name);

describe('companies named at the start of a union', () => {
  it('takes the company a union committee or a workshop group belongs to, and keeps the union', () => {
    const r = extract(
      '此外，青禾科技股份有限公司工会委员会、河阳远帆物流有限公司工会委员会等单位纷纷上榜。南湖绿源食品有限公司包装车间工会小组等单位也在其中。',
    );
    expect(of(r, 'Organization')).toEqual(expect.arrayContaining(['青禾科技股份有限公司', '河阳远帆物流有限公司', '南湖绿源食品有限公司']));
    expect(of(r, 'Union')).toEqual(expect.arrayContaining(['青禾科技股份有限公司工会委员会', '河阳远帆物流有限公司工会委员会']));
  });

  it('leaves a company out when its union is named the plain way (某某有限公司工会带领职工…)', () => {
    const r = extract('日前，青禾科技有限公司工会带领职工到南湖公园开展登山健身活动。');
    expect(of(r, 'Union')).toContain('青禾科技有限公司工会');
    expect(of(r, 'Organization')).not.toContain('青禾科技有限公司');
  });

  it('does not make the company a winner of the award its union won', () => {
    const r = extract('青禾科技股份有限公司工会委员会荣获“省级先进职工之家”称号。', '青禾科技工会获评省级先进职工之家');
    const winners = r.relations.filter((x) => x.type === 'PARTICIPATED_IN').map((x) => x.from);
    expect(winners).toContain('Union:青禾科技股份有限公司工会委员会');
    expect(winners).not.toContain('Organization:青禾科技股份有限公司');
  });
});

describe('bodies a workers\' home is named after', () => {
  it('takes the park as well as its workers\' home', () => {
    const r = extract('日前，河阳区总工会在青禾智造产业园职工之家开展劳动法律咨询活动。', '河阳区总工会送法进园区');
    expect(of(r, 'Organization')).toEqual(expect.arrayContaining(['青禾智造产业园职工之家', '青禾智造产业园']));
  });
});
