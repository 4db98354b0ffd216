// Entry point of the viewer app: load the graph, make the store, then the renderer and each
// component around it. Esc closes the topmost thing open; the sidebar has a toggle.
import { graphFromSerialized } from '../../shared/graph-file.js';
import { CypherPanel } from './cypher-panel.js';
import { serverCurateApi } from './curate-api.js';
import { CuratePanel } from './curate-panel.js';
import { Curation } from './curation.js';
import { loadData } from './data.js';
import { DetailsPanel } from './details-panel.js';
import { Explorer } from './explorer.js';
import { t } from './i18n.js';
import { NodeEditor } from './node-editor.js';
import { Reader } from './reader.js';
import { SearchBox } from './search-box.js';
import { resolveExplorerSettings } from './settings.js';
import { Sidebar } from './sidebar.js';
import { decodeState } from './state.js';
import { StatusBar } from './status-bar.js';
import { Timeline } from './timeline.js';
import { ViewStore } from './store.js';
import { UrlSync } from './url-sync.js';
import './style.css';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`viewer: missing #${id} in index.html`);
  return element as T;
}

/** The top bar: title, language switch and the sidebar toggle follow the language. */
function renderChrome(store: ViewStore): void {
  const lang = store.state.lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t(lang, 'title');
  byId('title').textContent = t(lang, 'title');
  byId('lang').textContent = t(lang, 'switchLang');
  byId('sidebar-toggle').title = t(lang, 'toggleSidebar');
}

async function main(): Promise<void> {
  const initial = decodeState(location.hash);
  const status = byId('status');
  status.textContent = t(initial.lang, 'loading');
  try {
    const data = await loadData();
    performance.mark('gonghui:data-loaded');
    const graph = graphFromSerialized(data.serialized);
    performance.mark('gonghui:graph-built');
    const root = document.documentElement;
    const store = new ViewStore(graph, { ...initial, camera: null }, resolveExplorerSettings());
    // The timeline (when there are months to show) takes the bottom of the stage before sigma measures its container.
    if (store.articleMonths().length > 0) document.body.classList.add('dated');
    const explorer = new Explorer(store, graph, { root, graph: byId('graph'), dock: byId('dock') });
    if (initial.camera) explorer.sigma.getCamera().setState(initial.camera);
    // The Cypher panel subscribes before the sidebar, so a language change renews its editor first.
    const cypher = new CypherPanel(store, explorer, byId('cypher-results'), data.runCypher);
    const search = new SearchBox(store, explorer, byId<HTMLInputElement>('search'), byId('search-results'));
    // Edit controls only when the server says it takes edits (`serve --curate`); the exported page and plain `serve` stay read-only.
    const curation = data.info?.curate === true ? new Curation(store, serverCurateApi(data.info.graph)) : null;
    const curatePanel = curation ? new CuratePanel(store, explorer, curation) : null;
    new Sidebar(store, explorer, byId('sidebar'), () => cypher.editor(), curatePanel?.root ?? null);
    new DetailsPanel(store, explorer, byId('panel'), curation ? new NodeEditor(store, curation) : null);
    new Reader(store, explorer, byId('reader'));
    new Timeline(store, byId('timeline'));
    const statusBar = new StatusBar(store, status, () => explorer.layoutRunning());
    explorer.onLayout(() => statusBar.render());
    new UrlSync(store, explorer.sigma.getCamera());
    renderChrome(store);
    store.subscribe((change) => {
      if (change.keys.has('lang')) renderChrome(store);
    });
    byId('lang').addEventListener('click', () => store.update({ lang: store.state.lang === 'zh' ? 'en' : 'zh' }));
    byId('sidebar-toggle').addEventListener('click', () => {
      // Wide screens show the sidebar until closed; narrow ones hide it until opened.
      const narrow = window.matchMedia('(max-width: 900px)').matches;
      document.body.classList.toggle(narrow ? 'sidebar-open' : 'sidebar-closed');
      document.body.classList.remove(narrow ? 'sidebar-closed' : 'sidebar-open');
      explorer.sigma.resize();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      if (search.isOpen()) search.close();
      else if (store.state.choosing) store.update({ choosing: null });
      else if (cypher.isOpen()) cypher.close();
      else if (store.state.article) store.update({ article: null });
      else if (store.state.selected) store.update({ selected: null });
      else if (store.state.picked.size > 0) store.update({ picked: new Set() });
    });
    if (curation) document.body.classList.add('curating');
    await curation?.load();
    requestAnimationFrame(() => {
      performance.mark('gonghui:first-frame');
      root.dataset.ready = 'true';
    });
    // Tests and the benchmark reach the renderer and the store here; the app itself never reads it.
    Object.assign(window, { gonghui: { sigma: explorer.sigma, store, explorer, cypher, community: (node: string) => store.community(node) } });
  } catch (error) {
    status.textContent = `${t(initial.lang, 'loadFailed')}: ${error instanceof Error ? error.message : String(error)}`;
    status.classList.add('error');
    document.documentElement.dataset.ready = 'error';
  }
}

void main();
