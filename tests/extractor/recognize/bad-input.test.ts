// Input that is not clean news: no Chinese at all, a quotation never closed, one enormous
// sentence, invisible characters inside names, markup in the text. Extraction must finish, keep
// every name's exact source text, and still find what is there.
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../../extractor/extract.js';
import type { ArticleRecord, Source } from '../../../extractor/types.js';

const page = (name: string, text: string): Source => ({ path: name, name, sha256: '', encoding: 'utf-8', format: 'txt', text });

function extract(text: string): { records: ArticleRecord[]; text: string } {
  return { records: extractSources([page('bad.txt', text)]), text };
}

/** Every mention and evidence is an exact slice of the source. */
function expectExactProvenance(records: ArticleRecord[], text: string): void {
  for (const r of records) {
    for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const x of r.relations) expect(text.slice(x.evidence.start, x.evidence.end)).toBe(x.evidence.text);
  }
}

const names = (records: ArticleRecord[], type: string): string[] =>
  [...new Set(records.flatMap((r) => r.entities.filter((e) => e.type === type).map((e) => e.name)))];

const article = (body: string): string => `\n\n朝阳区总工会举办职工运动会\n\n本报讯（记者 张晶）${body}\n`;

describe('extraction on bad input', () => {
  it('finds nothing in text without Chinese, and does not fail', () => {
    const { records, text } = extract('Workers of the world.\n\nThe union met on Monday (see page 2). “Quoted” words; 1,234 people!\n');
    expect(records.flatMap((r) => r.entities)).toEqual([]);
    expectExactProvenance(records, text);
  });

  it('reads on past a quotation that is never closed', () => {
    const { records, text } = extract(article('近日，“朝阳区总工会在朝阳区望京街道举办职工运动会。海淀区总工会也举办了职工健步走活动。'));
    expect(names(records, 'Union')).toEqual(expect.arrayContaining(['朝阳区总工会', '海淀区总工会']));
    expect(names(records, 'Street')).toContain('望京街道');
    expectExactProvenance(records, text);
  });

  it('finishes a 5,000-character sentence and finds the names in it', () => {
    const clause = '朝阳区总工会联合北京城建集团有限公司开展“冬送温暖”活动，由海淀区总工会主办、丰台区总工会承办的职工技能竞赛在北京城市学院举行，';
    const long = clause.repeat(Math.ceil(5000 / clause.length));
    expect(long.length).toBeGreaterThanOrEqual(5000);
    const { records, text } = extract(article(`${long}。`));
    expect(names(records, 'Union')).toEqual(expect.arrayContaining(['朝阳区总工会', '海淀区总工会', '丰台区总工会']));
    expect(names(records, 'Organization')).toContain('北京城建集团有限公司');
    expectExactProvenance(records, text);
  });

  it('stays linear on pathological runs: quotes never closed, heads without names', () => {
    const { records, text } = extract(article(`${'“'.repeat(20_000)}${'工会'.repeat(5_000)}${'由'.repeat(5_000)}${'活动'.repeat(5_000)}`));
    expect(names(records, 'Union')).toEqual(['朝阳区总工会']);
    expectExactProvenance(records, text);
  });

  it('finds names with zero-width and control characters inside, keeping the exact source text', () => {
    const { records, text } = extract(article('近日，朝阳\u200b区总\u0007工会在北京市第十七中学开展活动。怀柔区\u200d总工会主席李\ufeff建国出席。'));
    const unions = records.flatMap((r) => r.entities.filter((e) => e.type === 'Union'));
    const chaoyang = unions.find((e) => e.name === '朝阳区总工会');
    expect(chaoyang?.mentions.map((m) => m.text)).toContain('朝阳\u200b区总\u0007工会');
    expect(unions.some((e) => e.name === '怀柔区总工会' && e.mentions.some((m) => m.text === '怀柔区\u200d总工会'))).toBe(true);
    const person = records.flatMap((r) => r.entities).find((e) => e.name === '李建国');
    expect(person?.mentions.map((m) => m.text)).toEqual(['李\ufeff建国']);
    expectExactProvenance(records, text);
  });

  it('keeps markup and script out of names', () => {
    const { records, text } = extract(
      article('近日，<b>朝阳区总工会</b>在<a href="x">北京城市学院</a>举办活动。<script>alert("顺义区总工会")</script>&lt;海淀区总工会&gt;参加。'),
    );
    const all = records.flatMap((r) => r.entities.map((e) => e.name));
    expect(all).toEqual(expect.arrayContaining(['朝阳区总工会', '北京城市学院']));
    for (const name of all) expect(name).not.toMatch(/[<>&"=]/);
    expectExactProvenance(records, text);
  });
});
