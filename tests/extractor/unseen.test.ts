// Pages the extractor was never tuned on (tests/fixtures/extract, written for this test): other
// districts, unions, companies and people. The key entities and relations must be found, and
// anonymous people must not become persons — a guard against fitting the seed pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSources } from '../../extractor/extract.js';
import type { ArticleRecord, Source } from '../../extractor/types.js';

const dir = fileURLToPath(new URL('../fixtures/extract', import.meta.url));
let records: ArticleRecord[];

beforeAll(() => {
  const sources: Source[] = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: join(dir, name), name, sha256: '', encoding: 'utf-8', format: 'txt', text: readFileSync(join(dir, name), 'utf8') }));
  records = extractSources(sources);
});

const record = (source: string): ArticleRecord => {
  const found = records.find((r) => r.source === source);
  if (!found) throw new Error(`no record for ${source}`);
  return found;
};
const ids = (r: ArticleRecord): string[] => r.entities.map((e) => e.id);
const rels = (r: ArticleRecord): string[] => r.relations.map((x) => `${x.type} ${x.from} -> ${x.to}`);
const initiativeWithKey = (r: ArticleRecord, key: string): string => {
  const found = r.entities.find((e) => e.type === 'Initiative' && e.name.includes(key));
  if (!found) throw new Error(`no initiative with ${key} in ${r.source}`);
  return found.id;
};

describe('extraction on pages it has never seen', () => {
  it('reads a district contest: organizers, venue, officials and winners', () => {
    const r = record('fengtai-contest.txt');
    const contest = initiativeWithKey(r, '丰台工匠杯');
    expect(ids(r)).toEqual(
      expect.arrayContaining([
        'Union:丰台区总工会',
        'District:丰台区',
        'Organization:丰台区人力资源和社会保障局',
        'Union:北京丰台城市建设集团有限公司工会委员会',
        'Organization:北京丰台职业技术学校',
        'Person:李明远',
        'Person:赵婷',
        'Person:周建华',
        'Person:孙立伟',
      ]),
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        `ORGANIZED Union:丰台区总工会 -> ${contest}`,
        `ORGANIZED Organization:丰台区人力资源和社会保障局 -> ${contest}`,
        `ORGANIZED Union:北京丰台城市建设集团有限公司工会委员会 -> ${contest}`,
        `HELD_AT ${contest} -> Organization:北京丰台职业技术学校`,
        'MEMBER_OF Person:周建华 -> Union:丰台区总工会',
        `PARTICIPATED_IN Person:周建华 -> ${contest}`,
        'LOCATED_IN Union:丰台区总工会 -> District:丰台区',
        'REPORTED Person:李明远 -> ARTICLE',
        'REPORTED Person:赵婷 -> ARTICLE',
      ]),
    );
    const roles = r.relations.find((x) => x.type === 'ORGANIZED' && x.from === 'Union:北京丰台城市建设集团有限公司工会委员会')?.role;
    expect(roles).toBe('协办');
  });

  it('reads a street union’s campaign and its place, and invents no people', () => {
    const r = record('xicheng-street.txt');
    const campaign = initiativeWithKey(r, '冬日暖心');
    expect(ids(r)).toEqual(expect.arrayContaining(['Union:西城区德胜街道总工会', 'Street:德胜街道', 'District:西城区']));
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        `ORGANIZED Union:西城区德胜街道总工会 -> ${campaign}`,
        'LOCATED_IN Union:西城区德胜街道总工会 -> Street:德胜街道',
        'LOCATED_IN Street:德胜街道 -> District:西城区',
      ]),
    );
    // 街道总工会 and 德胜街道总工会 are the same union, not new ones.
    expect(r.entities.filter((e) => e.type === 'Union')).toHaveLength(1);
    // 一名快递员, 张女士 and 小张 are anonymous: the reporter is the only person.
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['王晓燕']);
  });

  it('resolves 公司工会 to the company union and links its chairman', () => {
    const r = record('company-reading.txt');
    const event = initiativeWithKey(r, '书香燕京');
    const union = r.entities.find((e) => e.id === 'Union:北京燕京啤酒股份有限公司工会');
    expect(union?.mentions.map((m) => m.text)).toContain('公司工会');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        `ORGANIZED Union:北京燕京啤酒股份有限公司工会 -> ${event}`,
        'MEMBER_OF Person:刘海涛 -> Union:北京燕京啤酒股份有限公司工会',
      ]),
    );
    expect(r.entities.find((e) => e.id === 'Person:马丽娜')?.roles).toContain('全国劳动模范');
  });

  it('reads a town union working with a district bureau, and leaves 李大爷 out', () => {
    const r = record('miyun-town.txt');
    const training = initiativeWithKey(r, '果树修剪技术进田间');
    expect(ids(r)).toEqual(
      expect.arrayContaining([
        'Union:密云区溪翁庄镇总工会',
        'Street:溪翁庄镇',
        'District:密云区',
        'Organization:密云区农业农村局',
        'Organization:北京市农林科学院林业果树研究所',
      ]),
    );
    expect(r.entities.find((e) => e.id === 'Union:密云区溪翁庄镇总工会')?.mentions.map((m) => m.text)).toContain('镇总工会');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        `ORGANIZED Union:密云区溪翁庄镇总工会 -> ${training}`,
        `ORGANIZED Organization:密云区农业农村局 -> ${training}`,
        'MEMBER_OF Person:刘素芬 -> Union:密云区溪翁庄镇总工会',
        'LOCATED_IN Street:溪翁庄镇 -> District:密云区',
      ]),
    );
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['刘素芬', '韩雪梅']);
  });

  it('reads a company union under two spellings as one, with its school and prize winner', () => {
    const r = record('shougang-contest.txt');
    const unions = r.entities.filter((e) => e.type === 'Union').map((e) => e.name);
    expect(unions).toEqual(expect.arrayContaining(['首钢集团有限公司工会', '石景山区总工会']));
    expect(unions).toHaveLength(2);
    expect(ids(r)).toEqual(expect.arrayContaining(['Organization:首钢技师学院', 'Organization:首钢京唐钢铁联合有限责任公司', 'Person:郑卫东', 'Person:王宝山']));
    expect(rels(r)).toEqual(expect.arrayContaining(['MEMBER_OF Person:王宝山 -> Organization:首钢京唐钢铁联合有限责任公司']));
    expect(r.relations.some((x) => x.type === 'ORGANIZED' && x.from === 'Organization:首钢技师学院' && x.role === '承办')).toBe(true);
  });

  it('reads a photo story: its credit is a photographer, its union the organizer', () => {
    const r = record('subway-photo.txt');
    expect(r.kind).toBe('photo');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'REPORTED Person:周子涵 -> ARTICLE',
        `ORGANIZED Union:北京地铁运营有限公司第二分公司工会 -> ${initiativeWithKey(r, '悦读地铁')}`,
      ]),
    );
    expect(r.relations.find((x) => x.type === 'REPORTED')?.role).toBe('摄影');
  });

  it('reads another outlet’s page: its credit, half-width punctuation, no road or counted body taken for a name', () => {
    const r = record('other-outlet.txt');
    expect(r.byline).toEqual([expect.objectContaining({ name: '陈思远', role: '记者' })]);
    expect(ids(r)).toEqual(
      expect.arrayContaining(['Union:上城区总工会', 'Union:湖滨街道总工会', 'Person:吴秀兰', 'Person:邵振华', 'Person:张立新']),
    );
    // A district's federation is named from its district; the printed long form stays a mention.
    expect(r.entities.find((e) => e.id === 'Union:上城区总工会')?.mentions.map((m) => m.text)).toContain('浙江省杭州市上城区总工会');
    // 延安西路 is a road, not 延安市; 4家智慧工会驿站 counts stations, it names no union.
    expect(ids(r).filter((id) => id.startsWith('Region:'))).toEqual(['Region:浙江省', 'Region:杭州市']);
    expect(r.entities.filter((e) => e.type === 'Union').map((e) => e.name).sort()).toEqual(['上城区总工会', '湖滨街道总工会']);
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'REPORTED Person:陈思远 -> ARTICLE',
        `ORGANIZED Union:上城区总工会 -> ${initiativeWithKey(r, '暖冬早餐')}`,
      ]),
    );
  });

  it('reads a union outside Beijing without calling it Beijing’s', () => {
    const r = record('nanjing-reprint.txt');
    expect(r.kind).toBe('reprint');
    expect(ids(r)).toEqual(expect.arrayContaining(['Union:江苏南京市总工会', 'Region:南京市', 'Region:江苏省', 'Organization:南京市邮政管理局']));
    expect(ids(r)).not.toContain('Region:北京市');
    // 南京市总工会 later in the text is the same union.
    expect(r.entities.filter((e) => e.type === 'Union').map((e) => e.name)).toEqual(['江苏南京市总工会']);
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        `ORGANIZED Union:江苏南京市总工会 -> ${initiativeWithKey(r, '宁聚工惠')}`,
        'LOCATED_IN Union:江苏南京市总工会 -> Region:南京市',
      ]),
    );
    // Regions are not LOCATED_IN regions in the ontology: a city stays a node of its own.
    expect(rels(r).filter((x) => x.startsWith('LOCATED_IN Region:'))).toEqual([]);
  });
});
