// The search box: every hit, a page at a time with a "more" button and counts per type; Enter
// picks the first (unions and exact names rank first), arrows walk the list, Esc clears.
import type { ExplorerActions } from './actions.js';
import { el } from './dom.js';
import { labelName, t } from './i18n.js';
import { labelColor } from './palette.js';
import { countByLabel } from './search.js';
import type { StoreChange, ViewStore } from './store.js';

export class SearchBox {
  private shown: number;

  constructor(
    private readonly store: ViewStore,
    private readonly actions: ExplorerActions,
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
  ) {
    this.shown = store.settings.searchPage;
    input.placeholder = t(store.state.lang, 'searchPlaceholder');
    input.addEventListener('input', () => {
      this.shown = store.settings.searchPage;
      store.update({ search: input.value });
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        const first = store.searchHits[0];
        if (first) this.pick(first.node);
      } else if (event.key === 'Escape') {
        input.value = '';
        store.update({ search: '' });
        event.stopPropagation();
      } else if (event.key === 'ArrowDown') {
        (list.querySelector('button.result') as HTMLButtonElement | null)?.focus();
        event.preventDefault();
      }
    });
    // The result list closes when the user turns to something else, and reopens on focus.
    document.addEventListener('pointerdown', (event) => {
      if (!input.parentElement?.contains(event.target as Node)) list.hidden = true;
    });
    input.addEventListener('focus', () => {
      if (input.value.trim() !== '') list.hidden = false;
    });
    store.subscribe((change: StoreChange) => {
      if (change.keys.has('lang')) input.placeholder = t(store.state.lang, 'searchPlaceholder');
      // An edit takes the hits again; a list the user closed stays closed.
      if (change.graph && list.hidden) return;
      if (change.search || change.keys.has('lang')) this.render();
    });
  }

  isOpen(): boolean {
    return !this.list.hidden;
  }

  close(): void {
    this.list.hidden = true;
  }

  private pick(node: string): void {
    this.list.hidden = true;
    this.actions.focusNode(node);
  }

  private render(): void {
    const { store, list } = this;
    const lang = store.state.lang;
    const hits = store.searchHits;
    list.replaceChildren();
    list.hidden = store.state.search.trim() === '';
    if (list.hidden) return;
    if (hits.length === 0) {
      list.append(el('li', { className: 'empty', text: t(lang, 'noResults') }));
      return;
    }
    const counts = [...countByLabel(hits)].map(([label, n]) => `${labelName(lang, label)} ${n}`).join(' · ');
    list.append(el('li', { className: 'summary', testId: 'search-summary', text: `${t(lang, 'searchCount', { count: hits.length })}：${counts}` }));
    for (const hit of hits.slice(0, this.shown)) {
      const button = el('button', { className: 'result', attrs: { type: 'button' }, testId: 'search-result' }, [
        el('span', { className: 'dot', attrs: { style: `background:${labelColor(hit.label)}` } }),
        el('span', { className: 'name', text: hit.name }),
        el('span', { className: 'kind', text: labelName(lang, hit.label) }),
        hit.via ? el('span', { className: 'via', text: hit.via }) : null,
      ]);
      button.dataset.node = hit.node;
      button.addEventListener('click', () => this.pick(hit.node));
      button.addEventListener('keydown', (event) => {
        const item = button.parentElement;
        if (event.key === 'ArrowDown') (item?.nextElementSibling?.querySelector('button') as HTMLButtonElement | null)?.focus();
        if (event.key === 'ArrowUp') ((item?.previousElementSibling?.querySelector('button.result') as HTMLButtonElement | null) ?? this.input).focus();
      });
      list.append(el('li', {}, [button]));
    }
    const rest = hits.length - this.shown;
    if (rest > 0) {
      const more = el('button', { className: 'more', text: t(lang, 'searchMore', { count: Math.min(rest, store.settings.searchPage) }), testId: 'search-more', attrs: { type: 'button' } });
      more.addEventListener('click', () => {
        this.shown += store.settings.searchPage;
        this.render();
        (list.querySelectorAll('button.result')[this.shown - store.settings.searchPage] as HTMLButtonElement | undefined)?.focus();
      });
      list.append(el('li', {}, [more]));
    }
  }
}
