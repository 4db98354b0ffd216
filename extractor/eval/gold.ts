// Reading the gold annotation files (`<stem>.gold.json`, see seeds/gold/GUIDELINES.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors.js';
import { ENTITY_TYPES, RELATION_TYPES, type ArticleKind, type EntityType, type RelationType } from '../types.js';

export interface GoldEntity {
  type: EntityType;
  name: string;
  mentions: string[];
  key?: string;
  roles?: string[];
}

export interface GoldRelation {
  type: RelationType;
  from: string;
  to: string;
  role?: string;
}

export interface GoldArticle {
  index: number;
  title: string;
  firstWords: string;
  kind: ArticleKind;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export interface GoldFile {
  source: string;
  articles: GoldArticle[];
}

function fail(file: string, what: string): never {
  throw new KgError('eval', `${file}: ${what}`);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Validates one parsed gold document; `file` names it in messages. */
export function parseGold(value: unknown, file: string): GoldFile {
  if (typeof value !== 'object' || value === null) fail(file, 'expected a JSON object');
  const doc = value as { source?: unknown; articles?: unknown };
  if (typeof doc.source !== 'string') fail(file, 'expected "source" to be a file name');
  if (!Array.isArray(doc.articles)) fail(file, 'expected "articles" to be an array');
  const articles = doc.articles.map((raw: unknown, i: number): GoldArticle => {
    const where = `article ${i + 1}`;
    const a = raw as Record<string, unknown>;
    if (typeof a !== 'object' || a === null) fail(file, `${where}: expected an object`);
    if (typeof a.index !== 'number') fail(file, `${where}: expected a numeric "index"`);
    if (!Array.isArray(a.entities) || !Array.isArray(a.relations)) {
      fail(file, `${where}: expected "entities" and "relations" arrays`);
    }
    const entities = a.entities.map((e: Record<string, unknown>, j: number): GoldEntity => {
      if (!ENTITY_TYPES.includes(e.type as EntityType)) fail(file, `${where}, entity ${j + 1}: unknown type ${String(e.type)}`);
      if (typeof e.name !== 'string') fail(file, `${where}, entity ${j + 1}: expected a "name"`);
      const entity: GoldEntity = {
        type: e.type as EntityType,
        name: e.name,
        mentions: isStringArray(e.mentions) ? e.mentions : [],
      };
      if (typeof e.key === 'string') entity.key = e.key;
      if (isStringArray(e.roles)) entity.roles = e.roles;
      return entity;
    });
    const relations = a.relations.map((r: Record<string, unknown>, j: number): GoldRelation => {
      if (!RELATION_TYPES.includes(r.type as RelationType)) fail(file, `${where}, relation ${j + 1}: unknown type ${String(r.type)}`);
      if (typeof r.from !== 'string' || typeof r.to !== 'string') fail(file, `${where}, relation ${j + 1}: expected "from" and "to"`);
      const relation: GoldRelation = { type: r.type as RelationType, from: r.from, to: r.to };
      if (typeof r.role === 'string') relation.role = r.role;
      return relation;
    });
    return {
      index: a.index,
      title: typeof a.title === 'string' ? a.title : '',
      firstWords: typeof a.firstWords === 'string' ? a.firstWords : '',
      kind: (typeof a.kind === 'string' ? a.kind : 'news') as ArticleKind,
      entities,
      relations,
    };
  });
  return { source: doc.source, articles };
}

/** Every `*.gold.json` in `dir`, sorted by file name. */
export function loadGoldDir(dir: string): GoldFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort();
  } catch (error) {
    throw new KgError('eval', `cannot read gold directory ${dir}: ${(error as Error).message}`, { cause: error });
  }
  if (names.length === 0) throw new KgError('eval', `no *.gold.json files in ${dir}`);
  return names.map((name) => {
    const path = join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new KgError('eval', `${path}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    return parseGold(parsed, path);
  });
}
