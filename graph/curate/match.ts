// Finds the node a correction means: by id, or, when a rebuild with more pages gave the entity
// another canonical name (so another id), by its type and any of the names it was known by.
import type { KgGraph } from '../build.js';
import type { EntityRef } from './correction.js';

export type Found = { node: string } | { problem: string };

/** The snapshot of a node a correction stores. */
export function refOf(graph: KgGraph, node: string): EntityRef {
  const attributes = graph.getNodeAttributes(node);
  return { id: node, type: attributes.label, name: attributes.name, aliases: [...attributes.aliases] };
}

function formKey(label: string, form: string): string {
  return `${label}\u0000${form}`;
}

/** Lookups by id, else by type and name or alias; the name index is rebuilt after the graph changed. */
export class NodeFinder {
  private index: Map<string, string[]> | undefined;

  constructor(private readonly graph: KgGraph) {}

  /** Call after changing nodes' names, aliases or labels. */
  changed(): void {
    this.index = undefined;
  }

  private forms(): Map<string, string[]> {
    if (this.index !== undefined) return this.index;
    const index = new Map<string, string[]>();
    this.graph.forEachNode((node, attributes) => {
      for (const form of new Set([attributes.name, ...attributes.aliases])) {
        const key = formKey(attributes.label, form);
        const list = index.get(key);
        if (list === undefined) index.set(key, [node]);
        else list.push(node);
      }
    });
    this.index = index;
    return index;
  }

  find(ref: EntityRef): Found {
    if (this.graph.hasNode(ref.id) && this.graph.getNodeAttribute(ref.id, 'label') === ref.type) return { node: ref.id };
    // The node sharing most of the names wins; its canonical name counts double.
    const scores = new Map<string, number>();
    const index = this.forms();
    for (const form of new Set([ref.name, ...ref.aliases])) {
      for (const node of index.get(formKey(ref.type, form)) ?? []) {
        const bonus = this.graph.getNodeAttribute(node, 'name') === form ? 2 : 1;
        scores.set(node, (scores.get(node) ?? 0) + bonus);
      }
    }
    if (scores.size === 0) return { problem: `${ref.id} is not in the graph, and no ${ref.type} is known by its names` };
    const best = Math.max(...scores.values());
    const winners = [...scores].filter(([, score]) => score === best).map(([node]) => node).sort();
    if (winners.length > 1) return { problem: `${ref.id} is not in the graph, and its names fit several nodes (${winners.join(', ')})` };
    return { node: winners[0]! };
  }
}
