// REPORTED: a byline or photo credit names who reported the article (记者, 通讯员, 摄影). The
// evidence is the credit as printed: the bracketed byline (记者 张晶) or the credit line.
import type { ArticleView } from '../recognize/view.js';
import type { BylineEntry, Entity, Evidence, Relation } from '../types.js';

/** The credit around a byline name in the source: the enclosing brackets, else its line. */
export function creditEvidence(text: string, entry: BylineEntry): Evidence {
  const lineStart = text.lastIndexOf('\n', entry.start - 1) + 1;
  let lineEnd = text.indexOf('\n', entry.end);
  if (lineEnd < 0) lineEnd = text.length;
  // Brackets are looked for on the credit's own line only.
  const line = text.slice(lineStart, lineEnd);
  const at = entry.start - lineStart;
  const openAt = Math.max(line.lastIndexOf('（', at), line.lastIndexOf('(', at));
  const open = openAt < 0 ? -1 : lineStart + openAt;
  const closes = [line.indexOf('）', at), line.indexOf(')', at)].filter((c) => c >= 0);
  const close = closes.length === 0 ? undefined : lineStart + Math.min(...closes);
  if (open >= lineStart && close !== undefined && close < lineEnd && close - open <= 60) {
    return { start: open, end: close + 1, text: text.slice(open, close + 1) };
  }
  if (lineEnd - lineStart <= 60) {
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    return { start: s, end: e, text: text.slice(s, e) };
  }
  return { start: entry.start, end: entry.end, text: text.slice(entry.start, entry.end) };
}

export function findReported(view: ArticleView, entities: readonly Entity[]): Relation[] {
  const out: Relation[] = [];
  for (const entry of view.article.byline) {
    const person = entities.find((e) => e.type === 'Person' && e.name === entry.name);
    if (!person) continue;
    if (out.some((r) => r.from === person.id && r.role === entry.role)) continue;
    const evidence = creditEvidence(view.sourceText, entry);
    // A credit printed without a role word (（王某）) gives none.
    out.push(entry.role ? { type: 'REPORTED', from: person.id, to: 'ARTICLE', role: entry.role, evidence } : { type: 'REPORTED', from: person.id, to: 'ARTICLE', evidence });
  }
  return out;
}
