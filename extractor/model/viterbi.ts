// CRF decoding of the model's per-character scores: the best tag path under the transition
// scores, as foolnltk decodes it (tf.contrib.crf.viterbi_decode after a start state), so the tags
// are the package's own. Ties go to the lower tag id, as numpy's argmax does. Scores are summed
// in doubles, as numpy sums them.

/** The transition scores laid out for decoding. */
export interface Crf {
  tagCount: number;
  /** Score of starting in each tag. */
  start: Float64Array;
  /** bySource[i * tagCount + j]: the score of going from tag i to tag j (one row per source, read in order). */
  bySource: Float64Array;
  /**
   * reach[i]: how far below tag i's path score another tag's can be and still give some target
   * tag a path as good as the one through i (the largest, over targets, of the best transition into
   * the target less the transition from i).
   */
  reach: Float64Array;
  /**
   * For a leading tag t and another tag i, the targets j by how much better the transition from i
   * into j is than the one from t (at [(t * tagCount + i) * tagCount + k], best first), and that
   * advantage: i can win j only if it trails t by no more than it.
   */
  targets: Uint8Array;
  advantage: Float64Array;
}

/** `transitions[from][to]` over the tags plus a last row for the start state. */
export function crfOf(transitions: readonly (readonly number[])[], tagCount: number): Crf {
  const n = tagCount;
  const bySource = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) bySource[i * n + j] = transitions[i]![j]!;
  const bestInto = Array.from({ length: n }, (_, j) => Math.max(...Array.from({ length: n }, (_, i) => bySource[i * n + j]!)));
  const reach = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) reach[i] = Math.max(reach[i]!, bestInto[j]! - bySource[i * n + j]!);
  const targets = new Uint8Array(n * n * n);
  const advantage = new Float64Array(n * n * n);
  for (let top = 0; top < n; top++) {
    for (let i = 0; i < n; i++) {
      const gain = (j: number): number => bySource[i * n + j]! - bySource[top * n + j]!;
      const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => gain(b) - gain(a) || a - b);
      const at = (top * n + i) * n;
      order.forEach((j, k) => {
        targets[at + k] = j;
        advantage[at + k] = gain(j);
      });
    }
  }
  return { tagCount: n, start: Float64Array.from(transitions[n]!.slice(0, n)), bySource, reach, targets, advantage };
}

/** Widens the cut-offs so that rounding in the sums can never leave a contender out. */
const SLACK = 1e-6;

/** Back pointers, grown to the longest piece decoded, and the two trellis rows, kept: decoding runs once per sentence. */
let back = new Uint8Array(4096);
let rows = [new Float64Array(0), new Float64Array(0)] as const;
const contenders = new Uint8Array(256);

/**
 * The best path through `length` rows of tag scores starting at `scores[offset]`. At each step only
 * the best previous tag and those within its reach can win any target (one character's scores are
 * mostly far apart: a few of the 25 tags), and each of those only the targets whose transition
 * favours it by at least the score it trails by; the sums compared are the full search's, so the
 * path is the same.
 */
export function viterbi(scores: Float32Array, offset: number, length: number, crf: Crf): Uint8Array {
  const { tagCount: n, start, bySource, reach, targets, advantage } = crf;
  const path = new Uint8Array(length);
  if (length === 0) return path;
  if (back.length < length * n) back = new Uint8Array(length * n);
  if (rows[0].length !== n) rows = [new Float64Array(n), new Float64Array(n)];
  let [trellis, next] = rows;
  let top = 0;
  let topScore = -Infinity;
  for (let j = 0; j < n; j++) {
    const v = start[j]! + scores[offset + j]!;
    trellis[j] = v;
    if (v > topScore) {
      topScore = v;
      top = j;
    }
  }
  for (let t = 1; t < length; t++) {
    // Every target starts with the path through the leading tag; the contenders may beat it.
    const floor = topScore - reach[top]! - SLACK;
    const step = t * n;
    const fromTop = top * n;
    let count = 0;
    for (let i = 0; i < n; i++) {
      contenders[count] = i;
      count += trellis[i]! >= floor && i !== top ? 1 : 0;
      next[i] = topScore + bySource[fromTop + i]!;
      back[step + i] = top;
    }
    for (let k = 0; k < count; k++) {
      const i = contenders[k]!;
      const score = trellis[i]!;
      const behind = topScore - score - SLACK;
      const pair = (top * n + i) * n;
      const fromI = i * n;
      for (let m = 0; m < n && advantage[pair + m]! >= behind; m++) {
        const j = targets[pair + m]!;
        const v = score + bySource[fromI + j]!;
        if (v > next[j]! || (v === next[j]! && i < back[step + j]!)) {
          next[j] = v;
          back[step + j] = i;
        }
      }
    }
    const row = offset + t * n;
    topScore = -Infinity;
    for (let j = 0; j < n; j++) {
      const v = next[j]! + scores[row + j]!;
      next[j] = v;
      if (v > topScore) {
        topScore = v;
        top = j;
      }
    }
    const swap = trellis;
    trellis = next;
    next = swap;
  }
  path[length - 1] = top;
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * n + path[t]!]!;
  return path;
}
