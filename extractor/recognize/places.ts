// Place names from the gazetteer (full names and short forms) found in the article view. The
// District, Street and Region recognizers pick their type from this one scan.
import {
  allAliases,
  allPlaces,
  beijingDistricts,
  canonicalPlace,
  lookupPlace,
  placesNamed,
  streetNamesOutsideBeijing,
  streetOutsideBeijingAt,
  zoneOf,
  ZONE_SUFFIXES,
  type Place,
} from '../lexicon/gazetteer.js';
import type { Candidate } from './candidate.js';
import { charTrie, type CharTrie } from '../lexicon/char-trie.js';
import { pairFilter, type PairFilter } from '../lexicon/pair-filter.js';
import type { ArticleView } from './view.js';

let trie: CharTrie<Place> | undefined;
/** What any place name longestAt can match begins with: most positions of a text stop at this one test. */
let starts: PairFilter | undefined;

/** A township's name without its designation (崔各庄地区, 崔各庄乡 → 崔各庄). */
function designatedStem(name: string): string {
  return name.replace(/(?:地区|镇|乡)$/, '');
}

function buildTrie(filter: PairFilter): CharTrie<Place> {
  const names = charTrie<Place>();
  const root = {
    add(name: string, place: Place): void {
      names.add(name, place);
      filter.add(name);
    },
  };
  // Streets outside Beijing are looked up apart (streetOutsideBeijingAt): 38,000 more names here
  // would cost every thread a tenth of a second to build.
  for (const place of allPlaces({ streetsOutsideBeijing: false })) {
    // Two-character county names elsewhere (城区, 矿区, 赵县) are mostly ordinary words here.
    if (place.name.length < 3 && !place.beijing) continue;
    const preferred = canonicalPlace(place.name);
    if (preferred) root.add(place.name, preferred);
  }
  // A Beijing 地区 is printed under its township's name too, and a township under its 地区's
  // (崔各庄地区 / 崔各庄乡): the other designation names the same place where it names no other.
  for (const place of allPlaces({ streetsOutsideBeijing: false })) {
    if (place.level !== 'street' || !place.beijing) continue;
    const stem = designatedStem(place.name);
    if (stem === place.name || stem.length < 2) continue;
    for (const other of place.name.endsWith('地区') ? ['镇', '乡'] : ['地区']) {
      if (placesNamed(stem + other).length === 0) root.add(stem + other, place);
    }
  }
  for (const [alias, name] of allAliases()) {
    const place = canonicalPlace(name);
    if (place) root.add(alias, place);
  }
  // Every Beijing district is known by its name without 区 in Beijing news (大兴, 房山), even when
  // the word is also common elsewhere; the gazetteer's alias table leaves those out. Resolution
  // keeps such a short form only in an article about Beijing (isLocalShortForm).
  for (const district of beijingDistricts()) {
    if (district.name.endsWith('区') && district.name.length >= 3) root.add(district.name.slice(0, -1), district);
  }
  return names;
}

/**
 * What follows a short form inside another name, not the place: a road or street (中山西路, 朝阳北路,
 * 大兴大街), a village, bridge or gate (朝阳门 itself is caught by the trie).
 */
const NOT_AFTER_SHORT = /^(?:[东西南北中]?[路街道村桥门里庄园]|大街|大道)/;

/** Place of the last longestAt match (saves an object per position scanned). */
let matched: Place | undefined;
/** When the last match was a zone (镇江高新区): its city and where the city's name ends, else undefined. */
let zoneCity: { place: Place; end: number } | undefined;

interface ZoneWord {
  city: Place;
  suffix: (typeof ZONE_SUFFIXES)[number];
}

let zones: CharTrie<ZoneWord> | undefined;

/**
 * A city's name, full or without 市, and a zone word (镇江高新区, 合肥市经开区): a district-level zone
 * in that city, even where the city's short form alone is too common a word to be read as a place.
 */
function buildZoneTrie(filter: PairFilter): CharTrie<ZoneWord> {
  const root = charTrie<ZoneWord>();
  const add = (word: string, zone: ZoneWord): void => {
    root.add(word, zone);
    filter.add(word);
  };
  for (const city of allPlaces({ streetsOutsideBeijing: false })) {
    if (!(city.level === 'city' || (city.level === 'province' && city.name.endsWith('市')))) continue;
    const stem = city.name.replace(/市$/, '');
    for (const suffix of ZONE_SUFFIXES) {
      if (stem.length >= 2) add(stem + suffix, { city, suffix });
      add(city.name + suffix, { city, suffix });
    }
  }
  return root;
}

/** The place tries and the filter in front of them, built together on first use. */
function build(): void {
  const filter = pairFilter();
  trie = buildTrie(filter);
  zones = buildZoneTrie(filter);
  for (const name of streetNamesOutsideBeijing()) filter.add(name);
  starts = filter;
}

/** What a street's short form may be printed with, its own or a former designation (金海湖镇 for 金海湖地区). */
const STREET_DESIGNATION = /^(?:街道|地区|镇|乡)/;

/**
 * End of the longest place name starting at text[i] (its place in `matched`), or 0 for none. A
 * city followed by a zone word is the zone (镇江高新区, 合肥经开区: district-level, in that city); a
 * street's short form takes the designation printed after it.
 */
function longestAt(text: string, i: number): number {
  if (starts === undefined) build();
  zoneCity = undefined;
  if (!starts!.mayStart(text, i)) return 0;
  matched = trie!.longestAt(text, i);
  let end = matched === undefined ? 0 : trie!.matchEnd;
  const streetEnd = streetOutsideBeijingAt(text, i);
  if (streetEnd > end) {
    matched = lookupPlace(text.slice(i, streetEnd))!;
    end = streetEnd;
  }
  const zone = zones!.longestAt(text, i);
  if (zone !== undefined && zones!.matchEnd > end) {
    zoneCity = { place: zone.city, end: zones!.matchEnd - zone.suffix.length };
    matched = zoneOf(zone.city, zone.suffix);
    return zones!.matchEnd;
  }
  const place = matched;
  if (place === undefined) return 0;
  if (place.level === 'street' && end - i < place.name.length) {
    const designation = STREET_DESIGNATION.exec(text.slice(end, end + 2));
    if (designation) end += designation[0].length;
  }
  return end;
}

/**
 * A Beijing district or street named by its short form (朝阳, 望京, 经开区): what Beijing news calls
 * them, and ordinary words or other places' names elsewhere (毛朝阳, 朝阳市).
 */
export function isLocalShortForm(candidate: { place?: Place; shortForm?: boolean }): boolean {
  const { place } = candidate;
  return candidate.shortForm === true && place !== undefined && place.beijing && place.level !== 'province';
}

const scanned = new WeakMap<object, Candidate[]>();

/**
 * Every place mention, longest match first, left to right, non-overlapping: one scan per view, the
 * same as its article's (scanArticleText) where the visible text is the article's text.
 */
export function scanPlaces(view: ArticleView): Candidate[] {
  if (view.text === view.article.text) return scanArticleText(view.article);
  let found = scanned.get(view);
  if (!found) {
    found = scanText(view.text);
    scanned.set(view, found);
  }
  return found;
}

/** The places of an article's text, scanned once: the page's home (home.ts) and the article's view read the same. */
export function scanArticleText(article: { readonly text: string }): Candidate[] {
  let found = scanned.get(article);
  if (!found) {
    found = scanText(article.text);
    scanned.set(article, found);
  }
  return found;
}

/** Every place mention in a text, as scanPlaces finds them (a page's other articles, read without tokens). */
export function scanText(text: string): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    const end = longestAt(text, i);
    if (end > 0) {
      const place = matched!;
      const isShort = end - i !== place.name.length || !text.startsWith(place.name, i);
      if (!(isShort && NOT_AFTER_SHORT.test(text.slice(end, end + 2)))) {
        // A zone's name names its city too (镇江高新区: 镇江市 and the zone in it).
        if (zoneCity) {
          const city: Candidate = { type: zoneCity.place.type, start: i, end: zoneCity.end, name: zoneCity.place.name, place: zoneCity.place };
          if (zoneCity.end - i !== city.name.length) city.shortForm = true;
          found.push(city);
        }
        const candidate: Candidate = { type: place.type, start: i, end, name: place.name, place };
        if (isShort) candidate.shortForm = true;
        found.push(candidate);
        i = end;
        continue;
      }
    }
    i++;
  }
  return found;
}

export interface LeadingPlaces {
  readonly places: readonly Place[];
  readonly rest: string;
}

/** Entries kept by each cache below before it starts over. */
const CACHE_SIZE = 50_000;

/** A reading of names seen again and again across a corpus (every article's unions): each is read once. */
function readOnce<T>(read: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    let cached = cache.get(name);
    if (cached === undefined) {
      if (cache.size >= CACHE_SIZE) cache.clear();
      cached = read(name);
      cache.set(name, cached);
    }
    return cached;
  };
}

/** The places a name begins with, in order (朝阳区望京街道总工会 → 朝阳区, 望京街道), and the rest. */
export const leadingPlaces: (name: string) => LeadingPlaces = readOnce(readLeadingPlaces);

function readLeadingPlaces(name: string): LeadingPlaces {
  const places: Place[] = [];
  let i = 0;
  for (;;) {
    const end = longestAt(name, i);
    if (end === 0) break;
    places.push(matched!);
    i = end;
  }
  return { places, rest: name.slice(i) };
}

/** Every place named anywhere in a name, left to right (北京市公安局海淀分局 → 北京市, 海淀区). */
export const placesIn: (name: string) => readonly Place[] = readOnce(readPlacesIn);

function readPlacesIn(name: string): Place[] {
  const places: Place[] = [];
  let i = 0;
  while (i < name.length) {
    const end = longestAt(name, i);
    if (end > 0) {
      places.push(matched!);
      i = end;
    } else i++;
  }
  return places;
}


/**
 * A name with the short forms of its leading district and street written out (门头沟大峪街道总工会
 * → 门头沟区大峪街道总工会, 经开区总工会 → 北京经济技术开发区总工会) where the short form stands for
 * the place: it says so itself (…区), or another place or the bare 总工会 follows. Inside a company's
 * name (北京通州城建…) and for provinces and cities (山东临沂市总工会) it stays as printed.
 */
export const withFullPlaceNames: (name: string) => string = readOnce(writeFullPlaceNames);

function writeFullPlaceNames(name: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const end = longestAt(name, i);
    if (end === 0) break;
    const place = matched!;
    const printed = name.slice(i, end);
    const after = name.slice(end);
    const standsForPlace = /(?:区|街道|地区|镇|乡)$/.test(printed) || /^(?:总工会|工会)$/.test(after) || longestAt(after, 0) > 0;
    // A township printed under its other designation (崔各庄乡 for 崔各庄地区) keeps it: it is no short form.
    const otherDesignation = place.level === 'street' && printed !== place.name && designatedStem(printed) === designatedStem(place.name);
    out += (place.level === 'district' || place.level === 'street') && standsForPlace && !otherDesignation ? place.name : printed;
    i = end;
  }
  return out + name.slice(i);
}
