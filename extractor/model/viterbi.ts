// CRF decoding of the model's per-character scores: the best tag path under the transition
// scores, as foolnltk decodes it (tf.contrib.crf.viterbi_decode after a start state), so the tags
// are the package's own. Ties go to the lower tag id, as numpy's argmax does. Scores are summed
// in doubles, as numpy sums them.

/** The transition scores laid out for decoding. */
export interface Crf {
  tagCount: number;
  /** Score of starting in each tag. */
  start: Float64Array;
  /** byTarget[j * tagCount + i]: the score of going from tag i to tag j (one row per target, read in order). */
  byTarget: Float64Array;
  /**
   * reach[i]: how far below tag i's path score another tag's can be and still give some target
   * tag a path as good as the one through i (the largest, over targets, of the best transition into
   * the target less the transition from i).
   */
  reach: Float64Array;
}

/** `transitions[from][to]` over the tags plus a last row for the start state. */
export function crfOf(transitions: readonly (readonly number[])[], tagCount: number): Crf {
  const byTarget = new Float64Array(tagCount * tagCount);
  for (let i = 0; i < tagCount; i++) for (let j = 0; j < tagCount; j++) byTarget[j * tagCount + i] = transitions[i]![j]!;
  const bestInto = Array.from({ length: tagCount }, (_, j) => Math.max(...byTarget.subarray(j * tagCount, (j + 1) * tagCount)));
  const reach = new Float64Array(tagCount);
  for (let i = 0; i < tagCount; i++) for (let j = 0; j < tagCount; j++) reach[i] = Math.max(reach[i]!, bestInto[j]! - byTarget[j * tagCount + i]!);
  return { tagCount, start: Float64Array.from(transitions[tagCount]!.slice(0, tagCount)), byTarget, reach };
}

/** Widens the cut-off so that rounding in the sums can never leave a contender out. */
const SLACK = 1e-6;

/** Back pointers, grown to the longest piece decoded and kept: decoding runs once per sentence. */
let back = new Uint8Array(4096);
const contenders = new Uint8Array(256);

/**
 * The best path through `length` rows of tag scores starting at `scores[offset]`. At each step only
 * the best previous tag and those within its reach can win any target (one character's scores are
 * mostly far apart: a few of the 25 tags); the sums compared are the full search's, so the path is
 * the same.
 */
export function viterbi(scores: Float32Array, offset: number, length: number, crf: Crf): Uint8Array {
  const { tagCount: n, start, byTarget, reach } = crf;
  const path = new Uint8Array(length);
  if (length === 0) return path;
  if (back.length < length * n) back = new Uint8Array(length * n);
  let trellis = new Float64Array(n);
  let next = new Float64Array(n);
  for (let j = 0; j < n; j++) trellis[j] = start[j]! + scores[offset + j]!;
  for (let t = 1; t < length; t++) {
    let top = 0;
    for (let i = 1; i < n; i++) if (trellis[i]! > trellis[top]!) top = i;
    const floor = trellis[top]! - reach[top]! - SLACK;
    let count = 0;
    for (let i = 0; i < n; i++) if (i !== top && trellis[i]! >= floor) contenders[count++] = i;
    const row = offset + t * n;
    for (let j = 0; j < n; j++) {
      const base = j * n;
      let from = top;
      let best = trellis[top]! + byTarget[base + top]!;
      for (let k = 0; k < count; k++) {
        const i = contenders[k]!;
        const v = trellis[i]! + byTarget[base + i]!;
        if (v > best || (v === best && i < from)) {
          best = v;
          from = i;
        }
      }
      next[j] = scores[row + j]! + best;
      back[t * n + j] = from;
    }
    const swap = trellis;
    trellis = next;
    next = swap;
  }
  let last = 0;
  for (let j = 1; j < n; j++) if (trellis[j]! > trellis[last]!) last = j;
  path[length - 1] = last;
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * n + path[t]!]!;
  return path;
}
