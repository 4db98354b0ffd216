// The status line: nodes and edges shown out of the whole, and whether a layout runs.
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
      if (change.visibility || change.keys.has('lang')) this.render();
    });
  }

  render(): void {
    const { store } = this;
    const lang = store.state.lang;
    const text = t(lang, 'nodesEdges', { shown: store.shownCount(), nodes: store.graph.order, edges: store.visibleEdgeCount });
    this.root.textContent = this.layoutRunning() ? `${text} · ${t(lang, 'layoutRunning')}` : text;
  }
}
