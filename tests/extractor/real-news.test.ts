// The whole extraction on the real-news development set (tests/fixtures/real-news: 18 articles
// from Beijing and eight other provinces, many outlets), measured against its gold. The floors
// only ever rise: they are the figures reached, rounded down, so a regression fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGoldDir } from '../../extractor/eval/gold.js';
import { scoreCorpus, type EvalReport } from '../../extractor/eval/score.js';
import { extractSources } from '../../extractor/extract.js';
import type { ArticleRecord, Source } from '../../extractor/types.js';
import { belowFloors, extractWithModel, REPO, textSources } from '../helpers/eval-set.js';

const SET = join(REPO, 'tests', 'fixtures', 'real-news');

// Lenient F1 floors per type; ALL is the micro average.
const ENTITY_FLOORS = { ALL: 0.9, Union: 0.93, District: 1, Street: 0.92, Region: 0.91, Person: 0.94, Organization: 0.87, Initiative: 0.82 };
const RELATION_FLOORS = {
  ALL: 0.85,
  LOCATED_IN: 0.88,
  SUBORDINATE_TO: 1,
  ORGANIZED: 0.77,
  PARTICIPATED_IN: 0.8,
  HELD_AT: 0.74,
  MEMBER_OF: 0.92,
  REPORTED: 1,
};
// With the named-entity model (what `extract` does by default).
const MODEL_ENTITY_FLOORS = { ALL: 0.92, Union: 0.93, District: 1, Street: 0.92, Region: 0.91, Person: 0.98, Organization: 0.9, Initiative: 0.82 };
const MODEL_RELATION_FLOORS = {
  ALL: 0.88,
  LOCATED_IN: 0.88,
  SUBORDINATE_TO: 1,
  ORGANIZED: 0.79,
  PARTICIPATED_IN: 0.9,
  HELD_AT: 0.74,
  MEMBER_OF: 0.99,
  REPORTED: 1,
};

let sources: Source[];
let records: ArticleRecord[];
let report: EvalReport;

beforeAll(() => {
  sources = textSources(join(SET, 'articles'));
  records = extractSources(sources);
  report = scoreCorpus(loadGoldDir(join(SET, 'gold')), records);
});

describe('extraction on the real-news development set', () => {
  it('holds gold and a manifest row for every article, and nothing else', () => {
    const articles = sources.map((s) => s.name);
    const gold = readdirSync(join(SET, 'gold')).filter((n) => n.endsWith('.gold.json')).map((n) => n.replace('.gold.json', '.txt')).sort();
    const manifest = readFileSync(join(SET, 'manifest.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]).sort();
    expect(articles.length).toBe(18);
    expect(gold).toEqual(articles);
    expect(manifest).toEqual(articles);
  });

  it('reaches the entity floors', () => {
    expect(belowFloors(report.entities.lenient, ENTITY_FLOORS)).toEqual([]);
  });

  it('reaches the relation floors', () => {
    expect(belowFloors(report.relations.lenient, RELATION_FLOORS)).toEqual([]);
  });

  it('gives every mention and every evidence its exact place in the source', () => {
    const byName = new Map(sources.map((s) => [s.name, s.text]));
    for (const record of records) {
      const text = byName.get(record.source)!;
      for (const entity of record.entities) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const relation of record.relations) expect(text.slice(relation.evidence.start, relation.evidence.end)).toBe(relation.evidence.text);
    }
  });
});

describe('extraction on the real-news development set, with the named-entity model', () => {
  let withModel: EvalReport;
  beforeAll(async () => {
    withModel = scoreCorpus(loadGoldDir(join(SET, 'gold')), await extractWithModel(textSources(join(SET, 'articles'))));
  });

  it('reaches the entity floors, with organizations and persons found at the precision asked for', () => {
    expect(belowFloors(withModel.entities.lenient, MODEL_ENTITY_FLOORS)).toEqual([]);
    const { Organization: org, Person: person } = withModel.entities.lenient.byType;
    expect([org!.recall, org!.precision].every((x) => x >= 0.75), `Organization R ${org!.recall} P ${org!.precision}`).toBe(true);
    expect([person!.recall, person!.precision].every((x) => x >= 0.9), `Person R ${person!.recall} P ${person!.precision}`).toBe(true);
  });

  it('reaches the relation floors', () => {
    expect(belowFloors(withModel.relations.lenient, MODEL_RELATION_FLOORS)).toEqual([]);
  });
});
