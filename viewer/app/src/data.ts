// Where the graph comes from: inline in the page (the self-contained export) or the server's API.
import type { CypherResponse, ServerInfo } from '../../shared/api.js';
import type { ViewerSerializedGraph } from '../../shared/graph-file.js';
import { parseGraphFile } from '../../shared/graph-file.js';

export interface LoadedData {
  serialized: ViewerSerializedGraph;
  info: ServerInfo | null;
  runCypher: ((query: string, params: Record<string, unknown>) => Promise<CypherResponse>) | null;
}

/** Id of the <script type="application/json"> that carries the graph in an exported HTML file. */
export const INLINE_GRAPH_ID = 'gonghui-graph';

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({ error: response.statusText }))) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  return body;
}

export async function loadData(): Promise<LoadedData> {
  const inline = document.getElementById(INLINE_GRAPH_ID);
  if (inline?.textContent) {
    return { serialized: parseGraphFile(inline.textContent, 'the embedded graph'), info: null, runCypher: null };
  }
  const [info, text] = await Promise.all([
    fetch('api/info').then((r) => json<ServerInfo>(r)),
    fetch('api/graph').then(async (r) => {
      if (!r.ok) throw new Error(`api/graph: ${r.status} ${r.statusText}`);
      return r.text();
    }),
  ]);
  const runCypher = info.cypher
    ? async (query: string, params: Record<string, unknown>): Promise<CypherResponse> =>
        json<CypherResponse>(
          await fetch('api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) }),
        )
    : null;
  return { serialized: parseGraphFile(text, info.graph), info, runCypher };
}
