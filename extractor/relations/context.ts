// What every relation finder reads: the article view, its resolved entities and mentions grouped
// by sentence (the view turns a range into evidence in the source: view.toSource).
import type { ResolvedArticle, ResolvedMention } from '../resolve/article.js';
import type { ArticleView } from '../recognize/view.js';
import type { Entity, Evidence, Relation, RelationType } from '../types.js';

export interface RelationContext {
  view: ArticleView;
  resolved: ResolvedArticle;
  entities: Map<string, Entity>;
  /**
   * Mentions of each sentence, in order (nested ones included). Finders walk it with a loop, not a
   * forEach callback: a callback is a new closure per article, and V8 drops a closure's optimized
   * code at each full collection, so it would be compiled again and again.
   */
  bySentence: ResolvedMention[][];
}

export function buildContext(view: ArticleView, resolved: ResolvedArticle): RelationContext {
  const bySentence: ResolvedMention[][] = view.sentences.map(() => []);
  let s = 0;
  for (const m of resolved.mentions) {
    while (s < view.sentences.length - 1 && view.sentences[s]!.end <= m.start) s++;
    bySentence[s]!.push(m);
  }
  return { view, resolved, entities: new Map(resolved.entities.map((e) => [e.id, e])), bySentence };
}

export function relation(type: RelationType, from: string, to: string, { start, end, text }: Evidence, role?: string): Relation {
  // Evidence fields in the order the records print them.
  const r: Relation = { type, from, to, evidence: { start, end, text } };
  if (role !== undefined && role !== '') r.role = role;
  return r;
}

export const isBody = (m: ResolvedMention): boolean => m.type === 'Union' || m.type === 'Organization';
export const isPlace = (m: ResolvedMention): boolean => m.type === 'Street' || m.type === 'District' || m.type === 'Region';

/** Clause punctuation: a relation's parts do not reach across it unless a pattern says so. */
export const CLAUSE_BREAK = /[。；！？;!?]/;

/**
 * Whether `mentions[at]` begins its clause: nothing before it since the sentence's start or the last comma but
 * the places printed right before it (某区某街道某驿站), which only say where it is.
 */
export function opensClause(text: string, mentions: readonly ResolvedMention[], at: number, sentenceStart: number): boolean {
  let pos = mentions[at]!.start;
  for (let k = at - 1; k >= 0; k--) {
    const p = mentions[k]!;
    if (p.end > pos) continue;
    if (p.end < pos || !isPlace(p)) break;
    pos = p.start;
  }
  return pos === sentenceStart || /[，,：:]/.test(text[pos - 1] ?? '');
}
