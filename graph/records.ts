// Reads `gonghui-kg extract --format jsonl` output back into article records, so a graph can
// be built from records extracted earlier (or elsewhere).
import { readFileSync } from 'node:fs';
import { KgError } from '../extractor/errors.js';
import type { ArticleRecord } from '../extractor/index.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../extractor/types.js';

// Types become Neo4j labels and relationship types, and names of constraints and indexes.
const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);
const RELATION_TYPE_SET = new Set<string>(RELATION_TYPES);

function checkRecord(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return 'not a JSON object';
  const r = value as Partial<ArticleRecord>;
  if (typeof r.source !== 'string' || r.source === '') return 'missing "source"';
  if (typeof r.index !== 'number' || !Number.isInteger(r.index)) return 'missing integer "index"';
  if (typeof r.title !== 'string') return 'missing "title"';
  if (r.span === undefined || typeof r.span.start !== 'number' || typeof r.span.end !== 'number') return 'missing "span"';
  if (!Array.isArray(r.entities)) return 'missing "entities" array';
  if (!Array.isArray(r.relations)) return 'missing "relations" array';
  for (const e of r.entities) {
    if (typeof e?.id !== 'string' || typeof e.type !== 'string' || typeof e.name !== 'string' || !Array.isArray(e.mentions)) {
      return 'an entity lacks "id", "type", "name" or "mentions"';
    }
    if (!ENTITY_TYPE_SET.has(e.type)) return `entity ${JSON.stringify(e.id)} has type ${JSON.stringify(e.type)}, expected one of ${ENTITY_TYPES.join(', ')}`;
  }
  for (const rel of r.relations) {
    if (typeof rel?.type !== 'string' || typeof rel.from !== 'string' || typeof rel.to !== 'string' || typeof rel.evidence?.text !== 'string') {
      return 'a relation lacks "type", "from", "to" or "evidence"';
    }
    if (!RELATION_TYPE_SET.has(rel.type)) return `a relation from ${JSON.stringify(rel.from)} has type ${JSON.stringify(rel.type)}, expected one of ${RELATION_TYPES.join(', ')}`;
  }
  return undefined;
}

/** Parses JSONL article records; a bad line is an error naming the file and line. */
export function parseRecords(text: string, path: string): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new KgError('build', `${path}:${i + 1}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    const problem = checkRecord(value);
    if (problem !== undefined) throw new KgError('build', `${path}:${i + 1}: not an article record: ${problem}`);
    const record = value as ArticleRecord;
    records.push({ ...record, subtitles: record.subtitles ?? [], kind: record.kind ?? 'news', byline: record.byline ?? [] });
  });
  return records;
}

export function readRecords(path: string): ArticleRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KgError('build', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, { cause: error });
  }
  return parseRecords(text, path);
}
