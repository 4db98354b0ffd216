// Tag paths to typed spans: B_x M_x … E_x or S_x is one span of kind x; a path the CRF left
// malformed (an E without its B, a B of another kind) gives no span.
import { TAGS } from './vocabulary.js';

/** What the model tells apart (foolnltk's kinds; time and job are not read). */
export type ModelKind = 'person' | 'org' | 'company' | 'location';

const KINDS = new Set<string>(['person', 'org', 'company', 'location']);

export interface ModelSpan {
  kind: ModelKind;
  /** String offsets in the text the model read. */
  start: number;
  end: number;
}

const POSITION = TAGS.map((t) => t.split('_')[0]!);
const KIND = TAGS.map((t) => t.split('_')[1] ?? '');

/**
 * Spans of the model positions of `path`; offsets[k] is the string offset of position k and
 * offsets[path.length] the end of the last.
 */
export function spansOf(path: Uint8Array, offsets: Int32Array): ModelSpan[] {
  const spans: ModelSpan[] = [];
  let open = -1;
  for (let k = 0; k < path.length; k++) {
    const position = POSITION[path[k]!];
    const kind = KIND[path[k]!]!;
    if (position === 'B') {
      open = k;
    } else if (position === 'M') {
      if (open >= 0 && KIND[path[open]!] !== kind) open = -1;
    } else if (position === 'E') {
      if (open >= 0 && KIND[path[open]!] === kind && KINDS.has(kind)) {
        spans.push({ kind: kind as ModelKind, start: offsets[open]!, end: offsets[k + 1]! });
      }
      open = -1;
    } else {
      if (position === 'S' && KINDS.has(kind)) spans.push({ kind: kind as ModelKind, start: offsets[k]!, end: offsets[k + 1]! });
      open = -1;
    }
  }
  return spans;
}
