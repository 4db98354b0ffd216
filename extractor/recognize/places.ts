// Place names from the gazetteer (full names and short forms) found in the article view. The
// District, Street and Region recognizers pick their type from this one scan.
import { allAliases, allPlaces, beijingDistricts, canonicalPlace, type Place } from '../lexicon/gazetteer.js';
import type { Candidate } from './candidate.js';
import { charTrie, type CharTrie } from '../lexicon/char-trie.js';
import type { ArticleView } from './view.js';

let trie: CharTrie<Place> | undefined;

function buildTrie(): CharTrie<Place> {
  const root = charTrie<Place>();
  for (const place of allPlaces()) {
    // Two-character county names elsewhere (城区, 矿区, 赵县) are mostly ordinary words here.
    if (place.name.length < 3 && !place.beijing) continue;
    const preferred = canonicalPlace(place.name);
    if (preferred) root.add(place.name, preferred);
  }
  for (const [alias, name] of allAliases()) {
    const place = canonicalPlace(name);
    if (place) root.add(alias, place);
  }
  // Every Beijing district is known by its name without 区 in Beijing news (大兴, 房山), even when
  // the word is also common elsewhere; the gazetteer's alias table leaves those out.
  for (const district of beijingDistricts()) {
    if (district.name.endsWith('区') && district.name.length >= 3) root.add(district.name.slice(0, -1), district);
  }
  return root;
}

/**
 * What follows a short form inside another name, not the place: a road or street (中山西路, 朝阳北路,
 * 大兴大街), a village, bridge or gate (朝阳门 itself is caught by the trie).
 */
const NOT_AFTER_SHORT = /^(?:[东西南北中]?[路街道村桥门里庄园]|大街|大道)/;

/** Place of the last longestAt match (saves an object per position scanned). */
let matched: Place | undefined;

/** End of the longest place name starting at text[i] (its place in `matched`), or 0 for none. */
function longestAt(text: string, i: number): number {
  trie ??= buildTrie();
  matched = trie.longestAt(text, i);
  return matched === undefined ? 0 : trie.matchEnd;
}

const scanned = new WeakMap<ArticleView, Candidate[]>();

/** Every place mention, longest match first, left to right, non-overlapping (one scan per view). */
export function scanPlaces(view: ArticleView): Candidate[] {
  let found = scanned.get(view);
  if (!found) {
    found = scan(view);
    scanned.set(view, found);
  }
  return found;
}

function scan(view: ArticleView): Candidate[] {
  const { text } = view;
  const found: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    const end = longestAt(text, i);
    if (end > 0) {
      const place = matched!;
      const isShort = end - i !== place.name.length || !text.startsWith(place.name, i);
      if (!(isShort && NOT_AFTER_SHORT.test(text.slice(end, end + 2)))) {
        found.push({ type: place.type, start: i, end, name: place.name, place });
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

/** Names seen again and again across a corpus (every article's unions): each is read once. */
const leadingCache = new Map<string, LeadingPlaces>();
const LEADING_CACHE_SIZE = 50_000;

/** The places a name begins with, in order (朝阳区望京街道总工会 → 朝阳区, 望京街道), and the rest. */
export function leadingPlaces(name: string): LeadingPlaces {
  let cached = leadingCache.get(name);
  if (cached === undefined) {
    if (leadingCache.size >= LEADING_CACHE_SIZE) leadingCache.clear();
    cached = readLeadingPlaces(name);
    leadingCache.set(name, cached);
  }
  return cached;
}

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
export function placesIn(name: string): Place[] {
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
export function withFullPlaceNames(name: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const end = longestAt(name, i);
    if (end === 0) break;
    const place = matched!;
    const printed = name.slice(i, end);
    const after = name.slice(end);
    const standsForPlace = /(?:区|街道|地区|镇|乡)$/.test(printed) || /^(?:总工会|工会)$/.test(after) || longestAt(after, 0) > 0;
    out += (place.level === 'district' || place.level === 'street') && standsForPlace ? place.name : printed;
    i = end;
  }
  return out + name.slice(i);
}
