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
import { recognizeAll, type Recognized } from './recognize/index.js';
import { buildViews, type ArticleView } from './recognize/view.js';
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
    found.push({ type: 'Person', start, end, name: entry.name, roles: entry.role ? [entry.role] : [], nested: false });
  }
  return found;
}

/**
 * One relation per identity (type, ends, role), between entities of the record. A relation with
 * no role says less than the same one with a role, so it goes when that one is there.
 */
function dedupeRelations(relations: Relation[], ids: Set<string>): Relation[] {
  const roled = new Set<string>();
  for (const r of relations) if (r.role !== undefined) roled.add(relationKey({ ...r, role: undefined }));
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

/** The records of a page's articles, tokenized a few articles per jieba call (faster than one per article). */
export function extractArticles(source: Source, articles: readonly Article[]): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  for (let from = 0; from < articles.length; ) {
    let to = from + 1;
    for (let chars = articles[from]!.text.length; to < articles.length && chars + articles[to]!.text.length <= TOKENIZE_CHUNK; to++) {
      chars += articles[to]!.text.length;
    }
    for (const view of buildViews(source.text, articles.slice(from, to))) records.push(extractFromView(view));
    from = to;
  }
  return records;
}

function extractFromView(view: ArticleView): ArticleRecord {
  const { article } = view;
  const recognized = recognizeAll(view);
  const bylines = bylinePersons(view);
  // A byline name recognized again from its context is the same mention.
  const merged = [...recognized.filter((r) => !bylines.some((b) => b.start < r.end && r.start < b.end)), ...bylines].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const resolved = resolveArticle(view, merged);
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
  return { ...summarizeArticle(article), entities, relations };
}

/** Segments every source, extracts each article and resolves names across all of them (serially). */
export function extractSources(sources: Source[]): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  for (const source of sources) records.push(...extractArticles(source, segmentSource(source)));
  return resolveCorpus(records);
}
