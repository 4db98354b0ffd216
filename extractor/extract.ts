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
import type { NerModel } from './model/tagger.js';
import type { ModelSpan } from './model/spans.js';
import { recognizeAll, type Recognized } from './recognize/index.js';
import { modelPieces, withModelSpans } from './recognize/model.js';
import { buildViews, type ArticleView } from './recognize/view.js';
import type { Place } from './lexicon/gazetteer.js';
import { pageSurroundings } from './recognize/home.js';
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

/** A page's articles in runs tokenized by one jieba call each (faster than one per article). */
function tokenizeChunks(articles: readonly Article[]): Article[][] {
  const chunks: Article[][] = [];
  for (let from = 0; from < articles.length; ) {
    let to = from + 1;
    for (let chars = articles[from]!.text.length; to < articles.length && chars + articles[to]!.text.length <= TOKENIZE_CHUNK; to++) {
      chars += articles[to]!.text.length;
    }
    chunks.push(articles.slice(from, to));
    from = to;
  }
  return chunks;
}

/** What each article's page says of where it comes from (ExtractOptions.home when nothing does). */
function surroundings(source: Source, articles: readonly Article[], home: Place | undefined): Place[][] {
  return pageSurroundings(
    source.text,
    articles.map((a) => a.text),
    home,
  );
}

/**
 * The records of a page's articles, by the rules alone. `home`: where the page comes from when
 * nothing in it says (ExtractOptions.home).
 */
export function extractArticles(source: Source, articles: readonly Article[], home?: Place): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  const around = surroundings(source, articles, home);
  let first = 0;
  for (const chunk of tokenizeChunks(articles)) {
    const views = buildViews(chunk);
    chunk.forEach((article, a) => records.push(extractFromView(source, article, views[a]!, around[first + a]!, [])));
    first += chunk.length;
  }
  return records;
}

/**
 * The records of a page's articles, the named-entity model's spans beside the rules': the model
 * reads every sentence of a run of articles at once (its session runs asynchronously), then each
 * article is extracted as extractArticles does.
 */
export async function extractArticlesWithModel(source: Source, articles: readonly Article[], model: NerModel, home?: Place): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  const around = surroundings(source, articles, home);
  let first = 0;
  for (const chunk of tokenizeChunks(articles)) {
    const views = buildViews(chunk);
    const pieces = views.map(modelPieces);
    const spans = await model.spans(pieces.flat());
    let next = 0;
    chunk.forEach((article, a) => {
      const own = spans.slice(next, (next += pieces[a]!.length)).flat();
      records.push(extractFromView(source, article, views[a]!, around[first + a]!, own));
    });
    first += chunk.length;
  }
  return records;
}

function extractFromView(source: Source, article: Article, view: ArticleView, around: readonly Place[], modelSpans: readonly ModelSpan[]): ArticleRecord {
  const recognized = withModelSpans(view, recognizeAll(view), modelSpans);
  const bylines = bylinePersons(view, article);
  // A byline name recognized again from its context is the same mention.
  const merged = [...recognized.filter((r) => !bylines.some((b) => b.start < r.end && r.start < b.end)), ...bylines].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const resolved = resolveArticle(source, view, merged, around);
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
  return { ...summarizeArticle(article), entities, relations };
}

/** Segments every source, extracts each article and resolves names across all of them (serially). */
export function extractSources(sources: Source[], home?: Place): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  for (const source of sources) records.push(...extractArticles(source, segmentSource(source), home));
  return resolveCorpus(records);
}
