// The edit controls of the node panel (`serve --curate`): rename, retype, split aliases off, merge
// into another node, add a relation, drop the node, and drop each listed relation. Each edit opens
// a small form asking for an optional reason; a merge or a new relation first waits for the other
// node (a click in the graph or a search pick, Esc cancels), drop and merge say what they will do
// before they do it. A refused edit shows the server's message and leaves everything as it was.
import { ENTITY_TYPES, RELATION_TYPES } from '../../../extractor/types.js';
import type { CurateRequest } from '../../shared/api.js';
import type { Curation } from './curation.js';
import { el, setChildren } from './dom.js';
import { edgeTypeName, labelName, t } from './i18n.js';
import type { StringKey } from './i18n.js';
import type { StoreChange, ViewStore } from './store.js';

type EditKind = 'rename' | 'retype' | 'split' | 'merge' | 'relation' | 'drop';

const EDITS: { kind: EditKind; key: StringKey }[] = [
  { kind: 'rename', key: 'editRename' },
  { kind: 'retype', key: 'editRetype' },
  { kind: 'split', key: 'editSplit' },
  { kind: 'merge', key: 'editMerge' },
  { kind: 'relation', key: 'editRelation' },
  { kind: 'drop', key: 'editDrop' },
];

/** An open form: the inputs live as long as it, so a redraw (a pick, a refusal) keeps what was typed. */
interface Session {
  kind: EditKind;
  node: string;
  reason: HTMLInputElement;
  name: HTMLInputElement;
  type: HTMLSelectElement;
  direction: HTMLSelectElement;
  role: HTMLInputElement;
  aliases: HTMLInputElement[];
  error: string;
}

/** A relation as listed in the node panel. */
export interface ListedRelation {
  from: string;
  type: string;
  to: string;
  role?: string;
}

export class NodeEditor {
  private readonly root = el('div', { className: 'node-editor', testId: 'node-editor' });
  private node: string | null = null;
  private session: Session | null = null;

  constructor(
    private readonly store: ViewStore,
    private readonly curation: Curation,
  ) {
    store.subscribe((change) => this.onChange(change));
    curation.subscribe(() => this.render());
  }

  private t(key: StringKey, values?: Record<string, string | number>): string {
    return t(this.store.state.lang, key, values);
  }

  private onChange(change: StoreChange): void {
    if (!change.keys.has('choosing')) return;
    document.body.classList.toggle('choosing', this.store.state.choosing !== null);
    // Esc or a click on the stage while waiting for the other node cancels the edit.
    if (this.store.state.choosing === null && (this.session?.kind === 'merge' || this.session?.kind === 'relation')) this.session = null;
    this.render();
  }

  private nameOf(node: string): string {
    return this.store.graph.hasNode(node) ? this.store.graph.getNodeAttribute(node, 'name') : node;
  }

  /** The controls for the node whose panel is drawn; a form left open on another node is closed. */
  controls(node: string): HTMLElement {
    if (node !== this.node) {
      this.node = node;
      this.session = null;
    }
    if (this.session !== null && !this.store.graph.hasNode(this.session.node)) this.session = null;
    this.render();
    return this.root;
  }

  private open(kind: EditKind): void {
    const node = this.node;
    if (node === null) return;
    const attrs = this.store.graph.getNodeAttributes(node);
    const type = el('select', { testId: 'edit-type' });
    const direction = el('select', { testId: 'edit-direction' }, [el('option', { attrs: { value: 'out' } }), el('option', { attrs: { value: 'in' } })]);
    if (kind === 'retype') for (const label of ENTITY_TYPES.filter((l) => l !== attrs.label)) type.append(el('option', { attrs: { value: label } }));
    if (kind === 'relation') for (const relation of RELATION_TYPES) type.append(el('option', { attrs: { value: relation } }));
    const name = el('input', { testId: 'edit-name', attrs: { type: 'text', autocomplete: 'off' } });
    name.value = kind === 'rename' ? attrs.name : '';
    this.session = {
      kind,
      node,
      reason: el('input', { testId: 'edit-reason', attrs: { type: 'text', autocomplete: 'off' } }),
      name,
      type,
      direction,
      role: el('input', { testId: 'edit-role', attrs: { type: 'text', autocomplete: 'off' } }),
      aliases: attrs.aliases.map((alias) => {
        const box = el('input', { attrs: { type: 'checkbox', value: alias } });
        // The first alias ticked names the new entity unless a name was typed (before the form checks what it lacks).
        box.addEventListener('input', () => {
          const first = this.session?.aliases.find((b) => b.checked);
          if (first && this.session && this.session.name.dataset.typed !== 'true') this.session.name.value = first.value;
        });
        return box;
      }),
      error: '',
    };
    name.addEventListener('input', () => {
      name.dataset.typed = 'true';
    });
    const waits = kind === 'merge' || kind === 'relation';
    this.store.update({ choosing: waits ? { purpose: kind, chosen: null } : null });
    this.render();
    (kind === 'rename' || kind === 'split' ? name : kind === 'retype' || kind === 'relation' ? type : this.session.reason).focus();
  }

  private close(): void {
    this.session = null;
    this.store.update({ choosing: null });
    this.render();
  }

  /** The change the open form asks for, or null while it still lacks something. */
  private request(session: Session): CurateRequest | null {
    const node = session.node;
    const chosen = this.store.state.choosing?.chosen ?? null;
    switch (session.kind) {
      case 'rename':
        return session.name.value.trim() === '' ? null : { action: 'rename', node, name: session.name.value.trim() };
      case 'retype':
        return { action: 'retype', node, type: session.type.value };
      case 'split': {
        const aliases = session.aliases.filter((b) => b.checked).map((b) => b.value);
        return aliases.length === 0 || session.name.value.trim() === '' ? null : { action: 'split', node, aliases, as: session.name.value.trim() };
      }
      case 'merge':
        return chosen === null ? null : { action: 'merge', from: node, into: chosen };
      case 'relation': {
        if (chosen === null) return null;
        const outgoing = session.direction.value === 'out';
        const role = session.role.value.trim();
        return { action: 'relation-add', from: outgoing ? node : chosen, type: session.type.value, to: outgoing ? chosen : node, ...(role === '' ? {} : { role }) };
      }
      case 'drop':
        return { action: 'drop', node };
    }
  }

  private async submit(session: Session): Promise<void> {
    const request = this.request(session);
    if (request === null) return;
    const error = await this.curation.change({ ...request, reason: session.reason.value.trim() });
    if (this.session !== session) return;
    if (error === null) this.close();
    else {
      session.error = error;
      this.render();
    }
  }

  private field(label: StringKey, input: HTMLElement): HTMLElement {
    return el('label', { className: 'edit-field' }, [el('span', { text: this.t(label) }), input]);
  }

  /** The options of the form's lists in the language shown (it may change while the form is open). */
  private nameOptions(session: Session): void {
    const lang = this.store.state.lang;
    for (const option of session.type.options) option.text = session.kind === 'retype' ? labelName(lang, option.value) : `${edgeTypeName(lang, option.value)} (${option.value})`;
    const [out, into] = session.direction.options;
    if (out) out.text = this.t('relationFromHere');
    if (into) into.text = this.t('relationToHere');
  }

  /** What the form shows above the reason: its fields, or what it waits for, or what it will do. */
  private body(session: Session): (HTMLElement | null)[] {
    const name = this.nameOf(session.node);
    const chosen = this.store.state.choosing?.chosen ?? null;
    const waiting = (key: StringKey): HTMLElement => el('p', { className: 'edit-choose', testId: 'edit-choose', text: this.t(key, { name }) });
    switch (session.kind) {
      case 'rename':
        return [this.field('editNewName', session.name), el('p', { className: 'muted', text: this.t('renameNote') })];
      case 'retype':
        return [this.field('editNewType', session.type)];
      case 'split':
        return session.aliases.length === 0
          ? [el('p', { className: 'muted', text: this.t('noAliases') })]
          : [
              el('fieldset', { className: 'edit-aliases', testId: 'edit-aliases' }, [el('legend', { text: this.t('splitAliases') }), ...session.aliases.map((box) => el('label', {}, [box, box.value]))]),
              this.field('splitAs', session.name),
            ];
      case 'merge':
        return chosen === null
          ? [waiting('mergeChoose')]
          : [
              el('p', { className: 'edit-warning', testId: 'edit-confirm', text: this.t('mergeConfirm', { from: name, into: this.nameOf(chosen) }) }),
              el('button', { text: this.t('pickAgain'), attrs: { type: 'button' }, on: { click: () => this.store.update({ choosing: { purpose: 'merge', chosen: null } }) } }),
            ];
      case 'relation':
        return [
          this.field('relationType', session.type),
          this.field('relationOther', chosen === null ? waiting('relationChoose') : el('span', { className: 'edit-chosen', testId: 'edit-chosen', text: this.nameOf(chosen) })),
          session.direction,
          this.field('relationRole', session.role),
        ];
      case 'drop':
        return [el('p', { className: 'edit-warning', testId: 'edit-confirm', text: this.t('dropConfirm', { name }) })];
    }
  }

  private static readonly SUBMIT: Record<EditKind, StringKey> = { rename: 'doRename', retype: 'doRetype', split: 'doSplit', merge: 'doMerge', relation: 'doAdd', drop: 'doDrop' };

  private render(): void {
    const node = this.node;
    if (node === null || !this.store.graph.hasNode(node)) {
      this.root.replaceChildren();
      return;
    }
    const session = this.session;
    const busy = this.curation.busy;
    const buttons = el(
      'div',
      { className: 'edit-buttons' },
      EDITS.map(({ kind, key }) =>
        el('button', {
          className: session?.kind === kind ? 'toggle on' : 'toggle',
          text: this.t(key),
          testId: `edit-${kind}`,
          attrs: { type: 'button', ...(busy ? { disabled: '' } : {}) },
          on: { click: () => (this.session?.kind === kind ? this.close() : this.open(kind)) },
        }),
      ),
    );
    if (session === null) {
      setChildren(this.root, [buttons]);
      return;
    }
    this.nameOptions(session);
    const ready = this.request(session) !== null;
    const danger = session.kind === 'drop' || session.kind === 'merge';
    const form = el('form', { className: 'edit-form', testId: 'edit-form', on: { submit: (event) => (event.preventDefault(), void this.submit(session)) } }, [
      ...this.body(session),
      this.field('editReason', session.reason),
      session.error === '' ? null : el('p', { className: 'error', testId: 'edit-error', text: `${this.t('editFailed')}${this.t('colon')}${session.error}`, attrs: { role: 'alert' } }),
      el('div', { className: 'row-buttons' }, [
        el('button', {
          className: danger ? 'danger' : 'primary',
          text: busy ? this.t('editBusy') : this.t(NodeEditor.SUBMIT[session.kind]),
          testId: 'edit-submit',
          attrs: { type: 'submit', ...(busy || !ready ? { disabled: '' } : {}) },
        }),
        el('button', { text: this.t('editCancel'), testId: 'edit-cancel', attrs: { type: 'button' }, on: { click: () => this.close() } }),
      ]),
    ]);
    // Esc in the form closes the form, not the panel.
    form.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.close();
    });
    // A form that needs more (a name, an alias) enables its button once given.
    form.addEventListener('input', () => {
      const submit = form.querySelector<HTMLButtonElement>('[data-testid=edit-submit]');
      if (submit) submit.disabled = this.curation.busy || this.request(session) === null;
    });
    setChildren(this.root, [buttons, form]);
  }

  /** A button beside one listed relation that drops it, after asking for a reason. */
  relationControl(relation: ListedRelation): HTMLElement {
    const holder = el('span', { className: 'relation-edit' });
    const idle = (): void =>
      setChildren(holder, [
        el('button', { className: 'icon', text: '✕', title: this.t('dropRelation'), testId: 'relation-drop', attrs: { type: 'button', 'aria-label': this.t('dropRelation') }, on: { click: ask } }),
      ]);
    const ask = (): void => {
      const reason = el('input', { testId: 'edit-reason', attrs: { type: 'text', autocomplete: 'off', placeholder: this.t('editReason') } });
      const error = el('span', { className: 'error', testId: 'edit-error', attrs: { role: 'alert' } });
      const drop = async (): Promise<void> => {
        const request: CurateRequest = { action: 'relation-drop', from: relation.from, type: relation.type, to: relation.to, ...(relation.role === undefined ? {} : { role: relation.role }) };
        const message = await this.curation.change({ ...request, reason: reason.value.trim() });
        if (message !== null) error.textContent = `${this.t('editFailed')}${this.t('colon')}${message}`;
      };
      setChildren(holder, [
        el('form', {
          className: 'relation-drop-form',
          on: {
            submit: (event) => (event.preventDefault(), void drop()),
            keydown: (event) => {
              if (event.key !== 'Escape') return;
              event.stopPropagation();
              idle();
            },
          },
        }, [
          reason,
          el('button', { className: 'danger', text: this.t('doDrop'), testId: 'relation-drop-confirm', attrs: { type: 'submit' } }),
          el('button', { text: this.t('editCancel'), attrs: { type: 'button' }, on: { click: idle } }),
          error,
        ]),
      ]);
      reason.focus();
    };
    idle();
    return holder;
  }
}
