// The files of a graph folder once analysts correct it: graph.json and graph.gexf hold the
// corrected graph; graph.uncorrected.json the graph as built, which `curate` re-applies every
// correction to (so that undo is exact) and `build --append` adds pages to; corrections.json (or
// the file given with --corrections) the corrections. All are written in one atomic step.
import { existsSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KgGraph } from '../build.js';
import { writeGexf } from '../export/gexf.js';
import { type ChunkWriter, writeFilesAtomic } from '../store/atomic.js';
import { writeGraphJson } from '../store/json.js';
import type { Correction } from './correction.js';
import { CORRECTIONS_FILE, writeCorrections } from './file.js';

export const UNCORRECTED_FILE = 'graph.uncorrected.json';

export interface GraphFolder {
  dir: string;
  graph: string;
  gexf: string;
  uncorrected: string;
  corrections: string;
}

export function graphFolder(dir: string, corrections?: string): GraphFolder {
  const root = resolve(dir);
  return {
    dir: root,
    graph: join(root, 'graph.json'),
    gexf: join(root, 'graph.gexf'),
    uncorrected: join(root, UNCORRECTED_FILE),
    corrections: corrections === undefined ? join(root, CORRECTIONS_FILE) : resolve(corrections),
  };
}

export interface FolderContents {
  graph: KgGraph;
  gexf: boolean;
  /** The graph before corrections, or 'unchanged' to leave the file as it is; without it, any graph.uncorrected.json left from earlier is removed. */
  uncorrected?: KgGraph | 'unchanged';
  /** Written too when given. */
  corrections?: readonly Correction[];
}

export function writeGraphFolder(module: string, folder: GraphFolder, contents: FolderContents): void {
  const files: { path: string; write: (out: ChunkWriter) => void }[] = [{ path: folder.graph, write: (out) => writeGraphJson(contents.graph, out) }];
  if (contents.gexf) files.push({ path: folder.gexf, write: (out) => writeGexf(contents.graph, out) });
  const uncorrected = contents.uncorrected;
  if (uncorrected !== undefined && uncorrected !== 'unchanged') files.push({ path: folder.uncorrected, write: (out) => writeGraphJson(uncorrected, out) });
  const corrections = contents.corrections;
  if (corrections !== undefined) files.push({ path: folder.corrections, write: (out) => writeCorrections(corrections, out) });
  writeFilesAtomic(module, files);
  if (uncorrected === undefined && existsSync(folder.uncorrected)) unlinkSync(folder.uncorrected);
}
