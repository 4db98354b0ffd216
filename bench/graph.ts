// `npm run bench:graph`: the graph side at scale, on synthetic data generated here (seeded).
//  1. A 100k-article corpus of extracted records → build, analytics, layout, graph.json, then
//     every export, each timed, with the peak memory of the process doing it.
//  2. GEXF export of a 50k-node / 250k-edge graph by our streaming writer next to networkx's
//     write_gexf of the same graph, in the same run.
//  3. GEXF export of a dated graph (dynamic: start and end on every element) next to the same graph without dates,
//     rounds alternated, medians of CPU time compared (target: no more than 1.1×).
// The synthetic articles are dated over 2015–2025.
// Every stage runs in a child process of its own, so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignAnalytics } from '../graph/analytics/index.js';
import { seededRandom } from '../graph/analytics/rng.js';
import { type KgGraph, buildGraph, createGraph } from '../graph/build.js';
import { exportCsv } from '../graph/export/csv.js';
import { exportCypher } from '../graph/export/cypher.js';
import { exportGexf } from '../graph/export/gexf-file.js';
import { exportGraphml } from '../graph/export/graphml.js';
import { exportJson } from '../graph/export/json.js';
import { assignLayout } from '../graph/layout.js';
import { loadGraph, saveGraph } from '../graph/store/json.js';
import { addDays } from '../extractor/dates/calendar.js';
import { median } from './median.js';
import type { ArticleRecord, Entity, EntityType, Relation, RelationType } from '../extractor/types.js';
import type { NodeLabel } from '../graph/schema.js';

const SELF = fileURLToPath(import.meta.url);
const PYTHON = '/usr/bin/python3';

interface Measure {
  stage: string;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds (user + system) of the stage's process: comparable on a busy machine. */
  cpu: number;
  /** Peak resident set size of the stage's process so far, MiB. */
  peakMiB: number;
  note?: string;
}

function peakMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function timed(stage: string, run: () => string | void): Measure {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const note = run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { stage, seconds: Math.round(seconds * 100) / 100, cpu: Math.round((cpu.user + cpu.system) / 1e4) / 100, peakMiB: peakMiB(), ...(note ? { note } : {}) };
}

function mib(path: string): string {
  return `${(statSync(path).size / 1024 / 1024).toFixed(1)} MiB`;
}

// ---- synthetic data ----------------------------------------------------------------------

const CHARS = [...'华建城通达信泰恒远博安康盛鑫宏科中京兴源顺发联创利嘉金明新光荣阳春海山河东西南北'];
const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏飞宇浩然欣怡晨雪梅志宏海波俊峰立新春雷晶颖琳'];

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
/** Skewed pick: a few entities appear very often, most rarely (as in real news). */
const skewed = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() ** 2.5 * items.length)]!;

function word(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += pick(rng, CHARS);
  return out;
}

interface Pools {
  District: string[];
  Street: string[];
  Union: string[];
  Organization: string[];
  Initiative: string[];
  Person: string[];
}

function pools(rng: Rng, articles: number): Pools {
  const unique = (count: number, make: (i: number) => string): string[] => [...new Set(Array.from({ length: count }, (_, i) => make(i)))];
  const scale = articles / 100_000;
  const districts = unique(40, (i) => `${word(rng, 2)}${i}区`);
  const streets = unique(Math.max(10, Math.round(600 * scale)), (i) => `${word(rng, 2)}${i}街道`);
  return {
    District: districts,
    Street: streets,
    Union: unique(Math.max(10, Math.round(6_000 * scale)), (i) => `${pick(rng, districts)}${word(rng, 3)}${i}总工会`),
    Organization: unique(Math.max(10, Math.round(10_000 * scale)), (i) => `北京${word(rng, 3)}${i}有限公司`),
    Initiative: unique(Math.max(10, Math.round(20_000 * scale)), (i) => `“${word(rng, 2)}杯”职工技能竞赛第${i}届`),
    Person: unique(Math.max(10, Math.round(30_000 * scale)), (i) => `${pick(rng, SURNAMES)}${pick(rng, GIVEN)}${pick(rng, GIVEN)}${i}`),
  };
}

export function syntheticRecords(count: number, seed: number): ArticleRecord[] {
  const rng = seededRandom(seed);
  const pool = pools(rng, count);
  const records: ArticleRecord[] = [];
  const perPage = 50;
  for (let a = 0; a < count; a++) {
    const source = `page_${String(Math.floor(a / perPage)).padStart(5, '0')}.txt`;
    const index = (a % perPage) + 1;
    let offset = index * 2_000;
    const entities = new Map<string, Entity>();
    const add = (type: EntityType, name: string): string => {
      const id = `${type}:${name}`;
      const mentions = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => {
        const start = offset;
        offset += name.length + 20;
        return { text: name, start, end: start + name.length };
      });
      const existing = entities.get(id);
      if (existing === undefined) entities.set(id, { id, type, name, mentions, ...(type === 'Person' ? { roles: [pick(rng, ['主席', '职工', '记者', '副主席'])] } : {}) });
      return id;
    };
    const district = add('District', skewed(rng, pool.District));
    const street = add('Street', skewed(rng, pool.Street));
    const union = add('Union', skewed(rng, pool.Union));
    const org = add('Organization', skewed(rng, pool.Organization));
    const initiative = add('Initiative', skewed(rng, pool.Initiative));
    const reporter = add('Person', skewed(rng, pool.Person));
    const member = add('Person', skewed(rng, pool.Person));
    const relation = (type: RelationType, from: string, to: string, role?: string): Relation => {
      const start = offset;
      offset += 40;
      const text = `${from.split(':')[1]}${role ?? '参与'}${to === 'ARTICLE' ? '报道' : to.split(':')[1]}。`;
      return { type, from, to, ...(role === undefined ? {} : { role }), evidence: { start, end: start + text.length, text } };
    };
    const relations: Relation[] = [
      relation('LOCATED_IN', union, district),
      relation('LOCATED_IN', street, district),
      relation('ORGANIZED', union, initiative, pick(rng, ['主办', '承办', '举办'])),
      relation('PARTICIPATED_IN', org, initiative),
      relation('HELD_AT', initiative, street),
      relation('MEMBER_OF', member, union, '主席'),
      relation('REPORTED', reporter, 'ARTICLE', '记者'),
    ];
    records.push({
      source,
      index,
      title: `${entities.get(union)!.name}开展${entities.get(initiative)!.name}`,
      subtitles: [],
      kind: 'news',
      date: addDays('2015-01-01', Math.floor(rng() * 4018)),
      dateSource: 'manifest',
      span: { start: index * 2_000, end: offset },
      byline: [{ name: entities.get(reporter)!.name, role: '记者' }],
      entities: [...entities.values()],
      relations,
    });
  }
  return records;
}

const LABELS: readonly NodeLabel[] = ['Union', 'District', 'Street', 'Person', 'Organization', 'Initiative', 'Article'];

/** A random graph of exactly `nodes` nodes and `edges` edges with the attributes `build` gives. */
export function syntheticGraph(nodes: number, edges: number, seed: number): KgGraph {
  const rng = seededRandom(seed);
  const graph = createGraph();
  const ids: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const label = pick(rng, LABELS);
    const name = `${word(rng, 4)}${i}`;
    const id = `${label}:${name}`;
    ids.push(id);
    graph.addNode(id, {
      label, name, aliases: [word(rng, 2)], mentions: 1 + Math.floor(rng() * 20), firstSource: 'a.txt', lastSource: 'b.txt',
      district: `${word(rng, 2)}区`, degree: 0, weightedDegree: 0, pagerank: rng() / nodes, betweenness: rng() / 1000,
      community: Math.floor(rng() * 200), component: 0, x: Math.round((rng() - 0.5) * 1e5) / 100, y: Math.round((rng() - 0.5) * 1e5) / 100,
    });
  }
  const types = ['LOCATED_IN', 'ORGANIZED', 'PARTICIPATED_IN', 'MEMBER_OF', 'MENTIONS'] as const;
  for (let i = 0; i < edges; i++) {
    const source = skewed(rng, ids);
    const target = pick(rng, ids);
    const type = pick(rng, types);
    const text = `${word(rng, 12)}。`;
    graph.addDirectedEdgeWithKey(`${type}|${source}|${target}|${i}`, source, target, {
      type, weight: 1, evidence: [{ article: `Article:p.txt#${i % 100}`, text, start: i, end: i + text.length }],
    });
  }
  return graph;
}

// ---- stages (each in its own process) ------------------------------------------------------

function stageCorpus(dir: string, articles: number): Measure[] {
  const measures: Measure[] = [];
  let records: ArticleRecord[] = [];
  measures.push(timed('generate records', () => {
    records = syntheticRecords(articles, 42);
    return `${records.length} articles`;
  }));
  let graph: KgGraph | undefined;
  measures.push(timed('build graph', () => {
    graph = buildGraph(records).graph;
    return `${graph.order} nodes, ${graph.size} edges`;
  }));
  records = [];
  measures.push(timed('analytics', () => assignAnalytics(graph!)));
  measures.push(timed('layout (ForceAtlas2)', () => assignLayout(graph!)));
  measures.push(timed('write graph.json', () => {
    saveGraph(graph!, join(dir, 'graph.json'));
    return mib(join(dir, 'graph.json'));
  }));
  return measures;
}

function stageExport(dir: string, format: string): Measure[] {
  let graph: KgGraph | undefined;
  const load = timed('load graph.json', () => {
    graph = loadGraph(join(dir, 'graph.json'));
  });
  const out = join(dir, `export.${format}`);
  const write = timed(`export ${format}`, () => {
    if (format === 'gexf') exportGexf(graph!, out);
    else if (format === 'graphml') exportGraphml(graph!, out);
    else if (format === 'json') exportJson(graph!, out);
    else if (format === 'cypher') exportCypher(graph!, out);
    else if (format === 'csv') {
      mkdirSync(out, { recursive: true });
      const files = exportCsv(graph!, out);
      return `${mib(files.nodes)} + ${mib(files.relationships)}`;
    }
    return mib(out);
  });
  return [load, write];
}

function stageGexfPrepare(dir: string, nodes: number, edges: number): Measure[] {
  const graph = syntheticGraph(nodes, edges, 7);
  return [timed(`generate ${nodes}/${edges} graph`, () => exportJson(graph, join(dir, 'compare.json')))];
}

function stageGexfOurs(dir: string): Measure[] {
  let graph = createGraph();
  const load = timed('load compare graph', () => {
    graph.import(JSON.parse(readFileSync(join(dir, 'compare.json'), 'utf8')));
  });
  const write = timed('gonghui-kg GEXF writer', () => {
    exportGexf(graph, join(dir, 'ours.gexf'));
    return mib(join(dir, 'ours.gexf'));
  });
  graph = createGraph();
  return [load, write];
}

/** A copy of `records` as an undated corpus would give them. */
function undated(records: readonly ArticleRecord[]): ArticleRecord[] {
  return records.map(({ date: _date, dateSource: _source, ...rest }) => rest);
}

/** The same corpus built with and without dates, laid out alike, GEXF written in alternating rounds. */
function stageGexfDates(dir: string, articles: number, rounds: number): Measure[] {
  const records = syntheticRecords(articles, 42);
  const graphs = { dated: buildGraph(records).graph, undated: buildGraph(undated(records)).graph };
  for (const graph of Object.values(graphs)) {
    assignAnalytics(graph);
    // Positions from a seeded scatter: the layout is not what is measured.
    const rng = seededRandom(3);
    graph.updateEachNodeAttributes((_node, a) => ({ ...a, x: Math.round(rng() * 10_000) / 10, y: Math.round(rng() * 10_000) / 10 }));
  }
  const cpu: Record<'dated' | 'undated', number[]> = { dated: [], undated: [] };
  const wall: Record<'dated' | 'undated', number[]> = { dated: [], undated: [] };
  for (let round = 0; round < rounds; round++) {
    for (const kind of round % 2 === 0 ? (['undated', 'dated'] as const) : (['dated', 'undated'] as const)) {
      const m = timed(`GEXF ${kind}`, () => exportGexf(graphs[kind], join(dir, `${kind}.gexf`)));
      cpu[kind].push(m.cpu);
      wall[kind].push(m.seconds);
    }
  }
  const measure = (kind: 'dated' | 'undated'): Measure => ({
    stage: `GEXF ${kind} (median of ${rounds})`,
    seconds: Math.round(median(wall[kind]) * 100) / 100,
    cpu: Math.round(median(cpu[kind]) * 100) / 100,
    peakMiB: peakMiB(),
    note: `${mib(join(dir, `${kind}.gexf`))}${kind === 'dated' ? `, ${(median(cpu.dated) / median(cpu.undated)).toFixed(2)}× the undated CPU time` : ''}`,
  });
  return [measure('undated'), measure('dated')];
}

/** networkx gets the same nodes, edges and attributes (viz included) and writes GEXF 1.2draft, the newest it can write. */
const NETWORKX_WRITE = `
import json, os, resource, sys, time
import networkx as nx
data = json.load(open(sys.argv[1], encoding="utf-8"))
colors = {"Union": (214, 39, 40), "District": (31, 119, 180), "Street": (23, 190, 207), "Region": (148, 103, 189),
  "Person": (255, 127, 14), "Organization": (44, 160, 44), "Initiative": (227, 119, 194), "Article": (127, 127, 127)}
G = nx.MultiDiGraph()
for n in data["nodes"]:
    a = dict(n["attributes"])
    r, g, b = colors[a["label"]]
    a["type"] = a.pop("label")
    a["aliases"] = json.dumps(a["aliases"], ensure_ascii=False)
    x, y = a.pop("x"), a.pop("y")
    a["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": 4.0, "position": {"x": x, "y": y, "z": 0.0}}
    G.add_node(n["key"], label=a["name"], **a)
for e in data["edges"]:
    a = dict(e["attributes"])
    a["evidence"] = json.dumps(a["evidence"], ensure_ascii=False)
    G.add_edge(e["source"], e["target"], key=e["key"], **a)
del data
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
cpu_start = sum(os.times()[:2])
nx.write_gexf(G, sys.argv[2])
seconds = time.perf_counter() - start
cpu = sum(os.times()[:2]) - cpu_start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "cpu": cpu, "peakBeforeMiB": before // 1024, "peakMiB": after // 1024}))
`;

// ---- orchestration ------------------------------------------------------------------------

function runStage(args: string[]): Measure[] {
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', SELF, '--stage', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`stage ${args.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Measure[];
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function main(): void {
  const stage = process.argv.indexOf('--stage');
  if (stage >= 0) {
    const [name, dir, ...rest] = process.argv.slice(stage + 1);
    const measures =
      name === 'corpus' ? stageCorpus(dir!, Number(rest[0]))
      : name === 'export' ? stageExport(dir!, rest[0]!)
      : name === 'gexf-prepare' ? stageGexfPrepare(dir!, Number(rest[0]), Number(rest[1]))
      : name === 'gexf-ours' ? stageGexfOurs(dir!)
      : name === 'gexf-dates' ? stageGexfDates(dir!, Number(rest[0]), Number(rest[1]))
      : [];
    process.stdout.write(`${JSON.stringify(measures)}\n`);
    return;
  }

  const articles = option('--articles', 100_000);
  const gexfNodes = option('--gexf-nodes', 50_000);
  const gexfEdges = option('--gexf-edges', 250_000);
  const datedArticles = option('--dated-articles', 20_000);
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-bench-graph-'));
  const rows: Measure[] = [];
  const report = (measures: Measure[]): void => {
    for (const m of measures) {
      rows.push(m);
      process.stdout.write(`${m.stage.padEnd(28)} ${m.seconds.toFixed(2).padStart(8)} s  cpu ${m.cpu.toFixed(2).padStart(8)} s  peak ${String(m.peakMiB).padStart(6)} MiB${m.note ? `  ${m.note}` : ''}\n`);
    }
  };
  try {
    process.stdout.write(`# ${articles} synthetic articles (seeded): build, analytics, layout, graph.json, exports\n`);
    report(runStage(['corpus', dir, String(articles)]));
    for (const format of ['gexf', 'graphml', 'csv', 'json', 'cypher']) report(runStage(['export', dir, format]));

    process.stdout.write(`\n# GEXF export of a ${gexfNodes}-node / ${gexfEdges}-edge graph, same run\n`);
    report(runStage(['gexf-prepare', dir, String(gexfNodes), String(gexfEdges)]));
    const ours = runStage(['gexf-ours', dir]);
    report(ours);
    const python = spawnSync(PYTHON, ['-c', NETWORKX_WRITE, join(dir, 'compare.json'), join(dir, 'networkx.gexf')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (python.status !== 0) {
      process.stdout.write(`networkx write_gexf: not run (${python.stderr.trim().split('\n').at(-1) ?? 'python3-networkx missing'})\n`);
    } else {
      const nx = JSON.parse(python.stdout.trim()) as { seconds: number; cpu: number; peakBeforeMiB: number; peakMiB: number };
      const oursWrite = ours[1]!;
      const oursLoad = ours[0]!;
      report([{ stage: 'networkx write_gexf', seconds: Math.round(nx.seconds * 100) / 100, cpu: Math.round(nx.cpu * 100) / 100, peakMiB: nx.peakMiB, note: mib(join(dir, 'networkx.gexf')) }]);
      process.stdout.write(
        `\nspeed: gonghui-kg ${oursWrite.seconds.toFixed(2)} s (cpu ${oursWrite.cpu.toFixed(2)} s) vs networkx ${nx.seconds.toFixed(2)} s (cpu ${nx.cpu.toFixed(2)} s) → ${(nx.cpu / oursWrite.cpu).toFixed(2)}× networkx's speed in CPU time\n` +
          `memory while writing: gonghui-kg +${oursWrite.peakMiB - oursLoad.peakMiB} MiB over the loaded graph, networkx +${nx.peakMiB - nx.peakBeforeMiB} MiB over its graph (output ${mib(join(dir, 'ours.gexf'))})\n`,
      );
    }

    process.stdout.write(`\n# GEXF of ${datedArticles} articles with dates (dynamic) and without, same run\n`);
    report(runStage(['gexf-dates', dir, String(datedArticles), '5']));
    const resultsDir = fileURLToPath(new URL('../../bench/results/', import.meta.url));
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'graph.json'), `${JSON.stringify({ articles, gexfNodes, gexfEdges, datedArticles, rows }, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run only as a script, so the generators can be imported.
if (process.argv[1] === SELF) main();
