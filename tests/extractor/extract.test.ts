// The whole extraction on the five seed pages, measured against the analysts' gold. The floors
// only ever rise: they are the figures reached, rounded down, so a regression fails here.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGoldDir } from '../../extractor/eval/gold.js';
import { scoreCorpus, type EvalReport } from '../../extractor/eval/score.js';
import { extractSources } from '../../extractor/extract.js';
import type { ArticleRecord, Source } from '../../extractor/types.js';
import { belowFloors, extractWithModel, REPO, textSources } from '../helpers/eval-set.js';

const seedSources = (): Source[] => textSources(join(REPO, 'seeds'));
const goldDir = join(REPO, 'seeds', 'gold');

let sources: Source[];
let records: ArticleRecord[];
let report: EvalReport;

beforeAll(() => {
  sources = seedSources();
  records = extractSources(sources);
  report = scoreCorpus(loadGoldDir(goldDir), records);
});

// Lenient F1 floors per type; ALL is the micro average.
const ENTITY_FLOORS = { ALL: 0.93, Union: 0.97, District: 0.97, Street: 1, Region: 0.93, Person: 1, Organization: 0.89, Initiative: 0.88 };
const RELATION_FLOORS = {
  ALL: 0.9,
  LOCATED_IN: 0.95,
  SUBORDINATE_TO: 0.66,
  ORGANIZED: 0.83,
  PARTICIPATED_IN: 0.72,
  HELD_AT: 0.97,
  MEMBER_OF: 0.93,
  REPORTED: 1,
};

// With the named-entity model (what `extract` does by default): no type below the rules alone.
const MODEL_ENTITY_FLOORS = { ...ENTITY_FLOORS, Organization: 0.89 };
const MODEL_RELATION_FLOORS = { ...RELATION_FLOORS, HELD_AT: 0.99 };

describe('extraction on the seed pages, with the named-entity model', () => {
  let withModel: EvalReport;
  beforeAll(async () => {
    withModel = scoreCorpus(loadGoldDir(goldDir), await extractWithModel(seedSources()));
  });

  it('reaches the entity and relation floors', () => {
    expect(belowFloors(withModel.entities.lenient, MODEL_ENTITY_FLOORS)).toEqual([]);
    expect(belowFloors(withModel.relations.lenient, MODEL_RELATION_FLOORS)).toEqual([]);
  });
});

describe('extraction on the seed pages', () => {
  it('reaches the entity floors, lenient and strict', () => {
    expect(belowFloors(report.entities.lenient, ENTITY_FLOORS)).toEqual([]);
    expect(report.entities.strict.byType.ALL!.f1).toBeGreaterThanOrEqual(0.93);
  });

  it('reaches the relation floors', () => {
    expect(belowFloors(report.relations.lenient, RELATION_FLOORS)).toEqual([]);
    expect(report.relations.strict.byType.ALL!.f1).toBeGreaterThanOrEqual(0.88);
  });

  it('gives every mention and every evidence its exact place in the source', () => {
    const byName = new Map(sources.map((s) => [s.name, s.text]));
    for (const record of records) {
      const text = byName.get(record.source)!;
      const ids = new Set(record.entities.map((e) => e.id));
      for (const entity of record.entities) {
        expect(entity.id).toBe(`${entity.type}:${entity.name}`);
        expect(entity.mentions.length).toBeGreaterThan(0);
        for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      for (const relation of record.relations) {
        expect(ids.has(relation.from), relation.from).toBe(true);
        expect(relation.to === 'ARTICLE' || ids.has(relation.to), relation.to).toBe(true);
        expect(text.slice(relation.evidence.start, relation.evidence.end)).toBe(relation.evidence.text);
        expect(relation.evidence.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('names a union once across pages: 市总工会 and 北京市总工会 are one node', () => {
    const unionIds = new Set(records.flatMap((r) => r.entities.filter((e) => e.type === 'Union').map((e) => e.id)));
    expect(unionIds.has('Union:北京市总工会')).toBe(true);
    expect(unionIds.has('Union:市总工会')).toBe(false);
    const first = records.find((r) => r.source.startsWith('000_') && r.index === 1)!;
    const city = first.entities.find((e) => e.id === 'Union:北京市总工会')!;
    expect(city.mentions.map((m) => m.text)).toContain('市总工会');
  });

  it('links a street union to its street and the street to its district', () => {
    const wangjing = records.find((r) => r.title.startsWith('望京街道总工会'))!;
    const located = wangjing.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.from} -> ${r.to}`);
    expect(located).toContain('Union:朝阳区望京街道总工会 -> Street:望京街道');
    expect(located).toContain('Street:望京街道 -> District:朝阳区');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractSources(seedSources()))).toBe(JSON.stringify(records));
  });
});
