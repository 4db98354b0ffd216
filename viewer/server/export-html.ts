// `gonghui-kg export <graph> --format html`: one .html file holding the built viewer and the
// graph, which works when opened from file:// (no server, no network).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../../extractor/errors.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from '../../graph/schema.js';
import { writeFileAtomic } from '../../graph/store/atomic.js';
import type { ViewerGraph } from '../shared/article-view.js';
import { viewerAppDir } from './app-dir.js';

/** Id of the element holding the graph; the app's data loader looks for it (viewer/app/src/data.ts). */
const INLINE_GRAPH_ID = 'gonghui-graph';

const SCRIPT_TAG = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/;
const STYLE_TAG = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/;

/** Text that cannot end or confuse the <script> element it is placed in. */
function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\x21--');
}

/** JSON that cannot close its <script> element: every "<" becomes \u003c, which JSON reads back as "<". */
function jsonSafe(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The self-contained page for a graph, built from the app in `appDir`. */
export function selfContainedHtml(graph: ViewerGraph, appDir: string = viewerAppDir()): string {
  const index = readFileSync(join(appDir, 'index.html'), 'utf8');
  const script = SCRIPT_TAG.exec(index);
  const style = STYLE_TAG.exec(index);
  if (!script?.[1] || !style?.[1]) {
    throw new KgError('viewer', `${join(appDir, 'index.html')} is not a viewer build this exporter knows; run "npm run build"`);
  }
  const code = scriptSafe(readFileSync(join(appDir, script[1]), 'utf8'));
  const css = readFileSync(join(appDir, style[1]), 'utf8').replace(/<\/(style)/gi, '<\\/$1');
  const data = jsonSafe(JSON.stringify({ format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, graph: graph.export() }));
  // Only this exact script may run (no inline handlers, nothing from the network): data that
  // somehow became markup could still not execute.
  const hash = createHash('sha256').update(code).digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'`;
  return index
    // The graph is inline: nothing to fetch from a server.
    .replace(/\s*<link rel="preload"[^>]*data-server-only[^>]*>/, '')
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace(STYLE_TAG, () => `<style>${css}</style>`)
    .replace(SCRIPT_TAG, () => `<script type="application/json" id="${INLINE_GRAPH_ID}">${data}</script>\n    <script type="module">${code}</script>`);
}

export function exportHtml(graph: ViewerGraph, out: string): void {
  const html = selfContainedHtml(graph);
  writeFileAtomic('export', out, (writer) => writer.write(html));
}
