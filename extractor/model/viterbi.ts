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
}

/** `transitions[from][to]` over the tags plus a last row for the start state. */
export function crfOf(transitions: readonly (readonly number[])[], tagCount: number): Crf {
  const byTarget = new Float64Array(tagCount * tagCount);
  for (let i = 0; i < tagCount; i++) for (let j = 0; j < tagCount; j++) byTarget[j * tagCount + i] = transitions[i]![j]!;
  return { tagCount, start: Float64Array.from(transitions[tagCount]!.slice(0, tagCount)), byTarget };
}

/** The best path through `length` rows of tag scores starting at `scores[offset]`. */
export function viterbi(scores: Float32Array, offset: number, length: number, crf: Crf): Uint8Array {
  const { tagCount: n, start, byTarget } = crf;
  const path = new Uint8Array(length);
  if (length === 0) return path;
  let trellis = new Float64Array(n);
  let next = new Float64Array(n);
  for (let j = 0; j < n; j++) trellis[j] = start[j]! + scores[offset + j]!;
  const back = new Uint8Array(length * n);
  for (let t = 1; t < length; t++) {
    const row = offset + t * n;
    for (let j = 0; j < n; j++) {
      const base = j * n;
      let best = trellis[0]! + byTarget[base]!;
      let from = 0;
      for (let i = 1; i < n; i++) {
        const v = trellis[i]! + byTarget[base + i]!;
        if (v > best) {
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
