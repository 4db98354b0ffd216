// Lookups in spans sorted by start, by bisection or by map, so that asking once per mention stays
// linear in mentions. Where the ends never decrease too (names that do not overlap, titles closed
// by the first 》 after them), the only span that can hold a position is the last one starting at
// or before it.
import type { Span } from '../types.js';

/** Index of the last span starting at or before `pos`, or -1. */
function lastStartingBy(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The span that contains [start, end), or undefined (ends never decreasing). */
export function spanContaining<T extends Span>(spans: readonly T[], start: number, end: number): T | undefined {
  const k = lastStartingBy(spans, start);
  const s = k < 0 ? undefined : spans[k]!;
  return s !== undefined && end <= s.end ? s : undefined;
}

/** The span that holds `pos` strictly inside (start < pos < end), or undefined (ends never decreasing). */
export function spanAround<T extends Span>(spans: readonly T[], pos: number): T | undefined {
  const k = lastStartingBy(spans, pos - 1);
  const s = k < 0 ? undefined : spans[k]!;
  return s !== undefined && pos < s.end ? s : undefined;
}

/** Index of the first span starting at or after `pos` (spans sorted by start; ends need not be). */
export function firstIndexFrom(spans: readonly Span[], pos: number): number {
  return lastStartingBy(spans, pos - 1) + 1;
}

/** The first span starting at or after `pos`, or undefined. */
export function firstStartingFrom<T extends Span>(spans: readonly T[], pos: number): T | undefined {
  return spans[firstIndexFrom(spans, pos)];
}

/** Spans grouped by a position of theirs, each list in the spans' order. */
function byPosition<T extends Span>(spans: readonly T[], at: (s: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const s of spans) {
    const list = map.get(at(s));
    if (list) list.push(s);
    else map.set(at(s), [s]);
  }
  return map;
}

/** Spans by where they end, each list in the spans' order: the spans ending at a position, looked up. */
export function byEnd<T extends Span>(spans: readonly T[]): Map<number, T[]> {
  return byPosition(spans, (s) => s.end);
}

/** Spans by where they start, each list in the spans' order. */
export function byStart<T extends Span>(spans: readonly T[]): Map<number, T[]> {
  return byPosition(spans, (s) => s.start);
}
