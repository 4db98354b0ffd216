// District: a district-level area — Beijing's 16 districts, 北京经济技术开发区 (经开区), and districts and
// counties elsewhere — by full name or short form (朝阳 → 朝阳区).
// A county elsewhere is also read by its name without 县/市/区 once the article has printed it in
// full (某省某某县总工会… then 在某某举行).
import type { Candidate } from './candidate.js';
import { scanPlaces } from './places.js';
import type { ArticleView } from './view.js';

export function recognizeDistricts(view: ArticleView): Candidate[] {
  const places = scanPlaces(view);
  const found = places.filter((c) => c.type === 'District');
  return [...found, ...echoedShortForms(view, found, places)].sort((a, b) => a.start - b.start);
}

/**
 * A district or county outside Beijing printed again without its designation: only where its full
 * name is in the article, and only as a word of its own (a token of exactly that stem), so that an
 * everyday word the stem also spells is not read as the place elsewhere; nor where a place of
 * `taken` (every place the view names) already stands.
 */
function echoedShortForms(view: ArticleView, districts: readonly Candidate[], taken: readonly Candidate[]): Candidate[] {
  const { text, tokens } = view;
  const stems = new Map<string, Candidate>();
  for (const d of districts) {
    const place = d.place;
    if (place === undefined || place.beijing || d.shortForm === true || !/^\p{Script=Han}{2,}[县市区]$/u.test(d.name)) continue;
    if (text.slice(d.start, d.end) === d.name) stems.set(d.name.slice(0, -1), d);
  }
  if (stems.size === 0) return [];
  const out: Candidate[] = [];
  let next = 0;
  for (const t of tokens) {
    const full = stems.get(t.word);
    if (full === undefined) continue;
    while (next < taken.length && taken[next]!.end <= t.start) next++;
    if (next < taken.length && taken[next]!.start < t.end) continue;
    out.push({ type: 'District', start: t.start, end: t.end, name: full.name, place: full.place!, shortForm: true });
  }
  return out;
}
