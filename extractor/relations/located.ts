// LOCATED_IN (from Union/Organization/Street/District to Street/District/Region): a union or
// organization named after a place is in it (平谷区总工会 → 平谷区; the most specific place its name
// holds that the article names, else that place's nearest enclosing one it names: 延庆劳模工匠学院
// → 北京市); a place printed right before a smaller one contains it (天津市武清区, 朝阳区望京街道);
// a street or district is in its parent (gazetteer) when the article names that parent too and
// has settled which place of its name it means.
import { ancestorsOf, lookupPlace, parentOf, placesNamed, type Place } from '../lexicon/gazetteer.js';
import { placesIn } from '../recognize/places.js';
import type { ResolvedMention } from '../resolve/article.js';
import type { Relation } from '../types.js';
import { isPlace, relation, type RelationContext } from './context.js';

const RANK = { province: 0, city: 1, district: 2, street: 3 } as const;
/** The verbs that site a body at a place (B位于某街道, 位于某镇的B). */
const SITED_BY = /(?:位于|坐落于|地处)$/;
/** A body a text can site: a union or organization printed on its own, not inside a name. */
const isSited = (b: ResolvedMention): boolean => (b.type === 'Union' || b.type === 'Organization') && !b.nested;

export function findLocatedIn(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  const { entities, resolved } = ctx;
  // Lookups by name, id and position: an article with thousands of mentions stays linear.
  const placeIds = new Map<string, string>();
  for (const e of entities.values()) {
    if (e.type === 'Region' || e.type === 'District' || e.type === 'Street') placeIds.set(e.name, e.id);
  }
  const placeId = (name: string): string | undefined => placeIds.get(name);
  const settled = new Map<string, Place>();
  for (const [id, place] of resolved.places) settled.set(entities.get(id)?.name ?? '', place);
  // The enclosing places of a place in a name, only when the article has settled which place that is.
  const chainOf = (place: Place): Place[] => {
    const own = placesNamed(place.name).length <= 1 ? place : settled.get(place.name);
    return own === undefined ? [place] : [own, ...ancestorsOf(own)];
  };
  const first = new Map<string, ResolvedMention>();
  for (const m of resolved.mentions) {
    const seen = first.get(m.entityId);
    if (!seen || (seen.anaphor && !m.anaphor)) first.set(m.entityId, m);
  }
  const firstMention = (id: string): ResolvedMention | undefined => first.get(id);
  const orgAt = new Map<number, ResolvedMention>();
  for (const m of resolved.mentions) if (m.type === 'Organization' && !orgAt.has(m.start)) orgAt.set(m.start, m);

  // Named after a place.
  for (const e of entities.values()) {
    if (e.type !== 'Union' && e.type !== 'Organization') continue;
    const places = [...placesIn(e.name)].sort((a, b) => RANK[b.level] - RANK[a.level]);
    let to: string | undefined;
    for (const place of places) {
      for (const p of chainOf(place)) {
        to = placeId(p.name);
        if (to) break;
      }
      if (to) break;
    }
    const m = firstMention(e.id);
    if (to && m) out.push(relation('LOCATED_IN', e.id, to, ctx.view.toSource(m)));
  }

  // Place chains printed in the text.
  const places = resolved.mentions.filter(isPlace);
  for (let i = 0; i + 1 < places.length; i++) {
    const outer = places[i]!;
    // The place printed right after it: past a zone's city, which starts where the zone does
    // (绵阳高新区普明街道: 绵阳高新区, 绵阳, 普明街道).
    let j = i + 1;
    while (j < places.length && places[j]!.start < outer.end) j++;
    const inner = places[j];
    if (inner === undefined || inner.start !== outer.end) continue;
    // The place the article settled on first: a zone (绵阳高新区) is no name of the tables.
    const po = resolved.places.get(outer.entityId) ?? lookupPlace(entities.get(outer.entityId)!.name);
    const pi = resolved.places.get(inner.entityId) ?? lookupPlace(entities.get(inner.entityId)!.name);
    // Regions are not inside other regions in this ontology (only streets and districts are).
    if (po && pi && RANK[pi.level] > RANK[po.level] && pi.type !== 'Region') {
      out.push(relation('LOCATED_IN', inner.entityId, outer.entityId, ctx.view.toSource({ start: outer.start, end: inner.end })));
    }
  }

  // An organization printed right after its street (中关村街道科贸大厦骑手驿站) is in that street.
  for (const place of resolved.mentions) {
    if (place.type !== 'Street') continue;
    const body = orgAt.get(place.end);
    if (body) out.push(relation('LOCATED_IN', body.entityId, place.entityId, ctx.view.toSource({ start: place.start, end: body.end })));
  }

  // 位于某镇某路的某俱乐部, 某公园位于某街道: the body is where the text says it stands. That place
  // is more precise than one its name holds around it, which then goes.
  const sited = new Map<string, Place>();
  const { text } = ctx.view;
  for (let s = 0; s < ctx.bySentence.length; s++) {
    const mentions = ctx.bySentence[s]!;
    for (let k = 0; k < mentions.length; k++) {
      const place = mentions[k]!;
      // Each verb ends in 于 or 处: the char before the place is asked first.
      const before = text.charCodeAt(place.start - 1);
      const verb = isPlace(place) && (before === 0x4e8e || before === 0x5904) ? SITED_BY.exec(text.slice(Math.max(0, place.start - 3), place.start)) : null;
      if (!verb) continue;
      // The last of the places printed one after another (位于某区某镇).
      let last = place;
      for (let j = k + 1; j < mentions.length && mentions[j]!.start <= last.end; j++) {
        if (isPlace(mentions[j]!) && mentions[j]!.start === last.end) last = mentions[j]!;
      }
      let body: ResolvedMention | undefined;
      // B位于…: the body printed right before the verb.
      for (let j = k - 1; j >= 0 && !body && mentions[j]!.start >= place.start - verb[0].length - 40; j--) {
        if (isSited(mentions[j]!) && mentions[j]!.end === place.start - verb[0].length) body = mentions[j];
      }
      // 位于…的B: an address may follow the place, no clause.
      const of = body === undefined && verb[0] === '位于' ? /^[^，。；！？,;!?“”的]{0,16}的/.exec(text.slice(last.end, last.end + 17)) : null;
      for (let j = k + 1; of && !body && j < mentions.length && mentions[j]!.start <= last.end + of[0].length; j++) {
        if (isSited(mentions[j]!) && mentions[j]!.start === last.end + of[0].length) body = mentions[j];
      }
      const where = resolved.places.get(last.entityId) ?? lookupPlace(entities.get(last.entityId)!.name);
      if (!body || !where || body.entityId === last.entityId) continue;
      out.push(relation('LOCATED_IN', body.entityId, last.entityId, ctx.view.toSource(ctx.view.sentences[s]!)));
      sited.set(body.entityId, where);
    }
  }
  if (sited.size > 0) {
    const enclosing = new Map([...sited].map(([id, p]) => [id, new Set(ancestorsOf(p).map((a) => placeId(a.name)))]));
    for (let i = out.length - 1; i >= 0; i--) {
      const r = out[i]!;
      if (enclosing.get(r.from)?.has(r.to)) out.splice(i, 1);
    }
  }

  // Streets in their district, districts elsewhere in their city or province, from the gazetteer.
  for (const e of entities.values()) {
    const p = resolved.places.get(e.id);
    let parentName: string | undefined;
    if (p?.level === 'street' || (p?.level === 'district' && !p.beijing)) parentName = parentOf(p)?.name;
    const to = parentName && placeId(parentName);
    const m = firstMention(e.id);
    if (to && m) out.push(relation('LOCATED_IN', e.id, to, ctx.view.toSource(m)));
  }
  return out;
}
