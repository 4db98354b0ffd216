// Where an article is: its dateline, the outlet a page names, the caller's home. Invented lines.
import { describe, expect, it } from 'vitest';
import { datelinePlace, homeOption, outletHome, pageSurroundings, sourceLineHomes } from '../../../extractor/recognize/home.js';

const names = (places: readonly { name: string }[]): string[] => places.map((p) => p.name);
const texts = (...articles: string[]): { text: string }[] => articles.map((text) => ({ text }));

describe('home', () => {
  it('reads the place of a dateline opening the body', () => {
    expect(datelinePlace('职工书屋开放\n天津讯 近日，市总工会开放职工书屋。')?.name).toBe('天津市');
    expect(datelinePlace('职工书屋开放\n本报杭州10月8日电（记者 王五）市总工会……')?.name).toBe('杭州市');
    expect(datelinePlace('职工书屋开放\n新华社成都电 近日……')?.name).toBe('成都市');
  });

  it('finds no place in a dateline that names an outlet or only a date', () => {
    expect(datelinePlace('职工书屋开放\n中工网讯（通讯员 王五）近日……')).toBeUndefined();
    expect(datelinePlace('职工书屋开放\n本报1月14日讯（记者 王五）近日……')).toBeUndefined();
    expect(datelinePlace('职工书屋开放\n本报讯 近日，天津市总工会……')).toBeUndefined();
  });

  it('knows a union paper’s home, and an outlet that names its place', () => {
    expect(outletHome('劳动午报')?.name).toBe('北京市');
    expect(outletHome('南方工报')?.name).toBe('广东省');
    expect(outletHome('浙江工人日报')?.name).toBe('浙江省');
    expect(outletHome('中工网')).toBeUndefined();
    // 劳动报酬 is wages, not the Shanghai paper.
    expect(outletHome('保障劳动报酬')).toBeUndefined();
    expect(names(sourceLineHomes('发布时间：2024-01-01 来源：中工网——《劳动午报》\n正文'))).toEqual(['北京市']);
  });

  it('takes a home option by place or paper, and refuses what names neither', () => {
    expect(homeOption('杭州')?.name).toBe('杭州市');
    expect(homeOption('上海市')?.name).toBe('上海市');
    expect(homeOption('劳动报')?.name).toBe('上海市');
    expect(homeOption('火星')).toBeUndefined();
    // A district is not a home: 市总工会 needs a city.
    expect(homeOption('尤溪县')).toBeUndefined();
  });

  it('gives each article of a page what the other articles are about, then the page’s outlet and the home', () => {
    const page = '来源：南方工报\n';
    const around = pageSurroundings(page, texts('标题一\n广州市总工会开展活动。', '标题二\n广州市职工参加比赛。', '标题三\n市总工会开展慰问。'), { home: homeOption('杭州')! });
    expect(names(around[2]!)).toEqual(['广州市', '广东省', '杭州市']);
    // An article is not its own evidence: the one Hangzhou article among Guangzhou ones gets Guangzhou around it.
    const mixed = pageSurroundings('', texts('标题一\n杭州市总工会开展活动。', '标题二\n广州市职工参加比赛。', '标题三\n广州市总工会开展慰问。'));
    expect(names(mixed[0]!)).toEqual(['广州市']);
  });
});
