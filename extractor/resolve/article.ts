// Within-article resolution: recognized mentions become entities with one name each.
// - Unions: 朝阳区望京街道总工会, 望京街道总工会 and 街道总工会 are one union when their places agree;
//   市总工会 → <the article's city>总工会, 区总工会 → <the article's district>总工会, 该街道总工会 →
//   the street union in focus, 该公司工会 → the company union in focus.
// - Organizations: 区委 → 顺义区委 style completion from the district in focus; otherwise as printed.
// - Initiatives: the same quoted key, or one name ending another, is one initiative; a bare head
//   (研修班, 此次活动) is a mention of the initiative in focus.
// - Places: one entity per canonical place (经开区 → 北京经济技术开发区).
import { isAwardName } from '../lexicon/awards.js';
import type { Place } from '../lexicon/gazetteer.js';
import { fullDepartment } from '../lexicon/government.js';
import { ancestorsOf, districtOfStreet, placesNamed, resolvePlace, within } from '../lexicon/gazetteer.js';
import { datelinePlace, focusContext, focusOf, outletSpans, unambiguous } from '../recognize/home.js';
import { mention, type Recognized } from '../recognize/index.js';
import { isLocalShortForm, leadingPlaces, withFullPlaceNames } from '../recognize/places.js';
import { byStart } from '../recognize/ordered-spans.js';
import type { ArticleView } from '../recognize/view.js';
import type { Entity, EntityType } from '../types.js';


export interface ResolvedMention {
  entityId: string;
  type: EntityType;
  /** View range. */
  start: number;
  end: number;
  nested: boolean;
  anaphor: boolean;
  roles?: string[];
}

export interface ResolvedArticle {
  entities: Entity[];
  mentions: ResolvedMention[];
  /** Id of the initiative the article is about, if any. */
  mainInitiative?: string;
  /** Id of the union the article is about (first union in the title or lead), if any. */
  mainUnion?: string;
  /**
   * The gazetteer place of each place entity, by id, where the article settles which place of
   * that name it means (its parent chain is then that place's); absent when it does not.
   */
  places: Map<string, Place>;
}

interface Group {
  type: EntityType;
  name: string;
  members: Recognized[];
  /** Printed names of the members, after 市/区 completion. */
  names: string[];
  places?: readonly Place[];
  core?: string;
  key?: string;
  head?: string;
  roles: string[];
}

const LEVEL_RANK = { province: 0, city: 1, district: 2, street: 3 } as const;

/** The place of the most specific level (the first of them on a tie). */
function mostSpecific(places: readonly Place[]): Place | undefined {
  let best: Place | undefined;
  for (const p of places) if (best === undefined || LEVEL_RANK[p.level] > LEVEL_RANK[best.level]) best = p;
  return best;
}

/** Places a union name states, with the district its street implies. */
function levels(places: readonly Place[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of places) {
    map.set(p.level, p.name);
    if (p.level === 'street') {
      const d = districtOfStreet(p.name);
      if (d && !map.has('district')) map.set('district', d.name);
    }
  }
  return map;
}

/** Union names that say nothing but the kind of union: their place is all that tells them apart. */
const GENERIC_CORE = /^(?:总工会|工会|联合工会|工会委员会|工会联合会|工会服务站|产业工会|社区工会|分工会)$/;

/**
 * Same body at compatible places: no level where the places differ, and — for a generic name such
 * as 总工会 — the same most specific place (北京市总工会 is not 朝阳区总工会). A specific name with
 * fewer places is the same body (密云檀州家园社区联合工会 = 密云区果园街道檀州家园社区联合工会).
 */
export function samePlaces(a: readonly Place[], b: readonly Place[], core = ''): boolean {
  const ma = mostSpecific(a);
  const mb = mostSpecific(b);
  if (GENERIC_CORE.test(core) && ma?.name !== mb?.name) return false;
  const la = levels(a);
  const lb = levels(b);
  for (const [level, name] of la) if (lb.has(level) && lb.get(level) !== name) return false;
  return true;
}

/**
 * What every union samePlaces can join a union to shares with it: for a generic name, its most
 * specific place's name; for a specific one nothing. Groups of unions kept by this key are compared
 * only within it, so many federations of many places stay linear.
 */
export function samePlacesKey(places: readonly Place[], core = ''): string {
  return GENERIC_CORE.test(core) ? (mostSpecific(places)?.name ?? '') : '';
}

const QUOTED_EVENT = /“([^”]+)”(.*)$/;

/**
 * “培育…”研修班 and “培育…”专题研修班: the same quotation, one tail inside the other. The second
 * name comes split already (QUOTED_EVENT's match), as it is compared with every group's name.
 */
function sameQuotedEvent(a: string, qb: RegExpExecArray | null): boolean {
  if (!qb) return false;
  const qa = QUOTED_EVENT.exec(a);
  if (!qa) return false;
  const [ka, kb] = [qa[1]!, qb[1]!];
  const [ta, tb] = [qa[2]!, qb[2]!];
  // The same quotation with one tail inside the other, or one quotation inside the other and the same tail.
  if (ka === kb) return ta.length > 0 && tb.length > 0 && (ta.includes(tb) || tb.includes(ta));
  return ta === tb && ta.length > 0 && Math.min(ka.length, kb.length) >= 3 && (ka.includes(kb) || kb.includes(ka));
}

/**
 * What tells a union apart once its places are set aside: 经开区工会 = 经开区总工会 (a place's bare
 * 工会 is its federation), 檀州家园社区工会 = 檀州家园社区联合工会, 首钢集团有限公司工会 = 首钢集团工会.
 */
export function unionCore(rest: string, hasPlace: boolean): string {
  if (rest === '工会' && hasPlace) return '总工会';
  let core = rest.replace(/(?:股份有限公司|有限责任公司|有限公司)(?=工会)/, '');
  if (core.length > 6) core = core.replace(/联合工会$/, '工会');
  return core;
}

/** The headline's short form of a dated event and the body's full one: same year, same head, one in the title. */
function sameDatedEvent(group: Group, r: Recognized, title: { start: number; end: number }): boolean {
  const year = /^\d{4}年/.exec(r.name)?.[0];
  if (!year || !group.name.startsWith(year) || !r.head || !group.name.endsWith(r.head) || /“/.test(group.name + r.name)) return false;
  const inTitle = (m: { start: number }): boolean => m.start >= title.start && m.start < title.end;
  return inTitle(r) !== group.members.some(inTitle);
}

/** A branch of a company (某公司第一分公司): never the abbreviation of its parent's name, nor the parent of a branch's. */
const BRANCH_COMPANY = /(?:分公司|子公司)$/;

/** Whether every character of `short` appears in `long`, in order (职工技能大赛 in 某市第五届职工职业技能大赛). */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** How many characters two names have in common at their end. */
function commonEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * The group of the title's plain event when `r`, a name in the lead, names the same event: a
 * quoted name of the same kind (its name, 活动 aside, ends in the title event's head), or the
 * headline's wording written out in full (职工技能大赛 → 某市第五届职工职业技能大赛); else undefined.
 */
function titleParaphrase(grouping: Grouping, title: Recognized, r: Recognized, lead: { start: number; end: number } | undefined): Group | undefined {
  if (!lead || r.start < lead.start || r.start >= lead.end || r.anaphor) return undefined;
  const head = title.head ?? '';
  if (head.length < 2 || !r.name.replace(/活动$/, '').endsWith(head)) return undefined;
  // A name ending in the headline's wording joins it the ordinary way (groupInitiatives).
  // …or with more of the headline's wording than its head in common at the end (职工代表座谈会 →
  // 新就业形态劳动者代表座谈会).
  const writtenOut =
    title.name.length >= head.length + 2 && r.name.length > title.name.length && !r.name.endsWith(title.name) &&
    (inOrder(title.name, r.name) || commonEnding(title.name, r.name) >= head.length + 2);
  if (!r.name.includes('“') && !writtenOut) return undefined;
  const group = grouping.assigned.get(title);
  return group && group.members.every((m) => m === title || m.anaphor) ? group : undefined;
}

/** The groups one article's mentions are joined into, in the order they were started. */
class Grouping {
  readonly groups: Group[] = [];
  /** The group each mention joined. */
  readonly assigned = new Map<Recognized, Group>();
  /** Exact-name groups (places, organizations, persons) by id: many mentions stay linear. */
  private readonly exact = new Map<string, Group>();

  join(group: Group, r: Recognized, name: string): void {
    group.members.push(r);
    if (!group.names.includes(name)) group.names.push(name);
    for (const role of r.roles ?? []) if (!group.roles.includes(role)) group.roles.push(role);
    this.assigned.set(r, group);
  }

  start(r: Recognized, name: string, extra: Partial<Group> = {}): Group {
    const group: Group = { type: r.type, name, members: [], names: [], roles: [], ...extra };
    this.groups.push(group);
    if (r.type !== 'Union' && r.type !== 'Initiative') this.exact.set(`${r.type}:${name}`, group);
    this.join(group, r, name);
    return group;
  }

  /** Joins the group of the same type and name, or starts it. */
  joinExact(r: Recognized, name: string): void {
    const g = this.exact.get(`${r.type}:${name}`);
    if (g) this.join(g, r, name);
    else this.start(r, name);
  }

  ofType(type: EntityType): Group[] {
    return this.groups.filter((g) => g.type === type);
  }
}

/** The places an article is about: they complete 省…/市…/区…/县… names. */
interface Focus {
  province: Place | undefined;
  city: string | undefined;
  /** District-level areas in the order the article gives them (区总工会 takes the first 区, 县总工会 the first 县). */
  districts: Place[];
  /** The gazetteer place of each place group, where the article settles it. */
  places: Map<Group, Place>;
}

/** The first district-level area named with `suffix` (区, 县); for 区 a zone too (高新区, 经开区). */
function focusDistrict(focus: Focus, suffix: '区' | '县'): string | undefined {
  return focus.districts.find((d) => d.name.endsWith(suffix))?.name;
}

/** Whether the article's places settle which place of this name it means, inside one of them. */
function settledWithin(name: string, context: readonly Place[]): boolean {
  const place = resolvePlace(name, context);
  return place !== undefined && context.some((area) => within(place, area));
}

/**
 * Places first: one group per place, and the places the article is about. Evidence in order: the
 * title, the lead, the dateline, the places in union names, the rest, then `around` (the page, the
 * outlet). Only a name that means one place is evidence; a name several places share is then
 * resolved within that evidence, or left without a place. Beijing's short forms (朝阳, 望京) count
 * only in an article about Beijing.
 */
function groupPlaces(grouping: Grouping, view: ArticleView, recognized: Recognized[], around: readonly Place[]): Focus {
  const placeMentions = recognized.filter((r) => r.place !== undefined);
  // Where union names are printed, marked once: each place then asks in constant time.
  const inUnion = new Uint8Array(view.text.length + 1);
  for (const u of recognized) if (u.type === 'Union' && !u.anaphor) inUnion.fill(1, u.start, u.end);
  const lead = view.lead;
  const rank = (r: Recognized): number => {
    if (r.start < view.titleRange.end && r.end > view.titleRange.start) return 0;
    if (lead !== undefined && r.start >= lead.start && r.start < lead.end) return 1;
    return inUnion[r.start] === 1 && inUnion[r.end - 1] === 1 ? 3 : 4;
  };
  const ordered = placeMentions.map((r, i) => ({ r, rank: rank(r), i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const dateline = datelinePlace(view.text);
  const evidence = (keep: (r: Recognized) => boolean, placeOf: (r: Recognized) => Place | undefined): Place[] => {
    const out: Place[] = [];
    // Whether out holds the dateline's place yet, kept as it grows instead of searched at each mention.
    let datelineIn = false;
    for (const { r, rank: k } of ordered) {
      if (k >= 3 && dateline && !datelineIn) {
        out.push(dateline);
        datelineIn = true;
      }
      const p = keep(r) ? placeOf(r) : undefined;
      if (p) {
        out.push(p);
        if (p === dateline) datelineIn = true;
      }
    }
    if (dateline && !datelineIn) out.push(dateline);
    return [...out, ...around];
  };
  const settled = (r: Recognized): Place | undefined => (unambiguous(r.place!) ? r.place : undefined);
  const first = focusOf(evidence((r) => !isLocalShortForm(r), settled));
  const beijing = first.province?.beijing === true;
  const context = focusContext(first);
  const outlets = outletSpans(view.text);
  const kept = placeMentions.filter(
    (r) =>
      (beijing || !isLocalShortForm(r)) &&
      (r.place!.everyday !== true || settledWithin(r.place!.name, context)) &&
      !outlets.some((o) => o.start <= r.start && r.end <= o.end),
  );
  // A zone made from a city's name (镇江高新区) is in no table: it is its own place.
  const resolved = (r: Recognized): Place | undefined =>
    placesNamed(r.place!.name).length === 0 ? r.place : resolvePlace(r.place!.name, context);
  const places = new Map<Group, Place>();
  for (const r of kept) {
    grouping.joinExact(r, r.name);
    const place = resolved(r);
    if (place) places.set(grouping.assigned.get(r)!, place);
  }
  const keptSet = new Set(kept);
  const chains = evidence((r) => keptSet.has(r), resolved);
  const focus = focusOf(chains);
  const districts: Place[] = [];
  // A place named again adds no district: its chain is walked once.
  const walked = new Set<Place>();
  for (const p of chains) {
    if (walked.has(p)) continue;
    walked.add(p);
    for (const q of [p, ...ancestorsOf(p)]) if (q.level === 'district' && !districts.includes(q)) districts.push(q);
  }
  // A district name the article does not settle (朝阳区 with no city) still names its 区 union.
  for (const r of kept) if (r.place!.level === 'district' && !districts.some((d) => d.name === r.name)) districts.push(r.place!);
  return { province: focus.province, city: focus.city?.name, districts, places };
}

/**
 * 市交通运输工会 → 北京市交通运输工会, 区委 → 顺义区委, 县交通运输局 → 某县交通运输局: a leading bare
 * level takes the place in focus.
 */
function completeName(view: ArticleView, r: Recognized, focus: Focus): string {
  if (r.barePlace !== undefined) {
    const place = r.barePlace === '省' ? focus.province?.name : r.barePlace === '市' ? focus.city : focusDistrict(focus, r.barePlace);
    return place ? place + r.name.slice(1) : r.name;
  }
  const first = view.tokens[view.tokenAt[r.start]!]!;
  // jieba keeps a post with its body (市委常委, 区委书记): the token is still the bare body's.
  const bare = first.start === r.start && /^(?:市|区)(?:委|政府)?$|^(?:市|区)委(?:副?书记|常委)$/.test(first.word);
  if (!bare) return r.name;
  if (r.name.startsWith('市')) return focus.city ? focus.city + r.name.slice(1) : r.name;
  const district = focusDistrict(focus, '区');
  return district ? district + r.name.slice(1) : r.name;
}

/**
 * A district's or county's federation is named from its district (陕西省宁强县总工会 → 宁强县总工会,
 * 北京市朝阳区总工会 → 朝阳区总工会); the printed long form stays a mention. Other names keep their places.
 */
function withoutPlacesAbove(name: string): { name: string; places: readonly Place[]; rest: string } {
  const { places, rest } = leadingPlaces(name);
  const last = places.at(-1);
  if (rest !== '总工会' || places.length < 2 || last?.level !== 'district') return { name, places, rest };
  const at = name.lastIndexOf(last.name, name.length - rest.length);
  if (at <= 0 || at + last.name.length !== name.length - rest.length) return { name, places, rest };
  return { name: name.slice(at), places: [last], rest };
}

/** Unions as printed, short place names written out; one group per body at compatible places. */
function groupUnions(grouping: Grouping, view: ArticleView, recognized: Recognized[], focus: Focus): void {
  // Union groups by core (for a generic core, by place too: samePlacesKey): a mention is compared
  // with the groups that could be its body only.
  const byCore = new Map<string, Group[]>();
  for (const r of recognized) {
    if (r.type !== 'Union' || r.anaphor) continue;
    const { name: printed, places: ps, rest } = withoutPlacesAbove(withFullPlaceNames(completeName(view, r, focus)));
    // A place's bare 工会 is its federation, named as such (辽宁省工会 → 辽宁省总工会); the printed form stays a mention.
    const name = rest === '工会' && ps.length > 0 ? `${printed.slice(0, -2)}总工会` : printed;
    // 经开区工会 and 经开区总工会 are one: a place's bare 工会 is its federation.
    // 檀州家园社区工会 and 檀州家园社区联合工会 are one: the specific part names it.
    const core = unionCore(rest, ps.length > 0);
    const key = `${core}\u0000${samePlacesKey(ps, core)}`;
    const sameCore = byCore.get(key) ?? [];
    byCore.set(key, sameCore);
    const g = sameCore.find((x) => samePlaces(x.places!, ps, core));
    if (g) {
      grouping.join(g, r, name);
      if (ps.length > g.places!.length || (ps.length === g.places!.length && name.length > g.name.length)) {
        g.name = name;
        g.places = ps;
      }
    } else sameCore.push(grouping.start(r, name, { places: ps, core }));
  }
}

/** Whether one of the group's mentions comes before `pos`. */
const before = (g: Group, pos: number): boolean => g.members.some((m) => m.start < pos);

/** Union short forms (市总工会, 区总工会, 省总工会, 自治区总工会, 该街道总工会, 集团工会): the union in focus they stand for. */
function groupUnionShortForms(grouping: Grouping, recognized: Recognized[], focus: Focus): void {
  const { city, province } = focus;
  const unionGroups = grouping.ofType('Union');
  /** `${place}总工会` for a short form no union of the article stands for: the article says where. */
  const federation = (r: Recognized, place: string): Group => {
    const name = `${place}总工会`;
    const group = grouping.start(r, name, { places: leadingPlaces(name).places, core: '总工会' });
    unionGroups.push(group);
    return group;
  };
  // A federation named by a place the gazetteer lacks (某某区总工会, 某某街道总工会): the short form
  // of its level stands for it when no known place's union does.
  const unplaced = (ending: string) => (g: Group): boolean => mostSpecific(g.places!) === undefined && g.name.endsWith(ending) && g.name.length > ending.length + 1;
  for (const r of recognized) {
    if (r.type !== 'Union' || !r.anaphor) continue;
    const prefix = r.name.slice(0, r.name.length - (r.head?.length ?? 2));
    const pick = (ok: (g: Group) => boolean): Group | undefined =>
      [...unionGroups].reverse().find((g) => ok(g) && before(g, r.start)) ?? unionGroups.find(ok);
    let target: Group | undefined;
    if (/市/.test(prefix)) {
      if (city === undefined) continue;
      target = pick((g) => g.core === '总工会' && mostSpecific(g.places!)?.name === city);
      if (!target && r.name.endsWith('总工会')) {
        federation(r, city);
        continue;
      }
    } else if (/省|自治区/.test(prefix)) {
      // 省总工会, 自治区总工会: the province's union the article names, else the union of the province it is about.
      const ofProvince = (place: Place | undefined): boolean =>
        place?.level === 'province' && /(?:省|自治区)$/.test(place.name) && (province === undefined || place.name === province.name);
      target = pick((g) => g.core === '总工会' && ofProvince(mostSpecific(g.places!)));
      if (!target && province !== undefined && ofProvince(province) && r.name.endsWith('总工会')) {
        federation(r, province.name);
        continue;
      }
    } else if (/(?<![社园地])区|县/.test(prefix)) {
      const suffix = /县/.test(prefix) ? '县' : '区';
      const district = focusDistrict(focus, suffix);
      target = pick((g) => {
        const place = mostSpecific(g.places!);
        return g.core === '总工会' && place?.level === 'district' && place.name.endsWith(suffix) && (!district || place.name === district);
      });
      if (!target && district && r.name.endsWith('总工会')) {
        federation(r, district);
        continue;
      }
      target ??= pick(unplaced(`${suffix}总工会`));
    } else if (/街道|地区|镇|乡/.test(prefix)) {
      const word = /街道|地区|镇|乡/.exec(prefix)![0];
      target = pick((g) => mostSpecific(g.places!)?.level === 'street') ?? pick(unplaced(`${word}总工会`));
    } else {
      const word = /社区|园区|公司|集团|分局|局|系统|行业|联合/.exec(prefix)?.[0];
      if (word) target = pick((g) => g.name.includes(word));
      // 集团工会 in an article about 北京汽车集团有限公司, which names no union: that company's union.
      const owner = word && !target && /公司|集团/.test(word)
        ? [...recognized].reverse().find((o) => o.type === 'Organization' && o.start < r.start && o.name.includes(word) && /(?:公司|集团)$/.test(o.name))
        : undefined;
      if (owner) {
        const name = `${owner.name}工会`;
        const { places: ps, rest } = leadingPlaces(name);
        target = grouping.start(r, name, { places: ps, core: unionCore(rest, ps.length > 0) });
        unionGroups.push(target);
        continue;
      }
    }
    if (target) grouping.join(target, r, r.name);
  }
}

/**
 * Organizations as printed (after 市/区 completion); a name in brackets right after another is
 * its other name (河北省总工会职工学校（河北省工会干部学校）).
 */
function groupOrganizations(grouping: Grouping, view: ArticleView, recognized: Recognized[], focus: Focus): void {
  const { text } = view;
  const orgs = recognized.filter((r) => r.type === 'Organization');
  const alsoKnownAs = new Map<Recognized, Recognized>();
  // The first organization starting at each position: one lookup per name, not a search.
  const orgAt = byStart(orgs);
  for (const r of orgs) {
    if (!/[（(]/.test(text[r.end] ?? '')) continue;
    const inner = orgAt.get(r.end + 1)?.find((o) => /[）)]/.test(text[o.end] ?? ''));
    if (inner) alsoKnownAs.set(inner, r);
  }
  // 市人社局 and 泉州市人力资源和社会保障局 are one department: grouped by the name in full, named
  // by the longest form printed.
  const byFullName = new Map<string, Group>();
  for (const r of orgs) {
    const outer = alsoKnownAs.get(r);
    const outerGroup = outer && grouping.assigned.get(outer);
    if (outerGroup) {
      grouping.join(outerGroup, r, r.name);
      continue;
    }
    const name = completeName(view, r, focus);
    const { rest } = leadingPlaces(name);
    const full = fullDepartment(rest);
    const key = full === undefined ? undefined : name.slice(0, name.length - rest.length) + full;
    const department = key === undefined ? undefined : byFullName.get(key);
    if (department) {
      grouping.join(department, r, name);
      if (name.length > department.name.length) department.name = name;
      continue;
    }
    grouping.joinExact(r, name);
    if (key !== undefined) byFullName.set(key, grouping.assigned.get(r)!);
  }
}

/** A company's union: the company's name (ending in 公司) and the union's head. */
const COMPANY_UNION = /^(.+公司)(工会(?:委员会)?)$/;

/**
 * 国网长沙供电公司工会 is 国网湖南省电力有限公司长沙供电公司工会 abbreviated, as a headline or a second
 * mention prints a company: the short company name's characters, in order, within the full one's,
 * the same first two and last two characters, and the same head; the full name has its company form
 * (有限公司), the short one drops it. A company's name followed by more (某公司工会 and
 * 某公司某分公司工会) is another union, and so is a branch against its parent. The short name's
 * mentions join the full one's.
 */
function mergeAbbreviatedUnions(grouping: Grouping): void {
  // Full names (with their company form, 有限公司) by first and last two characters and head; the
  // short names, which drop it, are each compared with those only.
  const fullByEnds = new Map<string, { g: Group; company: string }[]>();
  const shorts: { g: Group; company: string; key: string }[] = [];
  for (const g of grouping.ofType('Union')) {
    const match = COMPANY_UNION.exec(g.name);
    if (!match || match[1]!.length < 5) continue;
    const company = match[1]!;
    const key = `${company.slice(0, 2)}\u0000${company.slice(-2)}\u0000${match[2]}`;
    if (!company.includes('有限')) {
      shorts.push({ g, company, key });
      continue;
    }
    const list = fullByEnds.get(key) ?? [];
    list.push({ g, company });
    fullByEnds.set(key, list);
  }
  for (const { g: short, company, key } of shorts) {
    const full = fullByEnds
      .get(key)
      ?.find(
        (x) =>
          x.company.length > company.length &&
          !x.company.startsWith(company) &&
          BRANCH_COMPANY.test(x.company) === BRANCH_COMPANY.test(company) &&
          inOrder(company, x.company),
      );
    if (!full) continue;
    for (const m of short.members) grouping.join(full.g, m, m.name);
    short.members = [];
  }
}

/**
 * 通州城建发展集团 is 北京通州城建发展集团有限公司 shortened: the same name without its places and
 * its company form. The short name's mentions join the full name's group.
 */
function mergeShortenedOrganizations(grouping: Grouping): void {
  const bareNames = new Map<string, string>();
  const bare = (name: string): string => {
    let b = bareNames.get(name);
    if (b === undefined) {
      b = leadingPlaces(name).rest.replace(/(?:股份有限公司|有限责任公司|有限公司)$/, '');
      bareNames.set(name, b);
    }
    return b;
  };
  const orgGroups = grouping.ofType('Organization');
  // Groups by bare name: each short name is compared with its possible full names only.
  const byBare = new Map<string, Group[]>();
  for (const g of orgGroups) {
    const list = byBare.get(bare(g.name));
    if (list) list.push(g);
    else byBare.set(bare(g.name), [g]);
  }
  for (const short of orgGroups) {
    const b = bare(short.name);
    if (b.length < 4) continue;
    // A company's full name counts even when printed only inside its union's name; a place prefix
    // alone does not make a fuller name (生物科技创新园 stays as printed).
    const companyForm = (g: Group): boolean => /(?:有限公司|有限责任公司)$/.test(g.name) && !/(?:有限公司|有限责任公司)$/.test(short.name);
    const full = byBare.get(b)!.find(
      (g) => g !== short && g.name.length > short.name.length && (companyForm(g) || g.members.some((m) => !m.nested)),
    );
    if (!full) continue;
    for (const m of short.members) grouping.join(full, m, m.name);
    short.members = [];
  }
}

/**
 * Initiatives: the same key or one name ending another is one; a bare head (研修班, 此次活动) is the
 * initiative of that head before it, else the article's main one; a quoted key on its own mentions
 * the initiative it names. Returns the main initiative (the first in the title, else the first).
 */
function groupInitiatives(grouping: Grouping, view: ArticleView, recognized: Recognized[]): Group | undefined {
  const index = new InitiativeIndex();
  // The headline's plain wording of the event (组织劳模先进疗休养) and the lead's named one of the
  // same kind (开展“…”疗休养活动) are one initiative; null once the title's first event is settled.
  let titleEvent: Recognized | null | undefined;
  const lead = view.lead;
  for (const r of recognized) {
    if (r.type !== 'Initiative' || r.anaphor) continue;
    const quotedParts = QUOTED_EVENT.exec(r.name);
    if (titleEvent === undefined && r.start < view.titleRange.end && !r.name.includes('“') && !/^\d{4}年/.test(r.name)) {
      titleEvent = index.candidates(r, quotedParts).length === 0 ? r : null;
    }
    const paraphrased = titleEvent ? titleParaphrase(grouping, titleEvent, r, lead) : undefined;
    if (paraphrased) {
      grouping.join(paraphrased, r, r.name);
      index.named(paraphrased, r.name);
      paraphrased.name = r.name;
      paraphrased.key = r.key ?? r.name;
      index.renamed(paraphrased);
      titleEvent = null;
      continue;
    }
    const g = index.candidates(r, quotedParts).find(
      (x) =>
        x.names.some((n) => (n.endsWith(r.name) || r.name.endsWith(n)) && Math.min(n.length, r.name.length) >= 4) ||
        sameQuotedEvent(x.name, quotedParts) ||
        // A bare quotation (“匠心筑梦”) and the named event it quotes (“匠心筑梦”计划).
        (r.name === `“${x.key}”` || x.name === `“${r.key}”`) ||
        // One award with and without its level or quotes (模范职工之家 in the title, “全国模范职工之家”).
        sameAward(x, r) ||
        sameDatedEvent(x, r, view.titleRange),
    );
    if (g) {
      grouping.join(g, r, r.name);
      index.named(g, r.name);
      if (r.name.length > g.name.length) {
        g.name = r.name;
        index.renamed(g);
      }
    } else index.add(grouping.start(r, r.name, { key: r.key ?? r.name, head: r.head ?? '' }));
  }
  const initiativeGroups = index.groups;
  const main = initiativeGroups.find((g) => inTitle(view, g)) ?? initiativeGroups[0];
  for (const r of recognized) {
    if (r.type !== 'Initiative' || !r.anaphor) continue;
    // The groups with a name ending in the bare head, in the order they were started.
    const sameHead = index.endingWith(r.name);
    let target: Group | undefined;
    for (let k = sameHead.length - 1; k >= 0 && !target; k--) if (before(sameHead[k]!, r.start)) target = sameHead[k];
    // Only a headline looks ahead to the event the lead names; in the body a bare head with none
    // of its kind before it is the article's own event, not one a later paragraph names.
    if (!target && r.start < view.titleRange.end) target = sameHead[0];
    target ??= main;
    if (target) {
      grouping.join(target, r, r.name);
      index.named(target, r.name);
    }
  }
  const { text } = view;
  // The characters initiative mentions cover, marked once: each quotation found is looked up.
  const covered = new Uint8Array(text.length);
  for (const g of initiativeGroups) for (const m of g.members) covered.fill(1, m.start, m.end);
  for (const g of initiativeGroups) {
    if (!g.key || !/“/.test(g.name)) continue;
    const quoted = `“${g.key}”`;
    for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
      // Inside another initiative's name it is that initiative's quotation.
      if (covered[at] === 1) continue;
      grouping.join(g, mention({ type: 'Initiative', start: at, end: at + quoted.length, name: quoted, anaphor: true }, false), quoted);
      covered.fill(1, at, at + quoted.length);
    }
  }
  return main;
}

/** A quotation's parts of three characters or more (sameQuotedEvent compares no shorter ones), itself included. */
function partsOf(key: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < key.length; i++) for (let j = i + 3; j <= key.length; j++) parts.push(key.slice(i, j));
  return parts.length > 0 ? parts : [key];
}

/**
 * The initiative groups by each thing that can make a mention theirs (a name's ending, a quotation,
 * its tail, a year): a mention is compared with the few groups that may match, in the order they
 * were started, not with all of them. Keys are only added, so a lookup may return a group that no
 * longer matches; the caller's test decides.
 */
class InitiativeIndex {
  readonly groups: Group[] = [];
  private readonly order = new Map<Group, number>();
  // One map per kind of key: a lookup hashes the name or slice as it is, with no kind prefixed to it.
  /** Mention names. */
  private readonly byName: Keyed = new Map();
  /** Every ending of a mention name. */
  private readonly byEnding: Keyed = new Map();
  /** A group's key in quotes (“key”). */
  private readonly byQuotedKey: Keyed = new Map();
  /** Group names. */
  private readonly byGroupName: Keyed = new Map();
  /** The quotation of a quoted group name. */
  private readonly byQuotation: Keyed = new Map();
  /** A quoted group name's tail and a part of its quotation, joined by \u0000. */
  private readonly byTailPart: Keyed = new Map();
  /** The year a group name begins with. */
  private readonly byYear: Keyed = new Map();

  add(g: Group): void {
    this.order.set(g, this.groups.length);
    this.groups.push(g);
    put(this.byQuotedKey, `“${g.key}”`, g);
    for (const n of g.names) this.named(g, n);
    this.renamed(g);
  }

  /** The group has a new mention name: index its endings. */
  named(g: Group, name: string): void {
    put(this.byName, name, g);
    for (let k = 0; k < name.length; k++) put(this.byEnding, name.slice(k), g);
  }

  /** The group has a new name: index its quotation, tail and year. */
  renamed(g: Group): void {
    put(this.byGroupName, g.name, g);
    const quoted = QUOTED_EVENT.exec(g.name);
    if (quoted) {
      const [key, tail] = [quoted[1]!, quoted[2]!];
      put(this.byQuotation, key, g);
      // The same tail with one quotation inside the other (sameQuotedEvent): the quotation and each part of it.
      if (tail) for (const part of partsOf(key)) put(this.byTailPart, `${tail}\u0000${part}`, g);
    }
    const year = /^\d{4}年/.exec(g.name)?.[0];
    if (year) put(this.byYear, year, g);
  }

  /** Groups with a name ending in `tail`, in the order they were started. */
  endingWith(tail: string): Group[] {
    return this.sorted(this.byEnding.get(tail) ?? []);
  }

  /** Every group that may be the one of mention `r` (its name's endings, quotation, tail or year). */
  candidates(r: Recognized, quotedParts: RegExpExecArray | null): Group[] {
    const found = new Set<Group>(this.byEnding.get(r.name));
    for (let k = 0; k < r.name.length; k++) addAll(found, this.byName.get(r.name.slice(k)));
    if (quotedParts) {
      addAll(found, this.byQuotation.get(quotedParts[1]!));
      const [key, tail] = [quotedParts[1]!, quotedParts[2]!];
      if (tail) for (const part of partsOf(key)) addAll(found, this.byTailPart.get(`${tail}\u0000${part}`));
    }
    // A quoted name (“全国模范职工之家”) by the endings of its key too.
    if (r.key !== undefined && r.key !== r.name) for (let k = 0; k < r.key.length; k++) addAll(found, this.byName.get(r.key.slice(k)));
    addAll(found, this.byQuotedKey.get(r.name));
    addAll(found, this.byGroupName.get(`“${r.key}”`));
    const year = /^\d{4}年/.exec(r.name)?.[0];
    if (year) addAll(found, this.byYear.get(year));
    return this.sorted(found);
  }

  private sorted(groups: Iterable<Group>): Group[] {
    return [...groups].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

type Keyed = Map<string, Set<Group>>;

function put(index: Keyed, key: string, g: Group): void {
  const set = index.get(key);
  if (set) set.add(g);
  else index.set(key, new Set([g]));
}

function addAll(found: Set<Group>, groups: Set<Group> | undefined): void {
  if (groups) for (const g of groups) found.add(g);
}

/** Two names of one award: the same kind, one's own name ending the other's (模范职工之家, 全国模范职工之家). */
function sameAward(g: Group, r: Recognized): boolean {
  if (r.head === undefined || g.head !== r.head || !isAwardName(r.head) || g.key === undefined || r.key === undefined) return false;
  return g.key.endsWith(r.key) || r.key.endsWith(g.key);
}

/** Whether one of the group's mentions is in the title. */
const inTitle = (view: ArticleView, g: Group): boolean => g.members.some((m) => m.start < view.titleRange.end && m.end > view.titleRange.start);

const idOf = (g: Group): string => `${g.type}:${g.name}`;

/**
 * The entities of the groups that have a mention of their own (one seen only inside another body's
 * name is not an entity, unless it is the union a branch's name begins with; one merged into
 * another has no members left), their mentions, and the article's main initiative and union.
 */
function toResolved(view: ArticleView, grouping: Grouping, main: Group | undefined, focus: Focus): ResolvedArticle {
  const kept = grouping.groups.filter((g) => g.members.some((m) => !m.nested || m.opensBranch === true));
  const entities: Entity[] = [];
  const mentions: ResolvedMention[] = [];
  const byId = new Map<string, Entity>();
  for (const g of kept) {
    const id = idOf(g);
    let entity = byId.get(id);
    if (!entity) {
      entity = { id, type: g.type, name: g.name, mentions: [] };
      byId.set(id, entity);
      entities.push(entity);
    }
    for (const m of g.members) {
      // The same source range twice is dropped once the mentions are sorted.
      entity.mentions.push(view.toSource(m));
      const rm: ResolvedMention = { entityId: id, type: g.type, start: m.start, end: m.end, nested: m.nested, anaphor: m.anaphor === true };
      if (m.roles) rm.roles = m.roles;
      mentions.push(rm);
    }
    const anaphors = new Set(g.members.filter((m) => m.anaphor).map((m) => m.name));
    const aliases = g.names.filter((n) => n !== g.name && !anaphors.has(n));
    if (aliases.length > 0) entity.aliases = [...new Set([...(entity.aliases ?? []), ...aliases])].sort();
    if (g.type === 'Person' && g.roles.length > 0) entity.roles = [...new Set([...(entity.roles ?? []), ...g.roles])];
    if (g.type === 'Initiative') entity.key = g.key ?? g.name;
  }
  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    e.mentions = e.mentions.filter((x, k, all) => k === 0 || x.start !== all[k - 1]!.start || x.end !== all[k - 1]!.end);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const places = new Map<string, Place>();
  const isKept = new Set(kept);
  for (const [g, place] of focus.places) if (isKept.has(g)) places.set(idOf(g), place);
  const result: ResolvedArticle = { entities, mentions, places };
  if (main && isKept.has(main)) result.mainInitiative = idOf(main);
  const lead = view.lead;
  const mainUnion =
    kept.find((g) => g.type === 'Union' && inTitle(view, g)) ??
    kept.find((g) => g.type === 'Union' && lead !== undefined && g.members.some((m) => m.start >= lead.start && m.start < lead.end));
  if (mainUnion) result.mainUnion = idOf(mainUnion);
  return result;
}

/**
 * Within-article resolution, phase by phase (each its own function: V8 compiles them apart, so a
 * rarely taken branch met late recompiles one phase, not the whole resolution).
 */
export function resolveArticle(view: ArticleView, recognized: Recognized[], around: readonly Place[] = []): ResolvedArticle {
  const grouping = new Grouping();
  const focus = groupPlaces(grouping, view, recognized, around);
  groupUnions(grouping, view, recognized, focus);
  groupUnionShortForms(grouping, recognized, focus);
  mergeAbbreviatedUnions(grouping);
  groupOrganizations(grouping, view, recognized, focus);
  mergeShortenedOrganizations(grouping);
  for (const r of recognized) if (r.type === 'Person') grouping.joinExact(r, r.name);
  const main = groupInitiatives(grouping, view, recognized);
  return toResolved(view, grouping, main, focus);
}
