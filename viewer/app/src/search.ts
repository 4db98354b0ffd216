// Search for Chinese names: substrings anywhere in a name or alias, and pinyin in full or by
// initials ("wangjing", "wj"). Pinyin is computed only when the first Latin query arrives.
import { pinyin } from 'pinyin-pro';
import type { ViewerGraph } from '../../shared/article-view.js';

export interface SearchHit {
  node: string;
  name: string;
  label: string;
  /** The alias that matched, when it was not the name. */
  via?: string;
}

interface Entry {
  node: string;
  name: string;
  label: string;
  names: string[];
  weight: number;
  full?: string[];
  initials?: string[];
}

const LATIN = /^[a-z0-9\s']+$/i;

function toPinyin(text: string): { full: string; initials: string } {
  const options = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
  const full = pinyin(text, options).join('').toLowerCase().replace(/\s+/g, '');
  const initials = pinyin(text, { ...options, pattern: 'first' }).join('').toLowerCase().replace(/\s+/g, '');
  return { full, initials };
}

export class SearchIndex {
  private readonly entries: Entry[] = [];
  private pinyinReady = false;

  constructor(graph: ViewerGraph) {
    graph.forEachNode((node, attrs) => {
      const names = [attrs.name, ...(attrs.aliases ?? [])].filter((n) => typeof n === 'string' && n.length > 0);
      this.entries.push({ node, name: attrs.name, label: attrs.label, names, weight: attrs.pagerank ?? graph.degree(node) });
    });
  }

  private ensurePinyin(): void {
    if (this.pinyinReady) return;
    for (const entry of this.entries) {
      const converted = entry.names.map(toPinyin);
      entry.full = converted.map((c) => c.full);
      entry.initials = converted.map((c) => c.initials);
    }
    this.pinyinReady = true;
  }

  /** How well one term matches one name: 0 exact … 6 pinyin inside; Infinity when it does not. */
  private termRank(entry: Entry, i: number, term: string, latin: boolean): number {
    const lower = (entry.names[i] ?? '').toLowerCase();
    if (lower === term) return 0;
    if (lower.startsWith(term)) return 1;
    if (lower.includes(term)) return 2;
    if (!latin) return Number.POSITIVE_INFINITY;
    const full = entry.full?.[i] ?? '';
    const initials = entry.initials?.[i] ?? '';
    if (full === term || initials === term) return 3;
    if (full.startsWith(term) || initials.startsWith(term)) return 4;
    if (full.includes(term) || initials.includes(term)) return 6;
    return Number.POSITIVE_INFINITY;
  }

  /**
   * Every match, best first: exact names (or exact pinyin), then unions, then by how the name
   * matched (prefix, substring, alias, pinyin), then by importance. Several terms separated by
   * spaces must all match one of a node's names ("朝阳 总工会"); a Latin query is also tried
   * with its spaces removed ("wang jing"), and pinyin tone marks are ignored ("wàngjīng").
   */
  search(query: string): SearchHit[] {
    const q = normalizeQuery(query);
    if (q === '') return [];
    const latin = LATIN.test(q);
    if (latin) this.ensurePinyin();
    const terms = q.split(/\s+/).filter(Boolean);
    const compact = q.replace(/[\s']+/g, '');
    const scored: { hit: SearchHit; rank: number; exact: boolean; union: boolean; weight: number }[] = [];
    for (const entry of this.entries) {
      let rank = Number.POSITIVE_INFINITY;
      let via: string | undefined;
      entry.names.forEach((_name, i) => {
        let r = this.termRank(entry, i, latin ? compact : q, latin);
        if (r === Number.POSITIVE_INFINITY && terms.length > 1) {
          // Each term on its own; the weakest decides, a little behind a whole match.
          let worst = 0;
          for (const term of terms) worst = Math.max(worst, this.termRank(entry, i, term, latin));
          r = worst === Number.POSITIVE_INFINITY ? worst : Math.max(worst, 1) + 0.25;
        }
        if (i > 0) r += 1;
        // An article whose title matches comes after entities that match as well.
        if (entry.label === 'Article') r += 0.5;
        if (r < rank) {
          rank = r;
          via = i > 0 ? entry.names[i] : undefined;
        }
      });
      if (rank === Number.POSITIVE_INFINITY) continue;
      const hit: SearchHit = { node: entry.node, name: entry.name, label: entry.label };
      if (via !== undefined) hit.via = via;
      scored.push({ hit, rank, exact: rank === 0 || rank === 3, union: entry.label === 'Union', weight: entry.weight });
    }
    scored.sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        Number(b.union) - Number(a.union) ||
        a.rank - b.rank ||
        b.weight - a.weight ||
        a.hit.name.localeCompare(b.hit.name, 'zh'),
    );
    return scored.map((s) => s.hit);
  }
}

/** Hits per node label, in first-seen order: the counts the result list shows. */
export function countByLabel(hits: readonly SearchHit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(hit.label, (counts.get(hit.label) ?? 0) + 1);
  return counts;
}

/** Lower case, pinyin tone marks dropped (ü, with or without a tone, as v: pinyin-pro's spelling). */
export function normalizeQuery(query: string): string {
  return query
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}
