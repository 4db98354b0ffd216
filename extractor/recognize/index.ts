// All recognizers over one article view, with overlaps settled: of two unions or two organizations
// where one contains the other, the outer name wins; a union inside an organization's name (or an
// organization inside a union's) is kept as a nested mention, which names an entity only if the
// article also mentions it on its own — or if it is the union a branch's name begins with.
import type { Span } from '../types.js';
import { recognizeAwards } from './award.js';
import type { Candidate } from './candidate.js';
import { recognizeDistricts } from './district.js';
import { recognizeInitiatives } from './initiative.js';
import { recognizeOrganizations } from './organization.js';
import { recognizePersons } from './person.js';
import { recognizeRegions } from './region.js';
import { recognizeStreets } from './street.js';
import { BRANCH_NAME, recognizeUnions } from './union.js';
import type { ArticleView } from './view.js';
import { spanAround, spanContaining } from './ordered-spans.js';
import { titleActivity } from './title-activity.js';

export interface Recognized extends Candidate {
  /** Inside a longer union or organization name. */
  nested: boolean;
  /**
   * The union a branch's name begins with (X局工会 in X局工会Y中心分会, X公司工会 in X公司工会Y车间
   * 工会小组), the registered company a union's formal name begins with (X有限公司工会委员会), or
   * the body a workers' home is named after (X工业园 of X工业园职工之家): nested, yet an entity of its own.
   */
  opensBranch?: true;
}

const contains = (outer: Candidate, inner: Candidate): boolean =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;

/** longestOnly's marks, cleared after each call and grown as texts need: its calls allocate none. */
let covered = new Uint8Array(4096);

/**
 * Keeps the longest of overlapping same-type spans (the earliest first on ties). The characters
 * kept spans cover are marked, so each candidate checks its own characters, not every span kept.
 */
function longestOnly(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  let end = 0;
  for (const c of candidates) if (c.end > end) end = c.end;
  if (covered.length < end) covered = new Uint8Array(Math.max(end, 2 * covered.length));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = covered[i] === 0;
    if (!free) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  for (const c of kept) covered.fill(0, c.start, c.end);
  return kept.sort((a, b) => a.start - b.start);
}

const HONOURS = /^(?:劳动模范|劳模|先进工作者|先进个人|模范集体|大工匠|工匠|市级|区级)/;

/** Ranges of book and document titles 《…》 on one line: what is named only there is not annotated. */
export function bookTitles(text: string): Span[] {
  const spans: Span[] = [];
  // The next 》 and line break after each 《, each moved only forwards: many 《 stay linear.
  let close = -1;
  let line = -1;
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    if (close < open) close = text.indexOf('》', open);
    if (close < 0) break;
    if (line < open) line = text.indexOf('\n', open);
    if (line < 0) line = text.length;
    if (line < close) continue;
    spans.push({ start: open, end: close + 1 });
  }
  return spans;
}

export function recognizeAll(view: ArticleView): Recognized[] {
  // Every lookup below is in spans sorted by start that do not overlap (ordered-spans.ts), so each
  // candidate asks once instead of scanning every span: many names stay linear.
  const books = bookTitles(view.text);
  const outsideBooks = (c: Candidate): boolean => spanContaining(books, c.start, c.end) === undefined;
  const unionCandidates = recognizeUnions(view).filter(outsideBooks);
  const unions = longestOnly(unionCandidates);
  const unionStartByEnd = new Map<number, number>();
  for (const u of unions) unionStartByEnd.set(u.end, Math.min(u.start, unionStartByEnd.get(u.end) ?? u.start));
  const organizationCandidates = recognizeOrganizations(view).filter(outsideBooks);
  let organizations = longestOnly(organizationCandidates).filter(
    // A union's own name ending is the union's (北京市总工会 is not an organization ending in 会).
    (o) => !((unionStartByEnd.get(o.end) ?? Infinity) <= o.start),
  );
  const bodyLists = [unions, organizations];
  const found = longestOnly(
    [...recognizeInitiatives(view), ...recognizeAwards(view)]
      .filter(outsideBooks)
      .map((i) => {
        // A union's headline short form (某区总迎新活动) is the body holding the event, not part of its name.
        const short = spanContaining(unions, i.start, i.start + 1);
        if (short && short.head === '总' && short.end < i.end) return { ...i, start: short.end, name: view.text.slice(short.end, i.end) };
        // A quoted name does not include the body printed before it (京华职工技能学院2025年…“青苗工匠”…).
        if (!i.name.includes('“')) return i;
        const quote = view.text.indexOf('“', i.start);
        let cut: Candidate | undefined;
        for (const list of bodyLists) {
          const b = spanContaining(list, i.start, i.start + 1);
          if (b && b.end <= quote && (!cut || b.end > cut.end)) cut = b;
        }
        return cut ? { ...i, start: cut.end, name: view.text.slice(cut.end, i.end) } : i;
      }),
  ).filter(
    // An initiative cannot end inside a body's name (…工作室联盟 is the body, not an event).
    (i) => !bodyLists.some((list) => spanAround(list, i.end) !== undefined),
  );
  const activity = titleActivity(view, unions, found);
  const initiatives = activity === undefined ? found : longestOnly([...found, activity]);
  // An organization that only begins an initiative's name is part of that name (“1+10+N”京华职工技能学院体系).
  const quotedInitiativeEnds = new Map<number, number>();
  for (const i of initiatives) {
    if (i.name.startsWith('“')) quotedInitiativeEnds.set(i.start, Math.max(i.end, quotedInitiativeEnds.get(i.start) ?? i.end));
  }
  organizations = organizations.filter((o) => !((quotedInitiativeEnds.get(o.start) ?? -1) > o.end));
  const bodies = [...unions, ...organizations];
  const persons = recognizePersons(view).filter(outsideBooks);
  const inOrganization = (c: Candidate): boolean => spanContaining(organizations, c.start, c.end) !== undefined;
  // 北京市劳动模范, 浙江工匠: a place in an honour or title describes the person, not a place in the news.
  const places = [...recognizeRegions(view), ...recognizeDistricts(view), ...recognizeStreets(view)]
    .filter(outsideBooks)
    .filter((p) => !HONOURS.test(view.text.slice(p.end, p.end + 6)) || inOrganization(p));
  const all: Recognized[] = [];
  for (const c of [...bodies, ...initiatives, ...persons, ...places]) {
    // A Beijing place inside an organization's name (北京市第九十四中学, 延庆劳模工匠学院) is how this
    // paper's bodies are named, and so is a city's or district's short form anywhere (中山医院): not
    // news about the place; inside a union's name (北京市总工会), a province (山东…公司) or a full name
    // elsewhere (河北省廊坊市…工作室), it is.
    const nested =
      ((c.type === 'Union' || c.type === 'Organization') && insideOtherBody(c, c.type === 'Union' ? organizations : unions)) ||
      (c.place !== undefined && (c.place.beijing || (c.shortForm === true && c.place.level !== 'province')) && inOrganization(c));
    all.push(mention(c, nested));
  }
  for (const c of unionsOpeningBranches(unions, unionCandidates)) all.push(mention(c, true, true));
  for (const c of companiesOpeningUnions(organizations, unions)) all.push(mention(c, true, true));
  for (const c of bodiesOpeningHomes(organizations, organizationCandidates)) all.push(mention(c, true, true));
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The unions that begin the names of branch unions: a complete union name the recognizer found on
 * its own at the branch's start (X局工会 of X局工会Y中心分会), not a company's name that only runs on
 * into its branch (X公司Y车间工会小组 has no union before Y车间). Short forms (市总工会…分会)
 * are left out: only the article could say which union they are.
 */
function unionsOpeningBranches(kept: readonly Candidate[], all: readonly Candidate[]): Candidate[] {
  const startingAt = new Map<number, Candidate[]>();
  for (const c of all) {
    if (c.anaphor || !/(?:工会|工会委员会)$/.test(c.name)) continue;
    const list = startingAt.get(c.start);
    if (list) list.push(c);
    else startingAt.set(c.start, [c]);
  }
  const found: Candidate[] = [];
  for (const branch of kept) {
    if (!BRANCH_NAME.test(branch.name)) continue;
    let parent: Candidate | undefined;
    for (const c of startingAt.get(branch.start) ?? []) if (c.end < branch.end && (!parent || c.end > parent.end)) parent = c;
    if (parent) found.push(parent);
  }
  return found;
}

/** A registered company's legal name (某某科技股份有限公司). */
const REGISTERED_COMPANY = /有限(?:责任)?公司$/;

/**
 * The registered companies printed in full at the start of a union's formal or branch name
 * (某某股份有限公司工会委员会, 某某有限公司某车间工会小组): the name states the unit the union
 * belongs to, and it is often named nowhere else. A plain 某某有限公司工会 is just the union's name.
 */
function companiesOpeningUnions(organizations: readonly Candidate[], unions: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const o of organizations) {
    if (!o.name.endsWith('公司') || !REGISTERED_COMPANY.test(o.name)) continue;
    const u = spanContaining(unions, o.start, o.end);
    if (u !== undefined && u.start === o.start && u.end > o.end + 2) found.push(o);
  }
  return found;
}

/** A workers' home named after the body it serves (某某工业园职工之家). */
const WORKERS_HOME = '职工之家';

/**
 * The bodies a workers' home is named after (某某工业园 of 某某工业园职工之家): a body of its own,
 * found by its own head word, that the home's name only begins with.
 */
function bodiesOpeningHomes(kept: readonly Candidate[], all: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const home of kept) {
    if (!home.name.endsWith(WORKERS_HOME) || home.name.length <= WORKERS_HOME.length + 2) continue;
    const body = all.find((c) => c.start === home.start && c.end === home.end - WORKERS_HOME.length && c.head);
    if (body) found.push(body);
  }
  return found;
}

/**
 * A candidate as a mention, every field present (undefined where it has none): mentions of every
 * kind, and those of bylines and of the model, then share one shape, and resolution's reads of them stay fast (a spread of each candidate
 * kept its own, and made those reads megamorphic). `satisfies` fails to compile when a field is left out.
 */
export function mention(c: Candidate, nested: boolean, opensBranch?: true): Recognized {
  return {
    type: c.type,
    start: c.start,
    end: c.end,
    name: c.name,
    place: c.place,
    shortForm: c.shortForm,
    head: c.head,
    anaphor: c.anaphor,
    barePlace: c.barePlace,
    roles: c.roles,
    key: c.key,
    nested,
    opensBranch,
  } satisfies { [K in keyof Required<Recognized>]: Recognized[K] };
}

/** Whether a union lies inside a longer organization's name, or an organization inside a union's. */
function insideOtherBody(c: Candidate, others: readonly Candidate[]): boolean {
  const outer = spanContaining(others, c.start, c.end);
  return outer !== undefined && contains(outer, c);
}
