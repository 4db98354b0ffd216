// Article → record: recognize entities, resolve them within the article, find relations with their
// evidence; then resolve names across the corpus. The output is the JSONL contract (types.ts).
import { findHeldAt } from './relations/held.js';
import { findLocatedIn } from './relations/located.js';
import { findMemberOf } from './relations/member.js';
import { findOrganized } from './relations/organized.js';
import { findParticipated } from './relations/participated.js';
import { findReported } from './relations/reported.js';
import { findSubordinateTo } from './relations/subordinate.js';
import { buildContext } from './relations/context.js';
import { articleDate, pageDates, type PageDates } from './dates/article.js';
import { findEventDates } from './dates/events.js';
import type { ManifestEntry } from './ingest/manifest.js';
import { recognizeAll, type Recognized } from './recognize/index.js';
import { buildViews, type ArticleView } from './recognize/view.js';
import { resolveArticle } from './resolve/article.js';
import { resolveCorpus } from './resolve/corpus.js';
import { segmentSource } from './segment/index.js';
import { summarizeArticle } from './segment/summary.js';
import type { Article, ArticleRecord, Entity, Relation, Source } from './types.js';

export { resolveCorpus };

/** View position of a source offset, or -1 when the article text does not contain it. */
function viewIndexOf(view: ArticleView, sourceOffset: number): number {
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.srcOffsets[mid]! < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo < view.text.length && view.srcOffsets[lo] === sourceOffset ? lo : -1;
}

/** Byline and credit names as person mentions (their role is the credit's: 记者, 通讯员, 摄影). */
function bylinePersons(view: ArticleView, article: Article): Recognized[] {
  const found: Recognized[] = [];
  for (const entry of article.byline) {
    const start = viewIndexOf(view, entry.start);
    if (start < 0) continue;
    const end = start + entry.name.length;
    if (view.text.slice(start, end) !== entry.name) continue;
    found.push({ type: 'Person', start, end, name: entry.name, roles: [entry.role], nested: false });
  }
  return found;
}

function dedupeRelations(relations: Relation[], ids: Set<string>): Relation[] {
  const seen = new Set<string>();
  const out: Relation[] = [];
  for (const r of relations) {
    if (!ids.has(r.from) || (r.to !== 'ARTICLE' && !ids.has(r.to)) || r.from === r.to) continue;
    const key = `${r.type}\u0000${r.from}\u0000${r.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** Characters of article text tokenized per jieba call: enough to keep its dictionary warm, few
 * enough that the tokens die young (a whole page's would outlive the young generation). */
const TOKENIZE_CHUNK = 16 * 1024;

/**
 * The records of a page's articles, tokenized a few articles per jieba call (faster than one per
 * article). `given`: what a manifest says of the file.
 */
export function extractArticles(source: Source, articles: readonly Article[], given?: ManifestEntry): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  const page = pageDates(source);
  // A manifest row describes a file; its title is the article's only when the file holds one.
  const facts: ManifestEntry = { ...given };
  if (articles.length !== 1) delete facts.title;
  for (let from = 0; from < articles.length; ) {
    let to = from + 1;
    for (let chars = articles[from]!.text.length; to < articles.length && chars + articles[to]!.text.length <= TOKENIZE_CHUNK; to++) {
      chars += articles[to]!.text.length;
    }
    const chunk = articles.slice(from, to);
    const views = buildViews(chunk);
    chunk.forEach((article, a) => records.push(extractFromView(source, article, views[a]!, page, facts)));
    from = to;
  }
  return records;
}

function extractFromView(source: Source, article: Article, view: ArticleView, page: PageDates, given: ManifestEntry): ArticleRecord {
  const recognized = recognizeAll(view);
  const bylines = bylinePersons(view, article);
  // A byline name recognized again from its context is the same mention.
  const merged = [...recognized.filter((r) => !bylines.some((b) => b.start < r.end && r.start < b.end)), ...bylines].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const resolved = resolveArticle(source, view, merged);
  const entities: Entity[] = resolved.entities;
  // Credits printed outside the article text (none of its characters) still name a reporter.
  for (const entry of article.byline) {
    if (entities.some((e) => e.type === 'Person' && e.name === entry.name)) {
      const e = entities.find((x) => x.type === 'Person' && x.name === entry.name)!;
      if (!(e.roles ?? []).includes(entry.role)) e.roles = [...(e.roles ?? []), entry.role];
      continue;
    }
    entities.push({
      id: `Person:${entry.name}`,
      type: 'Person',
      name: entry.name,
      mentions: [{ text: source.text.slice(entry.start, entry.end), start: entry.start, end: entry.end }],
      roles: [entry.role],
    });
  }
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const ctx = buildContext(source, view, resolved);
  const dated = articleDate(source, article, page, given.date);
  // An undated article's times stay unresolved, even those printed with a year: without the
  // article's date nothing tells a stated time from a plan's years or last year's figures.
  for (const [id, when] of dated === undefined ? [] : findEventDates(ctx, dated.date)) {
    const entity = entities.find((e) => e.id === id);
    if (entity !== undefined) entity.when = when;
  }
  const reported = findReported(source, article.byline, entities);
  const organized = findOrganized(ctx);
  const relations = dedupeRelations(
    [
      ...reported,
      ...findLocatedIn(ctx),
      ...findSubordinateTo(ctx),
      ...organized,
      ...findParticipated(ctx, organized, new Set(reported.map((r) => r.from))),
      ...findHeldAt(ctx),
      ...findMemberOf(ctx),
    ],
    new Set(entities.map((e) => e.id)),
  );
  const { source: name, index, title, subtitles, kind, span, byline } = summarizeArticle(article);
  return {
    source: name,
    index,
    title: given.title ?? title,
    subtitles,
    kind,
    ...(dated === undefined ? {} : dated),
    ...(given.outlet === undefined ? {} : { outlet: given.outlet }),
    span,
    byline,
    entities,
    relations,
  };
}

/** Segments every source, extracts each article and resolves names across all of them (serially). */
export function extractSources(sources: Source[]): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  for (const source of sources) records.push(...extractArticles(source, segmentSource(source)));
  return resolveCorpus(records);
}
