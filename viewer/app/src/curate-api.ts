// The editing API of `serve --curate`, from the browser: the corrections and suggestions, and one
// change at a time followed by the corrected graph it produced.
import type { CurateRequest, CurateResponse, CurateState } from '../../shared/api.js';
import { parseGraphFile, type ViewerSerializedGraph } from '../../shared/graph-file.js';

export interface CurateResult {
  response: CurateResponse;
  graph: ViewerSerializedGraph;
}

export interface CurateApi {
  state(): Promise<CurateState>;
  /** Rejects with the server's one-line message when the change is refused; then nothing changed. */
  change(request: CurateRequest): Promise<CurateResult>;
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }))) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `${response.status} ${response.statusText}`);
  return body;
}

export function serverCurateApi(graphName: string): CurateApi {
  return {
    state: async () => json<CurateState>(await fetch('api/curate')),
    async change(request) {
      const response = await json<CurateResponse>(
        await fetch('api/curate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) }),
      );
      const text = await fetch('api/graph').then(async (r) => {
        if (!r.ok) throw new Error(`api/graph: ${r.status} ${r.statusText}`);
        return r.text();
      });
      return { response, graph: parseGraphFile(text, graphName) };
    },
  };
}
