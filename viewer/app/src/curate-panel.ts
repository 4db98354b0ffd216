// The sidebar's editing section (`serve --curate`): what the last edit did, the likely duplicates
// to accept (a merge) or reject (keep apart), and every correction (id, what, who, when, why) with
// those that match nothing marked stale, each with its undo.
import type { Correction, EntityRef } from '../../../graph/curate/correction.js';
import type { Suggestion } from '../../../graph/curate/suggestion.js';
import type { ExplorerActions } from './actions.js';
import type { Curation } from './curation.js';
import { el, setChildren } from './dom.js';
import { edgeTypeName, labelName, t } from './i18n.js';
import type { StringKey } from './i18n.js';
import { nodeLink } from './node-link.js';
import type { ViewStore } from './store.js';

export class CuratePanel {
  readonly root = el('section', { className: 'curate', testId: 'curate-panel' });
  private error = '';

  constructor(
    private readonly store: ViewStore,
    private readonly actions: ExplorerActions,
    private readonly curation: Curation,
  ) {
    curation.subscribe(() => this.render());
    store.subscribe((change) => {
      if (change.keys.has('lang')) this.render();
    });
    this.render();
  }

  private t(key: StringKey, values?: Record<string, string | number>): string {
    return t(this.store.state.lang, key, values);
  }

  private async run(request: Parameters<Curation['change']>[0]): Promise<void> {
    this.error = '';
    const message = await this.curation.change(request);
    this.error = message ?? '';
    this.render();
  }

  /** A node named by a correction: a link while it is in the graph, its name otherwise. */
  private ref(ref: EntityRef): HTMLElement {
    return this.store.graph.hasNode(ref.id) ? nodeLink(this.store, this.actions, ref.id) : el('span', { className: 'gone', text: ref.name });
  }

  private what(c: Correction): (HTMLElement | string)[] {
    const lang = this.store.state.lang;
    switch (c.op) {
      case 'merge':
        return [this.ref(c.args.from), ' → ', this.ref(c.args.into)];
      case 'rename':
        return [el('span', { text: c.args.node.name }), ' → ', c.args.name];
      case 'retype':
        return [el('span', { text: c.args.node.name }), ` → ${labelName(lang, c.args.type)}`];
      case 'drop':
        return [el('span', { className: 'gone', text: c.args.node.name })];
      case 'split':
        return [this.ref(c.args.node), ` − ${c.args.aliases.join('、')} → ${c.args.as}`];
      case 'relation-add':
      case 'relation-drop':
        return [this.ref(c.args.from), ` ${edgeTypeName(lang, c.args.type)}${c.args.role === undefined ? '' : `（${c.args.role}）`} `, this.ref(c.args.to)];
      case 'keep-apart':
        return [this.ref(c.args.a), ' ≠ ', this.ref(c.args.b)];
    }
  }

  private correction(c: Correction, stale: string | undefined): HTMLElement {
    const busy = this.curation.busy;
    const when = c.at.replace('T', ' ').slice(0, 16);
    const item = el('li', { className: stale === undefined ? 'correction' : 'correction stale', testId: 'correction' }, [
      el('div', { className: 'correction-head' }, [
        el('span', { className: 'correction-id', text: c.id }),
        el('span', { className: 'correction-op', text: this.t(`op_${c.op}` as StringKey) }),
        el('span', { className: 'muted', text: `${c.by} · ${when}` }),
        el('button', { className: 'small', text: this.t('undo'), testId: 'correction-undo', attrs: { type: 'button', ...(busy ? { disabled: '' } : {}) }, on: { click: () => void this.run({ action: 'undo', id: c.id }) } }),
      ]),
      el('div', { className: 'correction-what' }, this.what(c)),
      c.reason === '' ? null : el('div', { className: 'correction-reason', text: c.reason }),
      stale === undefined ? null : el('div', { className: 'error', testId: 'correction-stale', text: this.t('staleProblem', { problem: stale }) }),
    ]);
    item.dataset.id = c.id;
    return item;
  }

  private suggestion(s: Suggestion): HTMLElement {
    const busy = this.curation.busy;
    const disabled: Record<string, string> = busy ? { disabled: '' } : {};
    const present = this.store.graph.hasNode(s.from) && this.store.graph.hasNode(s.into);
    return el('li', { className: 'suggestion', testId: 'suggestion' }, [
      el('div', { className: 'correction-what' }, present ? [nodeLink(this.store, this.actions, s.from), ' → ', nodeLink(this.store, this.actions, s.into)] : [`${s.from} → ${s.into}`]),
      el('div', { className: 'muted', text: s.because }),
      el('div', { className: 'row-buttons' }, [
        el('button', { className: 'small primary', text: this.t('accept'), testId: 'suggestion-accept', attrs: { type: 'button', ...disabled }, on: { click: () => void this.run({ action: 'merge', from: s.from, into: s.into }) } }),
        el('button', { className: 'small', text: this.t('reject'), testId: 'suggestion-reject', attrs: { type: 'button', ...disabled }, on: { click: () => void this.run({ action: 'keep-apart', a: s.from, b: s.into }) } }),
      ]),
    ]);
  }

  render(): void {
    const { corrections, stale, suggestions } = this.curation.state;
    const problems = new Map(stale.map((s) => [s.id, s.problem]));
    const last = this.curation.last;
    const newest = [...corrections].reverse();
    setChildren(this.root, [
      el('h2', { text: this.t('curate') }),
      el('p', { className: 'muted small-text', text: this.t('curateHint') }),
      this.curation.busy ? el('p', { className: 'muted', testId: 'curate-busy', text: this.t('editBusy') }) : null,
      last && !this.curation.busy
        ? el('p', { className: 'curate-notice', testId: 'curate-notice', text: this.t(last.undone ? 'editUndone' : 'editDone', { id: `${last.correction.id} ${this.t(`op_${last.correction.op}` as StringKey)}` }) })
        : null,
      this.curation.loadError === '' ? null : el('p', { className: 'error', testId: 'curate-load-error', text: this.curation.loadError, attrs: { role: 'alert' } }),
      this.error === '' ? null : el('p', { className: 'error', testId: 'curate-error', text: `${this.t('editFailed')}${this.t('colon')}${this.error}`, attrs: { role: 'alert' } }),
      el('h3', { text: `${this.t('suggestions')} (${suggestions.length})` }),
      suggestions.length === 0
        ? el('p', { className: 'muted', text: this.t('noSuggestions') })
        : el('ul', { className: 'curate-list', testId: 'suggestions' }, suggestions.map((s) => this.suggestion(s))),
      el('div', { className: 'curate-heading' }, [
        el('h3', { text: `${this.t('corrections')} (${corrections.length})` }),
        corrections.length > 0
          ? el('button', { className: 'small', text: this.t('undoLast'), testId: 'undo-last', attrs: { type: 'button', ...(this.curation.busy ? { disabled: '' } : {}) }, on: { click: () => void this.run({ action: 'undo' }) } })
          : null,
      ]),
      corrections.length === 0
        ? el('p', { className: 'muted', text: this.t('noCorrections') })
        : el('ul', { className: 'curate-list', testId: 'corrections' }, newest.map((c) => this.correction(c, problems.get(c.id)))),
    ]);
  }
}
