// The status line: nodes and edges shown out of the whole, whether a layout runs, and that a graph is undated (it has no timeline).
import { t } from './i18n.js';
import type { ViewStore } from './store.js';

export class StatusBar {
  constructor(
    private readonly store: ViewStore,
    private readonly root: HTMLElement,
    private readonly layoutRunning: () => boolean,
  ) {
    this.render();
    store.subscribe((change) => {
      if (change.visibility || change.graph || change.keys.has('lang')) this.render();
    });
  }

  render(): void {
    const { store } = this;
    const lang = store.state.lang;
    const counts = t(lang, 'nodesEdges', { shown: store.shownCount(), nodes: store.graph.order, edges: store.visibleEdgeCount });
    const text = store.dated ? counts : `${counts} · ${t(lang, 'undated')}`;
    this.root.textContent = this.layoutRunning() ? `${text} · ${t(lang, 'layoutRunning')}` : text;
  }
}
