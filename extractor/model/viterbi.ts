// CRF decoding of the model's per-character scores: the best tag path under the transition
// scores, as foolnltk decodes it (tf.contrib.crf.viterbi_decode after a start state), so the tags
// are the package's own. Ties go to the lower tag id, as numpy's argmax does.

/**
 * The best path through `length` rows of `tagCount` scores starting at `scores[offset]`;
 * `transitions` has one row per tag plus a last row for the start state.
 */
export function viterbi(
  scores: Float32Array,
  offset: number,
  length: number,
  tagCount: number,
  transitions: readonly (readonly number[])[],
): Uint8Array {
  const path = new Uint8Array(length);
  if (length === 0) return path;
  const start = transitions[tagCount]!;
  let trellis = new Float64Array(tagCount);
  let next = new Float64Array(tagCount);
  for (let j = 0; j < tagCount; j++) trellis[j] = start[j]! + scores[offset + j]!;
  const back = new Uint8Array(length * tagCount);
  for (let t = 1; t < length; t++) {
    const row = offset + t * tagCount;
    for (let j = 0; j < tagCount; j++) {
      let best = -Infinity;
      let from = 0;
      for (let i = 0; i < tagCount; i++) {
        const v = trellis[i]! + transitions[i]![j]!;
        if (v > best) {
          best = v;
          from = i;
        }
      }
      next[j] = scores[row + j]! + best;
      back[t * tagCount + j] = from;
    }
    [trellis, next] = [next, trellis];
  }
  let last = 0;
  for (let j = 1; j < tagCount; j++) if (trellis[j]! > trellis[last]!) last = j;
  path[length - 1] = last;
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * tagCount + path[t]!]!;
  return path;
}
