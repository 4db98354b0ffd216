// Likely duplicates for an analyst to accept (a merge) or reject (a keep-apart correction): two
// nodes of one type whose names are equal once a place prefix is dropped that the other node lies
// in (朝阳区望京街道总工会 / 望京街道总工会), or one known by the other's name, and that share
// neighbours or articles. Siblings are never suggested: names differing only by a place
// (东城区总工会 / 西城区总工会) or an ordinal (第一届 / 第二届) are different entities.
import type { KgGraph } from '../build.js';
import { compareStrings } from '../build.js';
import type { NodeAttributes } from '../schema.js';
import type { Correction } from './correction.js';
import { NodeFinder } from './match.js';
import type { Suggestion } from './suggestion.js';

export type { Suggestion } from './suggestion.js';


const PLACE_LABELS = new Set(['District', 'Street', 'Region']);
const PLACE_EDGES = new Set(['LOCATED_IN', 'HELD_AT']);
/** Administrative endings: a name part ending so is a place even when the graph has no node for it. */
const PLACE_ENDING = /(?:省|市|区|县|镇|乡|村|街道|社区|开发区|新区)$/;
const ORDINAL = /^(?:第)?[0-9０-９一二三四五六七八九十百千零〇两]+(?:届|期|次|季|轮|批|号|年|月|日|号楼|分会)?$/;

function isEntity(attributes: NodeAttributes): boolean {
  return attributes.label !== 'Article';
}

function pairKey(a: string, b: string): string {
  return compareStrings(a, b) < 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The parts where two names differ, after their common beginning and end. */
function difference(a: string, b: string): [string, string] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [a.slice(start, a.length - end), b.slice(start, b.length - end)];
}

/**
 * True when `a` and `b` are the same name around one part that differs, both parts of a kind (two
 * places, two ordinals). One name inside the other (a dropped prefix) is not such a difference.
 */
function differsOnlyBy(a: string, b: string, isPart: (part: string) => boolean): boolean {
  const [x, y] = difference(a, b);
  if (x === '' || y === '') return false;
  for (let i = 0; i < a.length; i++) {
    const before = a.slice(0, i);
    if (!b.startsWith(before)) break;
    for (let j = i + 1; j <= a.length; j++) {
      const after = a.slice(j);
      if (!b.endsWith(after) || b.length <= before.length + after.length) continue;
      const part = a.slice(i, j);
      const other = b.slice(before.length, b.length - after.length);
      if (part !== other && isPart(part) && isPart(other)) return true;
    }
  }
  return false;
}

export function suggestMerges(graph: KgGraph, corrections: readonly Correction[] = [], limit = 20): Suggestion[] {
  const places = new Set<string>();
  const byName = new Map<string, string[]>();
  graph.forEachNode((node, attributes) => {
    if (!isEntity(attributes)) return;
    if (PLACE_LABELS.has(attributes.label)) for (const form of [attributes.name, ...attributes.aliases]) places.add(form);
    const key = `${attributes.label}\u0000${attributes.name}`;
    const list = byName.get(key);
    if (list === undefined) byName.set(key, [node]);
    else list.push(node);
  });
  const isPlace = (part: string): boolean => places.has(part) || PLACE_ENDING.test(part);
  const siblings = (a: string, b: string): boolean => differsOnlyBy(a, b, isPlace) || differsOnlyBy(a, b, (part) => ORDINAL.test(part));

  // Rejected suggestions, as pairs of the nodes they name now.
  const finder = new NodeFinder(graph);
  const apart = new Set<string>();
  for (const c of corrections) {
    if (c.op !== 'keep-apart') continue;
    const a = finder.find(c.args.a);
    const b = finder.find(c.args.b);
    if ('node' in a && 'node' in b) apart.add(pairKey(a.node, b.node));
  }

  /** The places a node lies in: its district and the names up its LOCATED_IN/HELD_AT chain. */
  const placesOf = (node: string): Set<string> => {
    const out = new Set<string>();
    const district = graph.getNodeAttribute(node, 'district');
    if (district !== undefined) out.add(district);
    let frontier = [node];
    const seen = new Set(frontier);
    for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const current of frontier) {
        graph.forEachOutEdge(current, (_edge, attributes, _source, target, _s, targetAttributes) => {
          if (!PLACE_EDGES.has(attributes.type) || seen.has(target)) return;
          seen.add(target);
          next.push(target);
          for (const form of [targetAttributes.name, ...targetAttributes.aliases]) out.add(form);
        });
      }
      frontier = next;
    }
    return out;
  };

  const candidates = new Map<string, { a: string; b: string; because: string }>();
  const propose = (a: string, b: string, because: string): void => {
    if (a === b) return;
    const key = pairKey(a, b);
    if (!candidates.has(key)) candidates.set(key, { a, b, because });
  };
  graph.forEachNode((node, attributes) => {
    if (!isEntity(attributes)) return;
    // One known by the other's name.
    for (const alias of attributes.aliases) {
      for (const other of byName.get(`${attributes.label}\u0000${alias}`) ?? []) propose(node, other, `${node} is also printed as ${alias}`);
    }
    // Equal once the place prefixes are dropped, when the other lies in those places.
    let rest = attributes.name;
    const dropped: string[] = [];
    for (;;) {
      let prefix = '';
      for (let length = Math.min(rest.length - 2, 16); length >= 2; length--) {
        if (places.has(rest.slice(0, length))) {
          prefix = rest.slice(0, length);
          break;
        }
      }
      if (prefix === '') break;
      dropped.push(prefix);
      rest = rest.slice(prefix.length);
      for (const other of byName.get(`${attributes.label}\u0000${rest}`) ?? []) {
        const lies = placesOf(other);
        if (dropped.every((place) => lies.has(place))) propose(node, other, `${rest} lies in ${dropped.join('')}`);
      }
    }
  });

  const suggestions: Suggestion[] = [];
  for (const [key, { a, b, because }] of candidates) {
    if (apart.has(key)) continue;
    const x = graph.getNodeAttributes(a);
    const y = graph.getNodeAttributes(b);
    if (siblings(x.name, y.name)) continue;
    const neighboursOf = (node: string) => new Set(graph.neighbors(node));
    const na = neighboursOf(a);
    let sharedNeighbours = 0;
    let sharedArticles = 0;
    for (const n of neighboursOf(b)) {
      if (!na.has(n) || n === a || n === b) continue;
      if (graph.getNodeAttribute(n, 'label') === 'Article') sharedArticles++;
      else sharedNeighbours++;
    }
    if (sharedNeighbours + sharedArticles === 0) continue;
    // The node mentioned more often (then the longer, more specific name) is kept.
    const keepA = x.mentions !== y.mentions ? x.mentions > y.mentions : x.name.length !== y.name.length ? x.name.length > y.name.length : compareStrings(a, b) < 0;
    suggestions.push({ from: keepA ? b : a, into: keepA ? a : b, because, sharedNeighbours, sharedArticles });
  }
  suggestions.sort(
    (s, t) => t.sharedNeighbours + t.sharedArticles - (s.sharedNeighbours + s.sharedArticles) || compareStrings(s.into, t.into) || compareStrings(s.from, t.from),
  );
  return suggestions.slice(0, limit);
}
