// Precision, recall and F1 of extracted records against gold, per entity and relation type.
// Lenient: an entity matches when its name equals the gold name or any gold mention (an
// initiative also when its name contains the gold `key`). Strict: canonical names are equal.
// Relations match on type and on the gold entities their ends were aligned to.
import { ENTITY_TYPES, RELATION_TYPES, type ArticleRecord, type Entity } from '../types.js';
import type { GoldArticle, GoldEntity, GoldFile } from './gold.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreTable {
  /** Keyed by entity or relation type, plus "ALL" (micro average). */
  byType: Record<string, Score>;
}

export interface ArticleMisses {
  source: string;
  index: number;
  title: string;
  /** Gold items not found, as "Type name" / "TYPE from -> to". */
  missed: string[];
  /** Extracted items not in the gold. */
  spurious: string[];
}

export interface EvalReport {
  entities: { lenient: ScoreTable; strict: ScoreTable };
  relations: { lenient: ScoreTable; strict: ScoreTable };
  /** Lenient misses per article. */
  misses: ArticleMisses[];
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

export function toScore(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

class Tally {
  private readonly counts = new Map<string, Counts>();
  constructor(types: readonly string[]) {
    for (const t of types) this.counts.set(t, { tp: 0, fp: 0, fn: 0 });
  }
  add(type: string, field: keyof Counts, n = 1): void {
    const c = this.counts.get(type);
    if (c) c[field] += n;
  }
  table(): ScoreTable {
    const byType: Record<string, Score> = {};
    const all: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const [type, c] of this.counts) {
      byType[type] = toScore(c);
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
    }
    byType.ALL = toScore(all);
    return { byType };
  }
}

function lenientMatch(pred: Entity, gold: GoldEntity): boolean {
  if (pred.type !== gold.type) return false;
  const goldNames = new Set([gold.name, ...gold.mentions].map(norm));
  const predName = norm(pred.name);
  if (goldNames.has(predName)) return true;
  if (pred.mentions.some((m) => norm(m.text) === norm(gold.name))) return true;
  if (pred.type === 'Initiative' && gold.key) {
    const key = norm(gold.key);
    if ((pred.key !== undefined && norm(pred.key) === key) || predName.includes(key)) return true;
  }
  return false;
}

/** One-to-one alignment of predicted to gold entities: exact names first, then lenient. */
export function alignEntities(pred: Entity[], gold: GoldEntity[], strict: boolean): Map<Entity, GoldEntity> {
  const aligned = new Map<Entity, GoldEntity>();
  const used = new Set<GoldEntity>();
  const passes: ((p: Entity, g: GoldEntity) => boolean)[] = [(p, g) => p.type === g.type && p.name === g.name];
  if (!strict) passes.push(lenientMatch);
  for (const matches of passes) {
    for (const p of pred) {
      if (aligned.has(p)) continue;
      const g = gold.find((candidate) => !used.has(candidate) && matches(p, candidate));
      if (g) {
        aligned.set(p, g);
        used.add(g);
      }
    }
  }
  return aligned;
}

/** Gold article for each record of the same source: by title, then by position. */
export function alignArticles(gold: GoldArticle[], records: ArticleRecord[]): Map<GoldArticle, ArticleRecord> {
  const result = new Map<GoldArticle, ArticleRecord>();
  const used = new Set<ArticleRecord>();
  for (const g of gold) {
    if (g.title === '') continue;
    const r = records.find((rec) => !used.has(rec) && norm(rec.title) === norm(g.title));
    if (r) {
      result.set(g, r);
      used.add(r);
    }
  }
  for (const g of gold) {
    if (result.has(g)) continue;
    const r =
      records.find((rec) => !used.has(rec) && rec.index === g.index && (g.title !== '' || rec.kind === g.kind)) ??
      (g.kind === 'continuation' ? records.find((rec) => !used.has(rec) && rec.kind === 'continuation') : undefined);
    if (r) {
      result.set(g, r);
      used.add(r);
    }
  }
  return result;
}

function relationKey(type: string, from: string, to: string): string {
  return `${type} ${from} -> ${to}`;
}

function scoreArticle(
  gold: GoldArticle | undefined,
  record: ArticleRecord | undefined,
  strict: boolean,
  entityTally: Tally,
  relationTally: Tally,
  misses: ArticleMisses | undefined,
): void {
  const goldEntities = gold?.entities ?? [];
  const predEntities = record?.entities ?? [];
  const aligned = alignEntities(predEntities, goldEntities, strict);
  const matchedGold = new Set(aligned.values());
  for (const g of goldEntities) {
    if (matchedGold.has(g)) entityTally.add(g.type, 'tp');
    else {
      entityTally.add(g.type, 'fn');
      misses?.missed.push(`${g.type} ${g.name}`);
    }
  }
  for (const p of predEntities) {
    if (!aligned.has(p)) {
      entityTally.add(p.type, 'fp');
      misses?.spurious.push(`${p.type} ${p.name}`);
    }
  }

  // A predicted relation end is named by the gold entity it aligned to; unaligned ends keep
  // their own name, so they can only match by accident of identical spelling.
  const byId = new Map(predEntities.map((e) => [e.id, e]));
  const endName = (id: string): string => {
    if (id === 'ARTICLE') return 'ARTICLE';
    const e = byId.get(id);
    if (!e) return id;
    return norm(aligned.get(e)?.name ?? `\u0000${e.name}`);
  };
  const goldKeys = new Map<string, string>();
  for (const r of gold?.relations ?? []) {
    const to = r.to === 'ARTICLE' ? 'ARTICLE' : norm(r.to);
    goldKeys.set(relationKey(r.type, norm(r.from), to), r.type);
  }
  const predKeys = new Map<string, { type: string; label: string }>();
  for (const r of record?.relations ?? []) {
    const key = relationKey(r.type, endName(r.from), endName(r.to));
    predKeys.set(key, { type: r.type, label: relationKey(r.type, r.from.replace(/^\w+:/, ''), r.to.replace(/^\w+:/, '')) });
  }
  for (const [key, type] of goldKeys) {
    if (predKeys.has(key)) relationTally.add(type, 'tp');
    else {
      relationTally.add(type, 'fn');
      misses?.missed.push(key);
    }
  }
  for (const [key, { type, label }] of predKeys) {
    if (!goldKeys.has(key)) {
      relationTally.add(type, 'fp');
      misses?.spurious.push(label);
    }
  }
}

/** Scores `records` (extracted from the gold's sources) against `gold`. */
export function scoreCorpus(gold: GoldFile[], records: ArticleRecord[]): EvalReport {
  const tallies = {
    lenient: { entities: new Tally(ENTITY_TYPES), relations: new Tally(RELATION_TYPES) },
    strict: { entities: new Tally(ENTITY_TYPES), relations: new Tally(RELATION_TYPES) },
  };
  const misses: ArticleMisses[] = [];
  for (const file of gold) {
    const recs = records.filter((r) => r.source === file.source);
    const alignment = alignArticles(file.articles, recs);
    const pairs: [GoldArticle | undefined, ArticleRecord | undefined][] = file.articles.map((g) => [g, alignment.get(g)]);
    const matched = new Set(alignment.values());
    for (const r of recs) if (!matched.has(r)) pairs.push([undefined, r]);
    for (const [g, r] of pairs) {
      const m: ArticleMisses = {
        source: file.source,
        index: g?.index ?? r?.index ?? 0,
        title: g?.title ?? r?.title ?? '',
        missed: [],
        spurious: [],
      };
      scoreArticle(g, r, false, tallies.lenient.entities, tallies.lenient.relations, m);
      scoreArticle(g, r, true, tallies.strict.entities, tallies.strict.relations, undefined);
      if (m.missed.length > 0 || m.spurious.length > 0) misses.push(m);
    }
  }
  return {
    entities: { lenient: tallies.lenient.entities.table(), strict: tallies.strict.entities.table() },
    relations: { lenient: tallies.lenient.relations.table(), strict: tallies.strict.relations.table() },
    misses,
  };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

/** The misses of a report, per article: `-` missed, `+` extracted but not in the gold. */
function missLines(report: EvalReport): string[] {
  const lines: string[] = [];
  for (const m of report.misses) {
    lines.push(`${m.source} #${m.index} ${m.title}`);
    for (const x of m.missed) lines.push(`  - ${x}`);
    for (const x of m.spurious) lines.push(`  + ${x}`);
  }
  return lines;
}

/** The report as aligned text lines: one table per kind, then misses when `verbose`. */
export function formatReport(report: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  const table = (title: string, lenient: ScoreTable, strict: ScoreTable): void => {
    lines.push(title);
    lines.push(`  ${'type'.padEnd(16)} ${'lenient P'.padStart(9)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'strict P'.padStart(8)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   gold`);
    for (const type of Object.keys(lenient.byType)) {
      const l = lenient.byType[type]!;
      const s = strict.byType[type]!;
      lines.push(
        `  ${type.padEnd(16)} ${pct(l.precision).padStart(9)} ${pct(l.recall)} ${pct(l.f1)}   ${pct(s.precision).padStart(8)} ${pct(s.recall)} ${pct(s.f1)}   ${l.tp + l.fn}`,
      );
    }
  };
  table('Entities', report.entities.lenient, report.entities.strict);
  table('Relations', report.relations.lenient, report.relations.strict);
  if (verbose) lines.push(...missLines(report));
  return `${lines.join('\n')}\n`;
}

/**
 * Several sets' reports side by side, lenient P/R/F1 per type for each, then (when `verbose`)
 * each set's misses under its name.
 */
export function formatSideBySide(sets: { name: string; report: EvalReport }[], verbose: boolean): string {
  const lines: string[] = [];
  const column = (name: string): string => `${name} P`.padStart(Math.max(9, name.length + 2));
  const table = (title: string, pick: (report: EvalReport) => ScoreTable): void => {
    lines.push(`${title} (lenient)`);
    lines.push(`  ${'type'.padEnd(16)}${sets.map(({ name }) => ` ${column(name)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(5)}  `).join('')}`);
    for (const type of Object.keys(pick(sets[0]!.report).byType)) {
      const cells = sets.map(({ name, report }) => {
        const s = pick(report).byType[type]!;
        return ` ${pct(s.precision).padStart(column(name).length)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp + s.fn).padStart(5)}  `;
      });
      lines.push(`  ${type.padEnd(16)}${cells.join('')}`);
    }
  };
  table('Entities', (report) => report.entities.lenient);
  table('Relations', (report) => report.relations.lenient);
  if (verbose) {
    for (const { name, report } of sets) {
      lines.push(`== ${name}`);
      lines.push(...missLines(report));
    }
  }
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}
