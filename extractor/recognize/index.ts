// All recognizers over one article view, with overlaps settled: of two unions or two organizations
// where one contains the other, the outer name wins; a union inside an organization's name (or an
// organization inside a union's) is kept as a nested mention, which names an entity only if the
// article also mentions it on its own.
import type { Span } from '../types.js';
import type { Candidate } from './candidate.js';
import { recognizeDistricts } from './district.js';
import { recognizeInitiatives } from './initiative.js';
import { recognizeOrganizations } from './organization.js';
import { recognizePersons } from './person.js';
import { recognizeRegions } from './region.js';
import { recognizeStreets } from './street.js';
import { recognizeUnions } from './union.js';
import type { ArticleView } from './view.js';

export interface Recognized extends Candidate {
  /** Inside a longer union or organization name. */
  nested: boolean;
}

const contains = (outer: Candidate, inner: Candidate): boolean =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;

/** Keeps the longest of overlapping same-type spans (the earliest first on ties). */
function longestOnly(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const HONOURS = /^(?:劳动模范|劳模|先进工作者|先进个人|模范集体|大工匠|工匠|市级|区级)/;

/** Ranges of book and document titles 《…》 on one line: what is named only there is not annotated. */
export function bookTitles(text: string): Span[] {
  const spans: Span[] = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    const line = text.indexOf('\n', open);
    if (close < 0) break;
    if (line >= 0 && line < close) continue;
    spans.push({ start: open, end: close + 1 });
  }
  return spans;
}

export function recognizeAll(view: ArticleView): Recognized[] {
  const books = bookTitles(view.text);
  const outsideBooks = (c: Candidate): boolean => !books.some((b) => b.start <= c.start && c.end <= b.end);
  const unions = longestOnly(recognizeUnions(view).filter(outsideBooks));
  let organizations = longestOnly(recognizeOrganizations(view).filter(outsideBooks)).filter(
    // A union's own name ending is the union's (北京市总工会 is not an organization ending in 会).
    (o) => !unions.some((u) => u.end === o.end && u.start <= o.start),
  );
  let bodies = [...unions, ...organizations];
  const initiatives = longestOnly(
    recognizeInitiatives(view)
      .filter(outsideBooks)
      .map((i) => {
        // A quoted name does not include the body printed before it (京华职工技能学院2025年…“青苗工匠”…).
        if (!i.name.includes('“')) return i;
        const quote = view.text.indexOf('“', i.start);
        const cut = bodies.filter((b) => b.end > i.start && b.end <= quote && b.start <= i.start).sort((a, b) => b.end - a.end)[0];
        return cut ? { ...i, start: cut.end, name: view.text.slice(cut.end, i.end) } : i;
      }),
  ).filter(
    // An initiative cannot end inside a body's name (…工作室联盟 is the body, not an event).
    (i) => !bodies.some((b) => b.start < i.end && i.end < b.end),
  );
  // An organization that only begins an initiative's name is part of that name (“1+10+N”京华职工技能学院体系).
  organizations = organizations.filter((o) => !initiatives.some((i) => i.start === o.start && i.end > o.end && i.name.startsWith('“')));
  bodies = [...unions, ...organizations];
  const persons = recognizePersons(view).filter(outsideBooks);
  // 北京市劳动模范, 浙江工匠: a place in an honour or title describes the person, not a place in the news.
  const places = [...recognizeRegions(view), ...recognizeDistricts(view), ...recognizeStreets(view)]
    .filter(outsideBooks)
    .filter((p) => !HONOURS.test(view.text.slice(p.end, p.end + 6)) || organizations.some((o) => o.start <= p.start && p.end <= o.end));
  const all: Recognized[] = [];
  for (const c of [...bodies, ...initiatives, ...persons, ...places]) {
    // A Beijing place inside an organization's name (北京市第九十四中学, 延庆劳模工匠学院) is how this
    // paper's bodies are named, not news about the place; inside a union's name (北京市总工会), or a
    // place elsewhere (河北省廊坊市…工作室), it is.
    const nested =
      ((c.type === 'Union' || c.type === 'Organization') && bodies.some((b) => b !== c && contains(b, c))) ||
      (c.place !== undefined && c.place.beijing && organizations.some((o) => o.start <= c.start && c.end <= o.end));
    all.push({ ...c, nested });
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
