import { describe, expect, it } from 'vitest';
import { crfOf, viterbi, type Crf } from '../../../extractor/model/viterbi.js';
import { CRF } from '../../../extractor/model/vocabulary.js';

/** tf.contrib.crf.viterbi_decode as foolnltk runs it: every previous tag for every target, ties to the lower id. */
function fullSearch(scores: Float32Array, offset: number, length: number, crf: Crf): number[] {
  const n = crf.tagCount;
  let trellis = Array.from({ length: n }, (_, j) => crf.start[j]! + scores[offset + j]!);
  const back: number[][] = [];
  for (let t = 1; t < length; t++) {
    const pointers: number[] = [];
    trellis = Array.from({ length: n }, (_, j) => {
      let from = 0;
      for (let i = 1; i < n; i++) if (trellis[i]! + crf.bySource[i * n + j]! > trellis[from]! + crf.bySource[from * n + j]!) from = i;
      pointers.push(from);
      return scores[offset + t * n + j]! + trellis[from]! + crf.bySource[from * n + j]!;
    });
    back.push(pointers);
  }
  const path = [trellis.indexOf(Math.max(...trellis))];
  for (let t = back.length - 1; t >= 0; t--) path.unshift(back[t]![path[0]!]!);
  return path;
}

/** A small seeded generator (xorshift32), so every run decodes the same scores. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe('CRF decoding', () => {
  it('finds the path the full search finds, under the model’s transitions', () => {
    const random = seeded(7);
    const n = CRF.tagCount;
    // Scores like the model's: one tag well ahead at most characters, some characters undecided.
    const scores = Float32Array.from({ length: 4000 * n }, () => (random() < 0.06 ? 8 + 4 * random() : 6 * random() - 4));
    for (let offset = 0, length = 1; offset + length <= 4000; offset += length, length = 1 + Math.floor(random() * 60)) {
      expect(Array.from(viterbi(scores, offset * n, length, CRF))).toEqual(fullSearch(scores, offset * n, length, CRF));
    }
  });

  it('breaks ties as the full search does, to the lower tag', () => {
    const random = seeded(11);
    const n = 6;
    // Small whole numbers: many paths of equal score.
    const transitions = Array.from({ length: n + 1 }, () => Array.from({ length: n + 1 }, () => Math.floor(random() * 3)));
    const crf = crfOf(transitions, n);
    const scores = Float32Array.from({ length: 3000 * n }, () => Math.floor(random() * 3));
    let paths = 0;
    for (let offset = 0, length = 1; offset + length <= 3000; offset += length, length = 1 + Math.floor(random() * 30)) {
      expect(Array.from(viterbi(scores, offset * n, length, crf))).toEqual(fullSearch(scores, offset * n, length, crf));
      paths++;
    }
    expect(paths).toBeGreaterThan(100);
    const even = crfOf([[0, 0], [0, 0], [0, 0]], 2);
    expect(Array.from(viterbi(new Float32Array(6), 0, 3, even))).toEqual([0, 0, 0]);
  });
});
