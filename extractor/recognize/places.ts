// Place names from the gazetteer (full names and short forms) found in the article view. The
// District, Street and Region recognizers pick their type from this one scan.
import { allAliases, allPlaces, beijingDistricts, canonicalPlace, type Place } from '../lexicon/gazetteer.js';
import type { Candidate } from './candidate.js';
import type { ArticleView } from './view.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  place?: Place;
}

let trie: TrieNode | undefined;

function insert(root: TrieNode, word: string, place: Place): void {
  let node = root;
  for (const ch of word) {
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map() };
      node.next.set(ch, child);
    }
    node = child;
  }
  node.place ??= place;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const place of allPlaces()) {
    // Two-character county names elsewhere (城区, 矿区, 赵县) are mostly ordinary words here.
    if (place.name.length < 3 && !place.beijing) continue;
    const preferred = canonicalPlace(place.name);
    if (preferred) insert(root, place.name, preferred);
  }
  for (const [alias, name] of allAliases()) {
    const place = canonicalPlace(name);
    if (place) insert(root, alias, place);
  }
  // Every Beijing district is known by its name without 区 in Beijing news (大兴, 房山), even when
  // the word is also common elsewhere; the gazetteer's alias table leaves those out.
  for (const district of beijingDistricts()) {
    if (district.name.endsWith('区') && district.name.length >= 3) insert(root, district.name.slice(0, -1), district);
  }
  return root;
}

/** Characters after a short form that show it is part of another word, not the place (朝阳门 is caught by the trie). */
const NOT_AFTER_SHORT = /^[路街道村桥门里庄园]/;

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
  trie ??= buildTrie();
  const { text } = view;
  const found: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    let node: TrieNode | undefined = trie;
    let best: { end: number; place: Place } | undefined;
    for (let j = i; j < text.length && node; j++) {
      node = node.next.get(text[j]!);
      if (node?.place) best = { end: j + 1, place: node.place };
    }
    if (best) {
      const printed = text.slice(i, best.end);
      const isShort = printed !== best.place.name;
      if (!(isShort && NOT_AFTER_SHORT.test(text.slice(best.end, best.end + 1)))) {
        found.push({ type: best.place.type, start: i, end: best.end, name: best.place.name, place: best.place });
        i = best.end;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** The places a name begins with, in order (朝阳区望京街道总工会 → 朝阳区, 望京街道), and the rest. */
export function leadingPlaces(name: string): { places: Place[]; rest: string } {
  trie ??= buildTrie();
  const places: Place[] = [];
  let i = 0;
  for (;;) {
    let node: TrieNode | undefined = trie;
    let best: { end: number; place: Place } | undefined;
    for (let j = i; j < name.length && node; j++) {
      node = node.next.get(name[j]!);
      if (node?.place) best = { end: j + 1, place: node.place };
    }
    if (!best) break;
    places.push(best.place);
    i = best.end;
  }
  return { places, rest: name.slice(i) };
}

/** Every place named anywhere in a name, left to right (北京市公安局海淀分局 → 北京市, 海淀区). */
export function placesIn(name: string): Place[] {
  trie ??= buildTrie();
  const places: Place[] = [];
  let i = 0;
  while (i < name.length) {
    let node: TrieNode | undefined = trie;
    let best: { end: number; place: Place } | undefined;
    for (let j = i; j < name.length && node; j++) {
      node = node.next.get(name[j]!);
      if (node?.place) best = { end: j + 1, place: node.place };
    }
    if (best) {
      places.push(best.place);
      i = best.end;
    } else i++;
  }
  return places;
}

/**
 * A name with the short forms of its leading district and street written out (门头沟东辛房街道总工会
 * → 门头沟区东辛房街道总工会, 经开区总工会 → 北京经济技术开发区总工会) where the short form stands for
 * the place: it says so itself (…区), or another place or the bare 总工会 follows. Inside a company's
 * name (北京顺义市政…) and for provinces and cities (山东临沂市总工会) it stays as printed.
 */
export function withFullPlaceNames(name: string): string {
  trie ??= buildTrie();
  let out = '';
  let i = 0;
  for (;;) {
    let node: TrieNode | undefined = trie;
    let best: { end: number; place: Place } | undefined;
    for (let j = i; j < name.length && node; j++) {
      node = node.next.get(name[j]!);
      if (node?.place) best = { end: j + 1, place: node.place };
    }
    if (!best) break;
    const printed = name.slice(i, best.end);
    const after = name.slice(best.end);
    const standsForPlace =
      /(?:区|街道|地区|镇|乡)$/.test(printed) || /^(?:总工会|工会)$/.test(after) || leadingPlaces(after).places.length > 0;
    out += (best.place.level === 'district' || best.place.level === 'street') && standsForPlace ? best.place.name : printed;
    i = best.end;
  }
  return out + name.slice(i);
}
