// A button naming a node: selecting it brings it into view. Used by every panel.
import type { ExplorerActions } from './actions.js';
import { el } from './dom.js';
import { labelName } from './i18n.js';
import { labelColor } from './palette.js';
import type { ViewStore } from './store.js';

export function nodeLink(store: ViewStore, actions: ExplorerActions, node: string): HTMLElement {
  const graph = store.graph;
  if (!graph.hasNode(node)) return el('span', { text: node });
  const attrs = graph.getNodeAttributes(node);
  const button = el('button', { className: 'node-link', attrs: { type: 'button' }, title: labelName(store.state.lang, attrs.label) }, [
    el('span', { className: 'dot', attrs: { style: `background:${labelColor(attrs.label)}` } }),
    el('span', { text: attrs.label === 'Article' ? (attrs.title ?? attrs.name) : attrs.name }),
  ]);
  button.dataset.node = node;
  button.addEventListener('click', () => actions.focusNode(node));
  return button;
}
