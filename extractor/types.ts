// Shared data shapes of the extractor: text → sources → articles → entities → relations.
// Every offset is a JavaScript string index into the decoded source text (`Source.text`).

export interface Span {
  start: number;
  end: number;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Source {
  /** Path as given (resolved), used in messages. */
  path: string;
  /** File name (basename): the `source` field of every record. */
  name: string;
  /** sha256 of the raw bytes, hex. */
  sha256: string;
  encoding: Encoding;
  format: 'txt' | 'html';
  /** Decoded text (for HTML: the readable main text). All offsets point into this. */
  text: string;
  /** Page title, when the format carries one (HTML <title> / Readability title). */
  title?: string;
  /** Publication date the page's metadata gives (HTML meta tags, <time>, publication line), ISO. */
  published?: string;
}

/** Where an article's date comes from, most trusted first. */
export type DateSource = 'manifest' | 'html' | 'page' | 'dateline' | 'filename';

export type ArticleKind = 'news' | 'photo' | 'reprint' | 'continuation';

export interface BylineEntry {
  name: string;
  /** 记者, 通讯员, 摄影 … */
  role: string;
  /** Where the name is printed, in the source. */
  start: number;
  end: number;
}

export interface Article {
  /** File name of the source. */
  source: string;
  /** 1-based position on the page, in reading order. */
  index: number;
  title: string;
  subtitles: string[];
  kind: ArticleKind;
  byline: BylineEntry[];
  /** Extent of the article in the source. */
  span: Span;
  /**
   * Cleaned article text: title, subtitles and body paragraphs joined by "\n",
   * with column breaks inside words and sentences joined.
   */
  text: string;
  /**
   * offsets[i] is the source offset of text[i]; offsets[text.length] is the source
   * offset just past the last character. Length text.length + 1.
   */
  offsets: Int32Array;
  /** Where the title sits in `text` (empty range at 0 for a continuation). */
  titleRange: Span;
  /** Body paragraphs, as ranges in `text`. */
  paragraphs: Span[];
}

export type EntityType =
  | 'Union'
  | 'District'
  | 'Street'
  | 'Region'
  | 'Person'
  | 'Organization'
  | 'Initiative';

export const ENTITY_TYPES: readonly EntityType[] = [
  'Union',
  'District',
  'Street',
  'Region',
  'Person',
  'Organization',
  'Initiative',
];

export type RelationType =
  | 'LOCATED_IN'
  | 'SUBORDINATE_TO'
  | 'ORGANIZED'
  | 'PARTICIPATED_IN'
  | 'HELD_AT'
  | 'MEMBER_OF'
  | 'REPORTED';

export const RELATION_TYPES: readonly RelationType[] = [
  'LOCATED_IN',
  'SUBORDINATE_TO',
  'ORGANIZED',
  'PARTICIPATED_IN',
  'HELD_AT',
  'MEMBER_OF',
  'REPORTED',
];

/** A surface string in the source that refers to an entity. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  /** `${type}:${name}` */
  id: string;
  type: EntityType;
  /** Canonical name after resolution across all inputs. */
  name: string;
  mentions: Mention[];
  /** Person: titles and roles the article gives (记者, 主席 …). */
  roles?: string[];
  /** Initiative: its most distinctive part (the quoted name when there is one). */
  key?: string;
  /** Other names this entity is known by across the corpus (merged forms). */
  aliases?: string[];
  /** Initiative: when it takes place, as a dated article states it. */
  when?: EventDate;
}

/** The time of an event as the text states it, resolved against the article's date. */
export interface EventDate {
  /** The date words as printed: 2025年10月13日至11月3日, 近日. */
  text: string;
  /** ISO (YYYY-MM-DD, YYYY-MM or YYYY): the first and last day stated (the same for one day). */
  start: string;
  end: string;
  /** The sentence stating it. */
  evidence: Evidence;
}

/** The sentence (or name) that supports a relation; `text` is source.text.slice(start, end). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface Relation {
  type: RelationType;
  /** Entity id in the same record. */
  from: string;
  /** Entity id in the same record, or "ARTICLE" for REPORTED. */
  to: string;
  role?: string;
  evidence: Evidence;
}

/**
 * What makes two relations one: the same type, ends and role (a reporter credited as 记者 and as
 * 摄影 holds two credits). Records keep one relation per identity; the graph one edge per identity.
 */
export interface RelationIdentity {
  type: string;
  from: string;
  to: string;
  role?: string;
}

/** The identity as a string: the key records are deduplicated by and the graph's edge key. */
export function relationKey({ type, from, to, role }: RelationIdentity): string {
  return role === undefined || role === '' ? `${type}|${from}|${to}` : `${type}|${from}|${to}|${role}`;
}

/** One line of `gonghui-kg extract --format jsonl`: the output contract. Keep it stable. */
export interface ArticleRecord {
  source: string;
  index: number;
  title: string;
  subtitles: string[];
  kind: ArticleKind;
  /** Publication date, ISO (YYYY-MM-DD, YYYY-MM or YYYY); absent when nothing gives one. */
  date?: string;
  dateSource?: DateSource;
  /** The outlet that published it, as the manifest names it. */
  outlet?: string;
  span: Span;
  byline: { name: string; role: string }[];
  entities: Entity[];
  relations: Relation[];
}

/** A problem with one input that did not stop the others. */
export interface InputWarning {
  /** Path of the input the message is about. */
  path: string;
  message: string;
}
