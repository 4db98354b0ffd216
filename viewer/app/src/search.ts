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

  /** Best matches first: exact name, name prefix, name substring, alias, then pinyin (whole, prefix, inside). */
  search(query: string, limit = 30): SearchHit[] {
    const q = query.trim().toLowerCase();
    if (q === '') return [];
    const latin = LATIN.test(q);
    const compact = q.replace(/[\s']+/g, '');
    if (latin) this.ensurePinyin();
    const scored: { hit: SearchHit; rank: number; weight: number }[] = [];
    for (const entry of this.entries) {
      let rank = Number.POSITIVE_INFINITY;
      let via: string | undefined;
      entry.names.forEach((name, i) => {
        const lower = name.toLowerCase();
        let r = Number.POSITIVE_INFINITY;
        if (lower === q) r = 0;
        else if (lower.startsWith(q)) r = 1;
        else if (lower.includes(q)) r = 2;
        else if (latin && compact !== '') {
          const full = entry.full?.[i] ?? '';
          const initials = entry.initials?.[i] ?? '';
          if (full === compact || initials === compact) r = 3;
          else if (full.startsWith(compact) || initials.startsWith(compact)) r = 4;
          else if (full.includes(compact) || initials.includes(compact)) r = 6;
        }
        if (i > 0) r += 1;
        // An article whose title matches comes after entities that match as well.
        if (entry.label === 'Article') r += 0.5;
        if (r < rank) {
          rank = r;
          via = i > 0 ? name : undefined;
        }
      });
      if (rank === Number.POSITIVE_INFINITY) continue;
      const hit: SearchHit = { node: entry.node, name: entry.name, label: entry.label };
      if (via !== undefined) hit.via = via;
      scored.push({ hit, rank, weight: entry.weight });
    }
    scored.sort((a, b) => a.rank - b.rank || b.weight - a.weight || a.hit.name.localeCompare(b.hit.name, 'zh'));
    return scored.slice(0, limit).map((s) => s.hit);
  }
}
