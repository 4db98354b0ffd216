// Entry point of the viewer app: load the graph, then hand it to the explorer.
import { graphFromSerialized } from '../../shared/graph-file.js';
import { loadData } from './data.js';
import { Explorer } from './explorer.js';
import { t } from './i18n.js';
import { decodeState } from './state.js';
import './style.css';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`viewer: missing #${id} in index.html`);
  return element as T;
}

async function main(): Promise<void> {
  const lang = decodeState(location.hash).lang;
  const status = byId('status');
  status.textContent = t(lang, 'loading');
  try {
    const data = await loadData();
    performance.mark('gonghui:data-loaded');
    const graph = graphFromSerialized(data.serialized);
    performance.mark('gonghui:graph-built');
    const explorer = new Explorer(graph, data, {
      root: document.documentElement,
      graph: byId('graph'),
      sidebar: byId('sidebar'),
      panel: byId('panel'),
      reader: byId('reader'),
      search: byId<HTMLInputElement>('search'),
      results: byId('search-results'),
      status,
      title: byId('title'),
      lang: byId<HTMLButtonElement>('lang'),
    });
    // Tests and the benchmark reach the renderer here; the app itself never reads it.
    Object.assign(window, { gonghui: explorer });
  } catch (error) {
    status.textContent = `${t(lang, 'loadFailed')}: ${error instanceof Error ? error.message : String(error)}`;
    status.classList.add('error');
    document.documentElement.dataset.ready = 'error';
  }
}

void main();
