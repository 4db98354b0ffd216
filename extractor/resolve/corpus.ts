// Across the corpus: one canonical name per real entity. Unions with the same name apart from
// their places are one when the places agree (朝阳区望京街道总工会 = 望京街道总工会: the street
// implies the district) and never when a place differs (东城区总工会 ≠ 西城区总工会). Other types
// are one entity per exact name. Every merge keeps the other names as aliases; ids are rewritten
// in entities and relations alike.
import { leadingPlaces } from '../recognize/places.js';
import { relationKey, type ArticleRecord, type Entity, type Relation } from '../types.js';
import { samePlaces, samePlacesKey, unionCore } from './article.js';

interface UnionForm {
  name: string;
  places: ReturnType<typeof leadingPlaces>['places'];
  rest: string;
}

/** Canonical union name for every union name seen, most specific form first. */
function unionCanonicals(names: string[]): Map<string, string> {
  const forms: UnionForm[] = [...new Set(names)].map((name) => {
    const { places, rest } = leadingPlaces(name);
    return { name, places, rest: unionCore(rest, places.length > 0) };
  });
  // Most places first, then the longer and the lexically smaller name: deterministic whatever the input order.
  forms.sort((a, b) => b.places.length - a.places.length || b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const groups: UnionForm[][] = [];
  // Groups by rest (and, for a generic rest, by place): a name is compared with the groups it could join only.
  const byRest = new Map<string, UnionForm[][]>();
  for (const form of forms) {
    const key = `${form.rest}\u0000${samePlacesKey(form.places, form.rest)}`;
    const sameRest = byRest.get(key) ?? [];
    byRest.set(key, sameRest);
    // A bare head (总工会) or a name with no place and a generic rest must not swallow others.
    const group =
      form.places.length === 0 && form.rest.length <= 3
        ? undefined
        : sameRest.find((g) => g.every((other) => samePlaces(other.places, form.places, form.rest)));
    if (group) group.push(form);
    else {
      groups.push([form]);
      sameRest.push(groups[groups.length - 1]!);
    }
  }
  const canonical = new Map<string, string>();
  for (const g of groups) for (const f of g) canonical.set(f.name, g[0]!.name);
  return canonical;
}

function mergeEntities(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const existing = byId.get(e.id);
    if (!existing) {
      byId.set(e.id, e);
      continue;
    }
    for (const m of e.mentions) {
      if (!existing.mentions.some((x) => x.start === m.start && x.end === m.end)) existing.mentions.push(m);
    }
    existing.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    if (e.roles) existing.roles = [...new Set([...(existing.roles ?? []), ...e.roles])];
    if (e.aliases) existing.aliases = [...new Set([...(existing.aliases ?? []), ...e.aliases])].sort();
  }
  return [...byId.values()];
}

/**
 * What resolution across the corpus needs to know of it: every union name and the aliases each
 * already carries. Names only, so it stays small while the records themselves stream past.
 */
export interface UnionNames {
  names: Set<string>;
  /** Aliases by the union name that carries them. */
  aliases: Map<string, Set<string>>;
}

export function emptyUnionNames(): UnionNames {
  return { names: new Set(), aliases: new Map() };
}

function addAliases(into: UnionNames, name: string, aliases: Iterable<string>): void {
  const set = into.aliases.get(name) ?? new Set<string>();
  for (const a of aliases) set.add(a);
  into.aliases.set(name, set);
}

/** Adds a record's union names and aliases to `into`; the order of records does not matter. */
export function collectUnionNames(record: ArticleRecord, into: UnionNames): UnionNames {
  for (const e of record.entities) {
    if (e.type !== 'Union') continue;
    into.names.add(e.name);
    if (e.aliases) addAliases(into, e.name, e.aliases);
  }
  return into;
}

/** Adds the names collected elsewhere (another thread's files) to `into`. */
export function mergeUnionNames(into: UnionNames, from: UnionNames): UnionNames {
  for (const name of from.names) into.names.add(name);
  for (const [name, aliases] of from.aliases) addAliases(into, name, aliases);
  return into;
}

/** The corpus-wide tables each record is rewritten with. */
export interface CorpusResolution {
  /** Canonical name of every union name seen. */
  canonical: ReadonlyMap<string, string>;
  /** Sorted aliases of each canonical union name that has any. */
  aliases: ReadonlyMap<string, readonly string[]>;
}

export function computeResolution(unions: UnionNames): CorpusResolution {
  const canonical = unionCanonicals([...unions.names]);
  const aliasesOf = new Map<string, Set<string>>();
  const addAlias = (canon: string, alias: string): void => {
    if (alias === canon) return;
    const set = aliasesOf.get(canon) ?? new Set<string>();
    set.add(alias);
    aliasesOf.set(canon, set);
  };
  for (const [name, canon] of canonical) addAlias(canon, name);
  for (const [name, aliases] of unions.aliases) {
    const canon = canonical.get(name) ?? name;
    for (const a of aliases) addAlias(canon, a);
  }
  const aliases = new Map<string, string[]>();
  for (const [canon, set] of aliasesOf) aliases.set(canon, [...set].sort());
  return { canonical, aliases };
}

/** One record with its union names made canonical across the corpus, ids rewritten in entities and relations. */
export function resolveRecord(record: ArticleRecord, resolution: CorpusResolution): ArticleRecord {
  const rename = new Map<string, string>();
  const entities = record.entities.map((e): Entity => {
    if (e.type !== 'Union') return e;
    const name = resolution.canonical.get(e.name) ?? e.name;
    const id = `Union:${name}`;
    rename.set(e.id, id);
    const merged: Entity = { ...e, id, name, mentions: [...e.mentions] };
    const aliases = resolution.aliases.get(name);
    if (aliases) merged.aliases = [...aliases];
    else delete merged.aliases;
    return merged;
  });
  const seen = new Set<string>();
  const relations: Relation[] = [];
  for (const rel of record.relations) {
    const from = rename.get(rel.from) ?? rel.from;
    const to = rename.get(rel.to) ?? rel.to;
    const key = relationKey({ ...rel, from, to });
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    relations.push({ ...rel, from, to });
  }
  return { ...record, entities: mergeEntities(entities), relations };
}

/** Resolves names across the given records (all in memory); the streaming path applies the same two steps. */
export function resolveCorpus(records: ArticleRecord[]): ArticleRecord[] {
  const unions = emptyUnionNames();
  for (const r of records) collectUnionNames(r, unions);
  const resolution = computeResolution(unions);
  return records.map((r) => resolveRecord(r, resolution));
}
