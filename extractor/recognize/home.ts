// The places an article is about, which complete its short forms (市总工会, 区总工会, 省总工会,
// 县总工会) and choose between places of one name (朝阳区 of Beijing or of Changchun). Nothing is
// assumed: the article's own places come first (title, lead, dateline, union names, the rest),
// then the page's and the outlet's (a union paper's home, a 来源 line, the caller's `home`).
import { ancestorsOf, canonicalPlace, placesNamed, type Place } from '../lexicon/gazetteer.js';
import { isLocalShortForm, placesIn, scanArticleText } from './places.js';

/**
 * Union and provincial papers and sites whose names hold no place: where they are published. A
 * name with a place in it (浙江工人日报, 中国江苏网) says so itself.
 */
const OUTLET_HOMES: readonly (readonly [outlet: string, home: string])[] = [
  ['劳动午报', '北京市'],
  ['京工网', '北京市'],
  ['劳动报', '上海市'],
  ['劳动观察', '上海市'],
  ['南方工报', '广东省'],
  ['齐鲁晚报', '山东省'],
];

/** What 劳动报 runs into when it is not the paper's name (劳动报酬, 劳动报告). */
const NOT_OUTLET_AFTER = /^[酬告到道名]/;

/** The home of the first place-less outlet of OUTLET_HOMES printed in `text` (劳动午报 → 北京市). */
export function knownOutletHome(text: string): Place | undefined {
  for (const [outlet, home] of OUTLET_HOMES) {
    const at = text.indexOf(outlet);
    if (at >= 0 && !NOT_OUTLET_AFTER.test(text.slice(at + outlet.length, at + outlet.length + 1))) return canonicalPlace(home);
  }
  return undefined;
}

/** The home of an outlet by its name (劳动午报 → 北京市, 浙江工人日报 → 浙江省), or undefined. */
export function outletHome(name: string): Place | undefined {
  return knownOutletHome(name) ?? placesIn(name).find(unambiguous);
}

/** 来源：… lines (来源：中工网——《劳动午报》, 来源：江门市新会区总工会): the outlet a page comes from. */
const SOURCE_LINE = /来源[：:]\s*([^\s]+)/g;

/** The home of the outlets a page's 来源 lines name, in order. */
export function sourceLineHomes(text: string): Place[] {
  const homes: Place[] = [];
  for (const m of text.matchAll(SOURCE_LINE)) {
    const home = outletHome(m[1]!);
    if (home) homes.push(home);
  }
  return homes;
}

/**
 * A dateline at the start of a paragraph: 天津讯, 本报杭州10月8日电, 新华社北京电. The words before
 * 讯/电 must be a place and nothing else (中工网讯 and 本报1月14日讯 name none).
 */
const DATELINE = /^\s*(?:本报|新华社|中新社)?([\u4e00-\u9fff]{2,8}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|电(?=[\s（(]|$))/;

/** Lines searched for a dateline: it opens the body, after the title and a subtitle or two. */
const DATELINE_LINES = 4;

export function datelinePlace(text: string): Place | undefined {
  // The lines found one by one: split, even with a limit, costs as much as cutting the whole text.
  for (let start = 0, n = 0; n < DATELINE_LINES; n++) {
    const newline = text.indexOf('\n', start);
    const m = DATELINE.exec(text.slice(start, newline < 0 ? text.length : newline));
    const place = m ? canonicalPlace(m[1]!) : undefined;
    if (place && unambiguous(place)) return place;
    if (newline < 0) break;
    start = newline + 1;
  }
  return undefined;
}

/** Whether the name means one place only: only such a place tells where an article is. */
export function unambiguous(place: Place): boolean {
  return placesNamed(place.name).length <= 1;
}

/** The places an article is about, most specific first; undefined where nothing says. */
export interface Focus {
  province?: Place;
  /** A prefecture-level city, a municipality, or a county-level city (江山市): what 市 stands for. */
  city?: Place;
  /** A district-level area (区, 县, zone): what 区/县 stand for. */
  district?: Place;
}

const isMunicipality = (p: Place): boolean => p.level === 'province' && p.name.endsWith('市');
const isCity = (p: Place): boolean => p.level === 'city' || isMunicipality(p) || (p.level === 'district' && p.name.endsWith('市'));

/** The first city (and so on) among `evidence` and the places enclosing each, in order. */
export function focusOf(evidence: readonly Place[]): Focus {
  const focus: Focus = {};
  for (const p of evidence) {
    const chain = [p, ...ancestorsOf(p)];
    focus.province ??= chain.find((q) => q.level === 'province');
    focus.city ??= chain.find(isCity);
    focus.district ??= chain.find((q) => q.level === 'district');
    if (focus.province && focus.city && focus.district) break;
  }
  return focus;
}

/** The focus places as context for resolvePlace, most specific first. */
export function focusContext(focus: Focus): Place[] {
  return [focus.district, focus.city, focus.province].filter((p): p is Place => p !== undefined);
}

/**
 * The caller's home (ExtractOptions.home, --home): a province or city by full or short name
 * (北京, 上海市, 杭州). Undefined for a name the gazetteer does not hold as one such place.
 */
export function homePlace(name: string): Place | undefined {
  const place = canonicalPlace(name.trim());
  if (place === undefined || !unambiguous(place)) return undefined;
  return place.level === 'province' || place.level === 'city' ? place : undefined;
}

/** How much of an article tells the page where it is: its title and lead, where its places come first. */
const TEXT_HOME_CHARS = 400;

/** The city or province an article's own text is about, read without tokens (its dateline, else the first place that says). */
export function textHome(article: { readonly text: string }): Place | undefined {
  const lead = scanArticleText(article).filter((c) => c.start < TEXT_HOME_CHARS && !isLocalShortForm(c));
  const evidence = [datelinePlace(article.text.slice(0, TEXT_HOME_CHARS)), ...lead.map((c) => c.place!)].filter(
    (p): p is Place => p !== undefined && unambiguous(p),
  );
  const focus = focusOf(evidence);
  return focus.city ?? focus.province;
}

/** Where a page comes from besides its text: the outlet a manifest names for its file, and the caller's home. */
export interface PageOrigin {
  /** The manifest's `outlet` (劳动午报 第04版, 房山区总工会网站): its home counts when the page prints no 来源 line. */
  outlet?: string;
  /** ExtractOptions.home (--home). */
  home?: Place;
}

/**
 * For each article of a page, the places around it, most telling first: what the page's other
 * articles are about (the place most of them name first), the outlets of the page's 来源 lines,
 * of the manifest and of its masthead, and the caller's home. An article's own text comes before
 * all of these (resolve/article.ts).
 */
export function pageSurroundings(pageText: string, articles: readonly { readonly text: string }[], origin: PageOrigin = {}): Place[][] {
  const homes = articles.map(textHome);
  const counts = new Map<Place, number>();
  for (const h of homes) if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  const manifestHome = origin.outlet === undefined ? undefined : outletHome(origin.outlet);
  const outlets = [...new Set([...sourceLineHomes(pageText), manifestHome, knownOutletHome(pageText), origin.home])].filter(
    (p): p is Place => p !== undefined,
  );
  return homes.map((own) => {
    let best: Place | undefined;
    let bestCount = 0;
    for (const [place, n] of counts) {
      const others = n - (place === own ? 1 : 0);
      if (others > bestCount) {
        best = place;
        bestCount = others;
      }
    }
    return best ? [best, ...outlets] : outlets;
  });
}

/**
 * The caller's home (ExtractOptions.home, --home) as a place: a province or city by full or
 * short name (北京, 上海市, 杭州), or an outlet (劳动午报). Undefined when it names none.
 */
export function homeOption(name: string): Place | undefined {
  if (canonicalPlace(name.trim()) !== undefined) return homePlace(name);
  const home = outletHome(name.trim());
  return home?.level === 'province' || home?.level === 'city' ? home : undefined;
}

/**
 * An outlet's name opening a dateline (中国江苏网6月27日讯, 齐鲁晚报讯, 新华社西宁11月20日电): a place
 * in the outlet's name is the outlet's.
 */
const OUTLET_DATELINE = /(?:^|\n)\s*([\u4e00-\u9fff\w]{2,12}?[网报台社刊])(?:(?:[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日)?讯|[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电)/g;

/**
 * Where `text` names an outlet only as a source or a dateline (来源：中国江苏网, 齐鲁晚报讯): the
 * places printed there say where the outlet is, and are not places of the news.
 */
export function outletSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SOURCE_LINE)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(OUTLET_DATELINE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push({ start, end: start + m[1]!.length });
  }
  return spans;
}
