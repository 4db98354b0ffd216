// What the viewer shows about articles and evidence, computed from the graph alone so the
// server's JSON API and the self-contained HTML export give the same answers.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes, NodeLabel } from '../../graph/schema.js';

export type ViewerGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** An entity mention inside an article's text; offsets are indices into `ArticleView.text`. */
export interface ArticleMention {
  start: number;
  end: number;
  node: string;
  label: NodeLabel;
  name: string;
}

export interface ArticleView {
  id: string;
  title: string;
  source: string;
  text: string;
  mentions: ArticleMention[];
}

/** One sentence supporting a node, with where the node is named in it. */
export interface EvidenceSentence {
  article: string;
  articleTitle: string;
  /** The relation type the sentence supports, or MENTIONS for a plain mention. */
  type: string;
  sentence: string;
  highlights: { start: number; end: number }[];
}

const SENTENCE_END = /[。！？!?；;\n]/;

/** The full text of an article with every entity mention it has, non-overlapping and in order. */
export function articleView(graph: ViewerGraph, id: string): ArticleView | undefined {
  if (!graph.hasNode(id)) return undefined;
  const attrs = graph.getNodeAttributes(id);
  if (attrs.label !== 'Article' || typeof attrs.text !== 'string') return undefined;
  const text = attrs.text;
  const offset = attrs.spanStart ?? 0;
  const found: ArticleMention[] = [];
  graph.forEachOutEdge(id, (_edge, edgeAttrs, _source, target, _sourceAttrs, targetAttrs) => {
    if (edgeAttrs.type !== 'MENTIONS') return;
    for (const ev of edgeAttrs.evidence) {
      const start = ev.start - offset;
      const end = ev.end - offset;
      // Offsets that do not land on the mention's text would highlight the wrong words.
      if (start < 0 || end > text.length || text.slice(start, end) !== ev.text) continue;
      found.push({ start, end, node: target, label: targetAttrs.label, name: targetAttrs.name });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.node.localeCompare(b.node));
  const mentions: ArticleMention[] = [];
  for (const mention of found) {
    const last = mentions[mentions.length - 1];
    if (last && mention.start < last.end) continue;
    mentions.push(mention);
  }
  return { id, title: attrs.title ?? attrs.name, source: attrs.source ?? '', text, mentions };
}

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to - 1] ?? '')) to += 1;
  // A line break ends a sentence (a title) but is not part of it.
  while (to > end && /\s/.test(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

function namesOf(attrs: NodeAttributes): string[] {
  return [attrs.name, ...(attrs.aliases ?? [])].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
}

function highlightNames(sentence: string, names: string[]): { start: number; end: number }[] {
  const marks: { start: number; end: number }[] = [];
  for (const name of names) {
    let i = sentence.indexOf(name);
    while (i >= 0) {
      const end = i + name.length;
      if (!marks.some((m) => i < m.end && end > m.start)) marks.push({ start: i, end });
      i = sentence.indexOf(name, end);
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

/**
 * The sentences that support a node: the sentence around each mention, and each relation's
 * evidence sentence, deduplicated, with the node's name highlighted in each.
 */
export function nodeEvidence(graph: ViewerGraph, node: string, limit = 50): EvidenceSentence[] {
  const attrs = graph.getNodeAttributes(node);
  const names = namesOf(attrs);
  const out: EvidenceSentence[] = [];
  const seen = new Set<string>();
  const add = (article: string, type: string, sentence: string, highlights: { start: number; end: number }[]): void => {
    const key = `${article}\u0000${sentence}`;
    if (seen.has(key) || out.length >= limit) return;
    seen.add(key);
    const articleAttrs = graph.hasNode(article) ? graph.getNodeAttributes(article) : undefined;
    out.push({ article, articleTitle: articleAttrs?.title ?? articleAttrs?.name ?? article, type, sentence, highlights });
  };
  graph.forEachInEdge(node, (_edge, edgeAttrs, source, _target, sourceAttrs) => {
    if (edgeAttrs.type !== 'MENTIONS' || typeof sourceAttrs.text !== 'string') return;
    const text = sourceAttrs.text;
    const offset = sourceAttrs.spanStart ?? 0;
    for (const ev of edgeAttrs.evidence) {
      const start = ev.start - offset;
      const end = ev.end - offset;
      if (start < 0 || end > text.length || text.slice(start, end) !== ev.text) continue;
      const around = sentenceAround(text, start, end);
      add(source, 'MENTIONS', text.slice(around.start, around.end), [{ start: start - around.start, end: end - around.start }]);
    }
  });
  graph.forEachEdge(node, (_edge, edgeAttrs) => {
    if (edgeAttrs.type === 'MENTIONS') return;
    for (const ev of edgeAttrs.evidence) add(ev.article, edgeAttrs.type, ev.text, highlightNames(ev.text, names));
  });
  return out;
}
