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
import type { NerModel } from './model/tagger.js';
import type { ModelSpan } from './model/spans.js';
import { mention, recognizeAll, type Recognized } from './recognize/index.js';
import { modelPieces, withModelSpans } from './recognize/model.js';
import { buildViews, type ArticleView } from './recognize/view.js';
import type { Place } from './lexicon/gazetteer.js';
import { pageSurroundings } from './recognize/home.js';
import { resolveArticle } from './resolve/article.js';
import { resolveCorpus } from './resolve/corpus.js';
import { segmentSource } from './segment/index.js';
import { summarizeArticle } from './segment/summary.js';
import { relationKey, type Article, type ArticleRecord, type Entity, type Relation, type Source } from './types.js';

export { resolveCorpus };

/** Byline and credit names as person mentions (their role is the credit's: 记者, 通讯员, 摄影; none when none is printed). */
function bylinePersons(view: ArticleView): Recognized[] {
  const found: Recognized[] = [];
  for (const entry of view.article.byline) {
    const start = view.fromSource(entry.start);
    if (start < 0) continue;
    const end = start + entry.name.length;
    if (view.text.slice(start, end) !== entry.name) continue;
    found.push(mention({ type: 'Person', start, end, name: entry.name, roles: entry.role ? [entry.role] : [] }, false));
  }
  return found;
}

/**
 * One relation per identity (type, ends, role), between entities of the record. A relation with
 * no role says less than the same one with a role, so it goes when that one is there.
 */
function dedupeRelations(relations: Relation[], ids: Set<string>): Relation[] {
  const roled = new Set<string>();
  for (const r of relations) if (r.role !== undefined) roled.add(relationKey({ type: r.type, from: r.from, to: r.to }));
  const seen = new Set<string>();
  const out: Relation[] = [];
  for (const r of relations) {
    if (!ids.has(r.from) || (r.to !== 'ARTICLE' && !ids.has(r.to)) || r.from === r.to) continue;
    const key = relationKey(r);
    if (seen.has(key) || (r.role === undefined && roled.has(key))) continue;
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

/** What is known of a page from outside its text. */
export interface PageFacts {
  /** Where the page comes from when nothing in it says (ExtractOptions.home). */
  home?: Place;
  /** What a manifest says of the file. */
  given?: ManifestEntry;
}

/** What every article of a page shares: where it is from, its dates, the manifest's facts. */
interface Page {
  source: Source;
  around: Place[][];
  dates: PageDates;
  given: ManifestEntry;
}

function pageOf(source: Source, articles: readonly Article[], facts: PageFacts): Page {
  // A manifest row describes a file; its title is the article's only when the file holds one.
  const given: ManifestEntry = { ...facts.given };
  if (articles.length !== 1) delete given.title;
  const around = pageSurroundings(source.text, articles, { outlet: facts.given?.outlet, home: facts.home });
  return { source, around, dates: pageDates(source), given };
}

/** The records of a page's articles, by the rules alone. */
export function extractArticles(source: Source, articles: readonly Article[], facts: PageFacts = {}): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  const page = pageOf(source, articles, facts);
  let first = 0;
  for (const chunk of tokenizeChunks(articles)) {
    const views = buildViews(source.text, chunk);
    views.forEach((view, a) => records.push(extractFromView(view, page, page.around[first + a]!, [])));
    first += chunk.length;
  }
  return records;
}

/**
 * The records of a page's articles, the named-entity model's spans beside the rules': the model
 * reads every sentence of a run of articles at once (its session runs asynchronously), then each
 * article is extracted as extractArticles does.
 */
export async function extractArticlesWithModel(source: Source, articles: readonly Article[], model: NerModel, facts: PageFacts = {}): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  const page = pageOf(source, articles, facts);
  let first = 0;
  for (const chunk of tokenizeChunks(articles)) {
    const views = buildViews(source.text, chunk);
    const pieces = views.map(modelPieces);
    const spans = await model.spans(pieces.flat());
    let next = 0;
    views.forEach((view, a) => {
      const own = spans.slice(next, (next += pieces[a]!.length)).flat();
      records.push(extractFromView(view, page, page.around[first + a]!, own));
    });
    first += chunk.length;
  }
  return records;
}

function extractFromView(view: ArticleView, page: Page, around: readonly Place[], modelSpans: readonly ModelSpan[]): ArticleRecord {
  const { article } = view;
  const recognized = withModelSpans(view, recognizeAll(view), modelSpans);
  const bylines = bylinePersons(view);
  // A byline name recognized again from its context is the same mention.
  const merged = [...recognized.filter((r) => !bylines.some((b) => b.start < r.end && r.start < b.end)), ...bylines].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const resolved = resolveArticle(view, merged, around);
  const entities: Entity[] = resolved.entities;
  // Credits printed outside the article text (none of its characters) still name a reporter.
  for (const entry of article.byline) {
    if (entities.some((e) => e.type === 'Person' && e.name === entry.name)) {
      const e = entities.find((x) => x.type === 'Person' && x.name === entry.name)!;
      if (entry.role && !(e.roles ?? []).includes(entry.role)) e.roles = [...(e.roles ?? []), entry.role];
      continue;
    }
    entities.push({
      id: `Person:${entry.name}`,
      type: 'Person',
      name: entry.name,
      mentions: [{ text: view.sourceText.slice(entry.start, entry.end), start: entry.start, end: entry.end }],
      ...(entry.role ? { roles: [entry.role] } : {}),
    });
  }
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const ctx = buildContext(view, resolved);
  const dated = articleDate(page.source, article, page.dates, page.given.date);
  // An undated article's times stay unresolved, even those printed with a year: without the
  // article's date nothing tells a stated time from a plan's years or last year's figures.
  for (const [id, when] of dated === undefined ? [] : findEventDates(ctx, dated.date)) {
    const entity = entities.find((e) => e.id === id);
    if (entity !== undefined) entity.when = when;
  }
  const reported = findReported(view, entities);
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
    title: page.given.title ?? title,
    subtitles,
    kind,
    ...(dated === undefined ? {} : dated),
    ...(page.given.outlet === undefined ? {} : { outlet: page.given.outlet }),
    span,
    byline,
    entities,
    relations,
  };
}

/** Segments every source, extracts each article by the rules and resolves names across all of them (serially). */
export function extractSources(sources: Source[], home?: Place): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  for (const source of sources) records.push(...extractArticles(source, segmentSource(source), home === undefined ? {} : { home }));
  return resolveCorpus(records);
}
