// What a graph holds per year of its evidence: articles dated in the year, the nodes and edges
// that evidence of the year supports (a node or edge with evidence in several years counts in each).
import { yearOf } from '../extractor/dates/calendar.js';
import type { KgGraph } from './model.js';
import { compareStrings } from './model.js';

export interface YearCount {
  year: string;
  articles: number;
  nodes: number;
  edges: number;
}

export interface YearTable {
  years: YearCount[];
  /** Articles without a date. */
  undatedArticles: number;
}

export function countByYear(graph: KgGraph): YearTable {
  const articles = new Map<string, number>();
  const nodes = new Map<string, Set<string>>();
  const edges = new Map<string, number>();
  let undatedArticles = 0;
  const touch = (year: string, node: string): void => {
    const set = nodes.get(year);
    if (set === undefined) nodes.set(year, new Set([node]));
    else set.add(node);
  };
  graph.forEachNode((node, attributes) => {
    if (attributes.label !== 'Article') return;
    if (attributes.date === undefined) {
      undatedArticles++;
      return;
    }
    const year = yearOf(attributes.date);
    articles.set(year, (articles.get(year) ?? 0) + 1);
    touch(year, node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const years = new Set<string>();
    for (const e of attributes.evidence) if (e.date !== undefined) years.add(yearOf(e.date));
    for (const year of years) {
      edges.set(year, (edges.get(year) ?? 0) + 1);
      touch(year, source);
      touch(year, target);
    }
  });
  const all = [...new Set([...articles.keys(), ...edges.keys()])].sort(compareStrings);
  return {
    years: all.map((year) => ({ year, articles: articles.get(year) ?? 0, nodes: nodes.get(year)?.size ?? 0, edges: edges.get(year) ?? 0 })),
    undatedArticles,
  };
}
