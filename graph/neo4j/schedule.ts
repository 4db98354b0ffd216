// Running load transactions side by side without deadlocks. A relationship MERGE locks both of
// its end nodes, so two transactions may run together only if they touch different nodes. Nodes
// are hashed into buckets; a relationship belongs to the cell of its two end buckets; cells are
// grouped into rounds (a round-robin tournament schedule) in which no two cells share a bucket.

/** FNV-1a over UTF-16 code units: stable across runs and machines. */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/**
 * Pairs of buckets, round by round, such that every unordered pair {i, j} (i ≤ j) appears exactly
 * once and the pairs of one round are disjoint: first all {i, i}, then the circle method.
 */
export function bucketRounds(buckets: number): [number, number][][] {
  const rounds: [number, number][][] = [Array.from({ length: buckets }, (_, i): [number, number] => [i, i])];
  if (buckets < 2) return rounds;
  const n = buckets % 2 === 0 ? buckets : buckets + 1;
  for (let round = 0; round < n - 1; round++) {
    const pairs: [number, number][] = [];
    for (let k = 0; k < n / 2; k++) {
      const a = k === 0 ? n - 1 : (round + k) % (n - 1);
      const b = (round - k + (n - 1)) % (n - 1);
      // With an odd bucket count, bucket n - 1 does not exist: its partner sits this round out.
      if (a < buckets && b < buckets) pairs.push([Math.min(a, b), Math.max(a, b)]);
    }
    rounds.push(pairs);
  }
  return rounds;
}

/** Relationships in rounds of node-disjoint cells, for `workers` transactions at a time. */
export function relationshipRounds<R extends { from: string; to: string }>(rows: readonly R[], workers: number): R[][][] {
  const buckets = workers <= 1 ? 1 : 2 * workers;
  const cells = new Map<string, R[]>();
  for (const row of rows) {
    const a = bucketOf(row.from, buckets);
    const b = bucketOf(row.to, buckets);
    const key = `${Math.min(a, b)},${Math.max(a, b)}`;
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, [row]);
    else cell.push(row);
  }
  return bucketRounds(buckets)
    .map((pairs) => pairs.map(([a, b]) => cells.get(`${a},${b}`) ?? []).filter((cell) => cell.length > 0))
    .filter((round) => round.length > 0);
}

/** Runs `work` over `items` with at most `concurrency` in flight; rejects on the first failure. */
export async function runPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}
