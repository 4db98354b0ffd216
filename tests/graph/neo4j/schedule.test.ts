import { describe, expect, it } from 'vitest';
import { bucketRounds, relationshipRounds, runPool } from '../../../graph/neo4j/schedule.js';

describe('scheduling relationship batches', () => {
  it.each([1, 2, 3, 4, 5, 8])('covers every pair of %i buckets once, with disjoint pairs in each round', (buckets) => {
    const rounds = bucketRounds(buckets);
    const seen = rounds.flat().map(([a, b]) => `${a},${b}`);
    const expected: string[] = [];
    for (let a = 0; a < buckets; a++) for (let b = a; b < buckets; b++) expected.push(`${a},${b}`);
    expect([...seen].sort()).toEqual(expected.sort());
    for (const round of rounds) {
      const used = round.flatMap(([a, b]) => (a === b ? [a] : [a, b]));
      expect(new Set(used).size).toBe(used.length);
    }
  });

  it('puts every relationship in exactly one cell, and cells of one round share no node', () => {
    const names = ['北京市总工会', '朝阳区总工会', '海淀区总工会', '望京街道总工会', '张伟', '王芳', '李娜', '首都工匠学院', '朝阳区', '海淀区'];
    const rows = names.flatMap((from, i) => names.filter((_, j) => j !== i).map((to) => ({ from, to, id: `${from}->${to}` })));
    const rounds = relationshipRounds(rows, 2);
    expect(rounds.flat(2).map((row) => row.id).sort()).toEqual(rows.map((row) => row.id).sort());
    for (const round of rounds) {
      const owners = new Map<string, number>();
      round.forEach((cell, c) => {
        for (const row of cell) {
          for (const node of [row.from, row.to]) {
            expect(owners.get(node) ?? c).toBe(c);
            owners.set(node, c);
          }
        }
      });
    }
  });

  it('runs at most the given number of jobs at once and all of them', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(n);
      running--;
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
