// The article reader: its date and outlet, then the full text with every entity highlighted in its type's color; a
// highlight brings its entity into view beside the reader. Redrawn when the article or the
// language changes.
import { articleView } from '../../shared/article-view.js';
import type { ExplorerActions } from './actions.js';
import { el, highlighted, setChildren } from './dom.js';
import { labelName, t } from './i18n.js';
import { labelColor } from './palette.js';
import type { StoreChange, ViewStore } from './store.js';

export class Reader {
  constructor(
    private readonly store: ViewStore,
    private readonly actions: ExplorerActions,
    private readonly root: HTMLElement,
  ) {
    this.render();
    store.subscribe((change: StoreChange) => {
      if (change.graph || change.keys.has('article') || change.keys.has('lang')) this.render();
    });
  }

  render(): void {
    const { store, root } = this;
    const state = store.state;
    const lang = state.lang;
    const close = el('button', { className: 'close', text: '×', title: t(lang, 'close'), testId: 'reader-close', attrs: { type: 'button' }, on: { click: () => store.update({ article: null }) } });
    if (!state.article) {
      root.hidden = true;
      root.replaceChildren();
      return;
    }
    root.hidden = false;
    const view = articleView(store.graph, state.article);
    if (!view) {
      setChildren(root, [el('header', {}, [el('h2', { text: t(lang, 'noArticleText') }), close])]);
      return;
    }
    const labels = [...new Set(view.mentions.map((m) => m.label))];
    const attrs = store.graph.getNodeAttributes(state.article);
    const colon = t(lang, 'colon');
    const dated = [attrs.date ? `${t(lang, 'date')}${colon}${attrs.date}` : null, attrs.outlet ? `${t(lang, 'outlet')}${colon}${attrs.outlet}` : null].filter(Boolean);
    setChildren(root, [
      el('header', {}, [el('h2', { text: view.title, testId: 'article-title' }), close]),
      dated.length > 0 ? el('p', { className: 'article-date', text: dated.join(' · '), testId: 'article-date' }) : null,
      el('p', { className: 'muted', text: `${t(lang, 'source')}${t(lang, 'colon')}${view.source}` }),
      el(
        'ul',
        { className: 'legend inline' },
        labels.map((label) => el('li', {}, [el('span', { className: 'dot', attrs: { style: `background:${labelColor(label)}` } }), labelName(lang, label)])),
      ),
      el('div', { className: 'article-text', testId: 'article-text' }, [
        highlighted(
          view.text,
          view.mentions.map((m) => ({
            start: m.start,
            end: m.end,
            className: 'm',
            color: labelColor(m.label),
            title: `${labelName(lang, m.label)}${t(lang, 'colon')}${m.name}`,
            onClick: () => this.actions.focusNode(m.node),
          })),
        ),
      ]),
    ]);
  }
}
