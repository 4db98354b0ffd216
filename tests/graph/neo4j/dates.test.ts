// Dates in Neo4j are DATE values: `WHERE a.date >= date('2020-01-01')` finds the right articles,
// and the README's per-year query groups initiatives by district and year.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { buildGraph } from '../../../graph/build.js';
import type { KgGraph } from '../../../graph/model.js';
import { openDriver } from '../../../graph/neo4j/connection.js';
import { loadRows } from '../../../graph/neo4j/load.js';
import { runReadQuery } from '../../../graph/neo4j/query.js';
import { nodeRows, relationshipRows } from '../../../graph/neo4j/rows.js';
import { loadGraph } from '../../../graph/store/json.js';
import { REAL_ARTICLES, REAL_MANIFEST } from '../../helpers/real-news.js';
import { neo4jSkipReason, startTestNeo4j, type TestNeo4j } from '../../helpers/neo4j.js';
import { CLI, datedPages } from '../helpers.js';
import { readmeQueries } from './readme-queries.js';

const query = (n: number) => readmeQueries().find((q) => q.number === n)!;

describe.skipIf(neo4jSkipReason !== undefined)('dates in Neo4j', () => {
  let neo: TestNeo4j;
  let driver: Driver;

  beforeAll(async () => {
    neo = await startTestNeo4j();
    driver = await openDriver(neo.config);
  }, 180_000);
  afterAll(async () => {
    await driver?.close();
    await neo?.stop();
  });
  beforeEach(async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' });
  });

  const load = (graph: KgGraph) => loadRows(driver, neo.config, nodeRows(graph), relationshipRows(graph));

  it('compares article dates with date(), and runs the README per-year query', async () => {
    const { graph } = buildGraph(datedPages());
    graph.mergeNodeAttributes('Initiative:“匠心杯”职工技能竞赛', { district: '朝阳区' });
    await load(graph);
    const since = await runReadQuery(neo.config, "MATCH (a:Article) WHERE a.date >= date('2024-01-01') RETURN a.id AS id ORDER BY id", {});
    // 2024-06 (a month) is stored as its first day.
    expect(since.rows).toEqual([{ id: 'Article:page_a.txt#2' }, { id: 'Article:page_b.txt#1' }]);
    const perYear = await runReadQuery(neo.config, query(11).query, query(11).params);
    expect(perYear.rows).toContainEqual({ district: '朝阳区', year: 2023, initiatives: 1 });
    const articles = await runReadQuery(neo.config, query(12).query, { since: '2024-02-01' });
    expect(articles.rows).toEqual([
      { article: '望京街道工会服务站揭牌', date: '2024-02-01', outlet: '朝阳报' },
      { article: '职工书屋<开放>日 & “读书会”', date: '2024-06-01', outlet: '朝阳报' },
    ]);
  });

  it('finds the real-news articles of a period as the manifest dates them', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gonghui-kg-real-'));
    try {
      const build = spawnSync(process.execPath, [CLI, 'build', REAL_ARTICLES, '--manifest', REAL_MANIFEST, '--out', out, '--no-gexf', '-q'], { encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
      await load(loadGraph(join(out, 'graph.json')));
      const expected = readFileSync(REAL_MANIFEST, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => /^([^,]+),[^,]*,(\d{4}-\d{2}-\d{2}),/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null && m[2]! >= '2020-01-01')
        .map((m) => `Article:${m[1]}#1`)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      const result = await runReadQuery(neo.config, "MATCH (a:Article) WHERE a.date >= date('2020-01-01') RETURN a.id AS id ORDER BY id", {});
      expect(result.rows.map((r) => r.id)).toEqual(expected);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
