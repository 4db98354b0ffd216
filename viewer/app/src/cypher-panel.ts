// The Cypher panel: an editor in the sidebar (query, JSON parameters, the README's examples,
// a history, Ctrl/⌘+Enter) and the result docked beside the graph as a table and a subgraph
// whose nodes select the graph's own. Only when the server can run Cypher.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { CypherResponse } from '../../shared/api.js';
import type { ExplorerActions } from './actions.js';
import { CYPHER_EXAMPLES, queryParameters } from './cypher-examples.js';
import { el, setChildren } from './dom.js';
import { formatValue } from './details-panel.js';
import { edgeTypeName, t } from './i18n.js';
import type { StringKey } from './i18n.js';
import { labelColor } from './palette.js';
import type { ViewStore } from './store.js';

export type CypherRun = (query: string, params: Record<string, unknown>) => Promise<CypherResponse>;

const DEFAULT_QUERY = 'MATCH (u:Union)-[r]-(n) RETURN u, r, n LIMIT 25';
const HISTORY_KEY = 'gonghui-kg:cypher-history';
const HISTORY_SIZE = 20;

interface PlainGraphValue {
  kind?: string;
  labels?: string[];
  type?: string;
  properties?: Record<string, unknown>;
  nodes?: PlainGraphValue[];
}

/** A Cypher cell as one line: nodes as (:Label name), relationships as [:TYPE], paths as chains. */
function cellText(value: unknown): string {
  if (value === null || typeof value !== 'object') return formatValue(value);
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  const item = value as PlainGraphValue;
  const name = (p: PlainGraphValue): string => formatValue(p.properties?.name ?? p.properties?.title ?? p.properties?.id ?? '');
  if (item.kind === 'node') return `(${(item.labels ?? []).filter((l) => l !== 'Node').map((l) => `:${l}`).join('')} ${name(item)})`;
  if (item.kind === 'relationship') return `[:${item.type ?? ''}]`;
  if (item.kind === 'path') return (item.nodes ?? []).map(cellText).join('—');
  return JSON.stringify(value);
}

interface HistoryEntry {
  query: string;
  params: string;
}

function readHistory(): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((e): e is HistoryEntry => typeof e?.query === 'string' && typeof e?.params === 'string') : [];
  } catch {
    return [];
  }
}

export class CypherPanel {
  /** The result subgraph's renderer; tests click its nodes. */
  sigma: Sigma | null = null;
  private readonly examples = CYPHER_EXAMPLES;
  private history: HistoryEntry[] = readHistory();
  private query = DEFAULT_QUERY;
  private params = '{}';
  private editorElement: HTMLElement | null = null;

  constructor(
    private readonly store: ViewStore,
    private readonly actions: ExplorerActions,
    private readonly results: HTMLElement,
    private readonly run: CypherRun | null,
  ) {
    store.subscribe((change) => {
      if (change.keys.has('lang')) this.editorElement = null;
    });
  }

  private t(key: StringKey): string {
    return t(this.store.state.lang, key);
  }

  isOpen(): boolean {
    return !this.results.hidden;
  }

  close(): void {
    this.sigma?.kill();
    this.sigma = null;
    this.results.hidden = true;
    this.results.replaceChildren();
  }

  /** The editor section for the sidebar (kept across sidebar redraws of the same language). */
  editor(): HTMLElement | null {
    if (!this.run) return null;
    if (this.editorElement) return this.editorElement;
    const input = el('textarea', { testId: 'cypher-query', attrs: { rows: '8', spellcheck: 'false' } });
    input.value = this.query;
    input.addEventListener('input', () => {
      this.query = input.value;
    });
    const params = el('textarea', { testId: 'cypher-params', attrs: { rows: '3', spellcheck: 'false' } });
    params.value = this.params;
    params.addEventListener('input', () => {
      this.params = params.value;
    });
    const button = el('button', { className: 'primary', text: this.t('cypherRun'), testId: 'cypher-run', attrs: { type: 'button' } });
    const examples = el('select', { testId: 'cypher-examples' }, [
      el('option', { text: this.t('cypherExamples'), attrs: { value: '' } }),
      ...this.examples.map((example, i) => el('option', { text: `${i + 1}. ${example.title}`, attrs: { value: String(i) } })),
    ]);
    examples.addEventListener('change', () => {
      const example = this.examples[Number(examples.value)];
      if (!example) return;
      input.value = this.query = example.query;
      params.value = this.params = JSON.stringify(example.params);
    });
    const history = el('select', { testId: 'cypher-history' });
    const renderHistory = (): void => {
      setChildren(history, [
        el('option', { text: `${this.t('cypherHistory')} (${this.history.length})`, attrs: { value: '' } }),
        ...this.history.map((entry, i) => el('option', { text: entry.query.replace(/\s+/g, ' ').slice(0, 80), attrs: { value: String(i) } })),
      ]);
    };
    renderHistory();
    history.addEventListener('change', () => {
      const entry = this.history[Number(history.value)];
      if (!entry) return;
      input.value = this.query = entry.query;
      params.value = this.params = entry.params;
    });
    const submit = (): void => {
      if (button.disabled) return;
      button.disabled = true;
      void this.execute(input.value, params).finally(() => {
        button.disabled = false;
        renderHistory();
      });
    };
    button.addEventListener('click', submit);
    for (const area of [input, params]) {
      area.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          submit();
        }
      });
    }
    this.editorElement = el('section', { className: 'cypher' }, [
      el('h2', { text: this.t('cypher') }),
      examples,
      input,
      el('label', {}, [el('span', { className: 'muted', text: this.t('cypherParams') }), params]),
      el('div', { className: 'row-buttons' }, [button, el('span', { className: 'muted', text: this.t('cypherHint') })]),
      history,
    ]);
    return this.editorElement;
  }

  private async execute(query: string, paramsInput: HTMLTextAreaElement): Promise<void> {
    const run = this.run;
    if (!run) return;
    let params: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(paramsInput.value.trim() === '' ? '{}' : paramsInput.value);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      params = parsed as Record<string, unknown>;
    } catch {
      this.showError(this.t('cypherParamsInvalid'));
      return;
    }
    // A parameter the query needs and the editor lacks: say so here, and add it for the user to fill in.
    const missing = queryParameters(query).filter((name) => !(name in params));
    if (missing.length > 0) {
      for (const name of missing) params[name] = '';
      paramsInput.value = this.params = JSON.stringify(params);
      this.showError(t(this.store.state.lang, 'cypherMissing', { names: missing.map((m) => `$${m}`).join(', ') }));
      return;
    }
    const entry = { query, params: JSON.stringify(params) };
    this.history = [entry, ...this.history.filter((h) => h.query !== entry.query || h.params !== entry.params)].slice(0, HISTORY_SIZE);
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(this.history));
    } catch {
      // Private windows may refuse storage; the history then lasts for this page only.
    }
    try {
      this.showResult(await run(query, params));
    } catch (error) {
      this.showError(error instanceof Error ? error.message : String(error));
    }
  }

  private header(title: string): HTMLElement {
    return el('header', {}, [
      el('h2', { text: title }),
      el('button', { className: 'close', text: '×', title: this.t('close'), testId: 'cypher-close', attrs: { type: 'button' }, on: { click: () => this.close() } }),
    ]);
  }

  private showError(message: string): void {
    this.close();
    this.results.hidden = false;
    setChildren(this.results, [this.header(this.t('cypherError')), el('pre', { className: 'error', testId: 'cypher-error', text: message })]);
  }

  private showResult(result: CypherResponse): void {
    this.close();
    this.results.hidden = false;
    const lang = this.store.state.lang;
    const table = el('table', { className: 'cypher-table', testId: 'cypher-table' }, [
      el('thead', {}, [el('tr', {}, result.columns.map((c) => el('th', { text: c })))]),
      el('tbody', {}, result.rows.map((row) => el('tr', {}, row.map((cell) => el('td', { text: cellText(cell) }))))),
    ]);
    const nodes = result.nodes.slice(0, this.store.settings.cypherMaxNodes);
    const container = el('div', { className: 'cypher-graph', testId: 'cypher-graph' });
    setChildren(this.results, [
      this.header(`${this.t('cypher')} · ${result.rows.length} ${this.t('cypherRows')}`),
      result.notice === undefined ? null : el('p', { className: 'notice', testId: 'cypher-notice', text: result.notice }),
      el('div', { className: 'table-wrap' }, [table]),
      nodes.length > 0 ? el('h3', { text: `${this.t('cypherSubgraph')} (${nodes.length} / ${result.relationships.length})` }) : null,
      nodes.length > 0 ? container : null,
    ]);
    if (nodes.length === 0) return;
    const sub = new MultiDirectedGraph();
    nodes.forEach((node, i) => {
      const name = node.properties.name ?? node.properties.title ?? node.properties.id ?? node.id;
      const angle = (2 * Math.PI * i) / nodes.length;
      sub.mergeNode(node.id, {
        x: Math.cos(angle),
        y: Math.sin(angle),
        size: 6,
        label: String(name),
        color: labelColor(node.labels.find((l) => l !== 'Node') ?? ''),
        // Neo4j nodes carry the graph's node id: clicking one selects it in the main view.
        ref: typeof node.properties.id === 'string' ? node.properties.id : null,
      });
    });
    for (const rel of result.relationships) {
      if (sub.hasNode(rel.start) && sub.hasNode(rel.end)) sub.mergeEdgeWithKey(rel.id, rel.start, rel.end, { label: edgeTypeName(lang, rel.type), size: 1.5, color: '#999999', type: 'arrow' });
    }
    forceAtlas2.assign(sub, { iterations: 150, settings: forceAtlas2.inferSettings(sub) });
    this.sigma = new Sigma(sub, container, { allowInvalidContainer: true, renderEdgeLabels: true, labelFont: this.store.settings.labelFont });
    this.sigma.on('clickNode', ({ node }) => {
      const ref: unknown = sub.getNodeAttribute(node, 'ref');
      if (typeof ref === 'string' && this.store.graph.hasNode(ref)) this.actions.focusNode(ref);
    });
  }
}
