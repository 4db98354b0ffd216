// The explorer's editing session (`serve --curate`): the corrections, stale ones and suggestions
// the server last sent, and each edit: sent to the server, the corrected graph drawn in place of
// the old one, the selection kept on the node that survives the edit.
import type { Correction } from '../../../graph/curate/correction.js';
import type { CurateRequest, CurateResponse, CurateState } from '../../shared/api.js';
import type { ViewerGraph } from '../../shared/article-view.js';
import type { CurateApi } from './curate-api.js';
import { t } from './i18n.js';
import { replaceGraphContents } from './replace-graph.js';
import type { ViewStore } from './store.js';

/** What the last edit did. */
export interface EditDone {
  correction: Correction;
  undone: boolean;
}

/** Where the selection goes after an edit: it stays, or follows its node into a merge, a rename or a retype, or back on undo. */
export function survivingSelection(selected: string | null, graph: ViewerGraph, response: CurateResponse): string | null {
  if (selected === null || graph.hasNode(selected)) return selected;
  const made = response.made;
  if (made?.op === 'merge' && made.args.from.id === selected) return made.args.into.id;
  if ((made?.op === 'rename' || made?.op === 'retype') && made.args.node.id === selected) {
    return graph.findNode((_node, attrs) => attrs.corrections?.includes(made.id) === true) ?? null;
  }
  const undone = response.undone;
  if (undone && 'node' in undone.args && graph.hasNode(undone.args.node.id)) return undone.args.node.id;
  return null;
}

export class Curation {
  state: CurateState = { corrections: [], stale: [], suggestions: [] };
  /** An edit is on its way: the controls wait. */
  busy = false;
  last: EditDone | null = null;
  /** Why the corrections could not be read (the explorer still shows the graph). */
  loadError = '';
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: ViewStore,
    private readonly api: CurateApi,
  ) {}

  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  async load(): Promise<void> {
    try {
      this.state = await this.api.state();
      this.loadError = '';
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
    this.changed();
  }

  /** Makes one edit; returns why the server refused it (then nothing changed), or null. */
  async change(request: CurateRequest): Promise<string | null> {
    // One edit at a time: the next one is made on the graph the first one leaves.
    if (this.busy) return t(this.store.state.lang, 'editBusy');
    this.busy = true;
    this.changed();
    try {
      const { response, graph } = await this.api.change(request);
      const selected = this.store.state.selected;
      replaceGraphContents(this.store.graph, graph);
      this.store.graphReplaced(survivingSelection(selected, this.store.graph, response));
      this.state = { corrections: response.corrections, stale: response.stale, suggestions: response.suggestions };
      const correction = response.made ?? response.undone;
      this.last = correction ? { correction, undone: response.undone !== undefined } : null;
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
      this.changed();
    }
  }
}
