// The graph the viewer serves: a graph.json file, or a directory that holds one, read with the
// graph store's loader; the file's text is also kept to be sent to browsers as is.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { KgError } from '../../extractor/errors.js';
import { loadGraph as loadStoredGraph } from '../../graph/store/json.js';
import type { ViewerGraph } from '../shared/article-view.js';

export interface LoadedGraph {
  /** Resolved path of the graph.json file. */
  path: string;
  /** The file's text, served as is. */
  text: string;
  graph: ViewerGraph;
}

/** Resolves `<graph.json or dir>` to a file path, naming what is missing when it is not there. */
export async function resolveGraphPath(input: string): Promise<string> {
  const path = resolve(input);
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new KgError('viewer', `${input} does not exist (expected a graph.json file or a folder holding one)`);
  if (!info.isDirectory()) return path;
  const file = join(path, 'graph.json');
  if (!(await stat(file).catch(() => undefined))?.isFile()) {
    throw new KgError('viewer', `${input} has no graph.json (build one with "gonghui-kg build <inputs…> --out ${input}")`);
  }
  return file;
}

export async function loadGraph(input: string): Promise<LoadedGraph> {
  const path = await resolveGraphPath(input);
  const graph = loadStoredGraph(path);
  return { path, text: await readFile(path, 'utf8'), graph };
}
