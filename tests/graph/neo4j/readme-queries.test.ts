// The README's ten analyst queries, run verbatim against a real server holding the graph the
// command line builds from seeds/. Expected rows are facts the seed gold annotates, so better
// extraction may add rows but must not lose these.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../../graph/neo4j/connection.js';
import { loadRows } from '../../../graph/neo4j/load.js';
import { runReadQuery } from '../../../graph/neo4j/query.js';
import { nodeRows, relationshipRows } from '../../../graph/neo4j/rows.js';
import { loadGraph } from '../../../graph/store/json.js';
import { neo4jSkipReason, startTestNeo4j, type TestNeo4j } from '../../helpers/neo4j.js';
import { readmeQueries } from './readme-queries.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const EXPECTED: Record<number, (rows: Record<string, unknown>[]) => void> = {
  1: (rows) => expect(rows).toContainEqual({ union: '三里屯街道总工会', role: '开展', initiative: '“夏送清凉”活动' }),
  2: (rows) => {
    expect(rows).toContainEqual({ person: '白向军', posts: ['昌平区人大常委会', '昌平区总工会'] });
    expect(rows).toContainEqual({ person: '齐明军', posts: ['海淀区人大常委会', '海淀区总工会'] });
  },
  3: (rows) => expect(rows).toEqual([{ path: ['三里屯街道总工会', '“夏送清凉”活动', '海淀区总工会'], hops: 2 }]),
  4: (rows) => expect(rows).toContainEqual({ first: '三里屯街道总工会', second: '海淀区总工会', initiatives: 1 }),
  5: (rows) =>
    expect(rows).toContainEqual({
      relation: 'ORGANIZED',
      role: null,
      article: 'Article:002_534601a385b8a284.txt#5',
      sentence: expect.stringMatching(/^海淀区总工会.*“夏送清凉”活动/),
    }),
  6: (rows) => expect(rows).toEqual([{ union: '双桥医院工会', levels: 1 }]),
  7: (rows) => expect(rows[0]).toMatchObject({ union: '北京市总工会' }),
  8: (rows) => expect(rows).toContainEqual({ person: '张晶', role: '记者', article: '首都工匠学院城市更新“未来工匠”创新研修班开班' }),
  9: (rows) => {
    expect(rows).toContainEqual({ place: '北京市公安局海淀分局海淀派出所', kind: 'Organization', initiatives: ['“夏送清凉”活动'] });
    expect(rows).toContainEqual({ place: '黄寺党群活动中心', kind: 'Organization', initiatives: ['“安贞最美劳动者”专题摄影展'] });
  },
  10: (rows) => expect(rows).toEqual([{ initiative: '“夏送清凉”活动', people: ['齐明军'] }]),
};

describe.skipIf(neo4jSkipReason !== undefined)('the README analyst queries on the seeds graph', () => {
  let neo: TestNeo4j;
  let out: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'gonghui-kg-seeds-'));
    const build = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'build', join(ROOT, 'seeds'), '--out', out], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    neo = await startTestNeo4j();
    const graph = loadGraph(join(out, 'graph.json'));
    const driver = await openDriver(neo.config);
    await loadRows(driver, neo.config, nodeRows(graph), relationshipRows(graph));
    await driver.close();
  });
  afterAll(async () => {
    await neo?.stop();
    if (out !== undefined) rmSync(out, { recursive: true, force: true });
  });

  it('the README lists twelve numbered analyst queries', () => {
    expect(readmeQueries().map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  for (const { number, title, query, params } of readmeQueries()) {
    it(`README query ${number}: ${title}`, async () => {
      const result = await runReadQuery(neo.config, query, params);
      expect(result.queryType).toBe('r');
      EXPECTED[number]?.(result.rows);
    });
  }
});
