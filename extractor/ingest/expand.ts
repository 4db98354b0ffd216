// Command-line inputs → the files to read: files as named, directories walked recursively for
// .txt/.html/.htm, anything else tried as a glob. Problems become warnings, one per input (and one
// per folder inside it that cannot be read).
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { InputWarning } from '../types.js';
import { describeFolderError, describeReadError, isTextFileName, notRegularFile } from './source.js';

export interface ExpandedInputs {
  /** Resolved paths, in input order (directory and glob matches sorted), each once. */
  files: string[];
  warnings: InputWarning[];
}

interface Expanded {
  files: string[];
  /** Problems with the input itself, or with folders inside it (those name their own path). */
  warnings: InputWarning[];
}

/**
 * The text files under a directory, folder by folder: a folder that cannot be read is reported on
 * its own and the rest are still read. A pipe, socket or device with a text file's name is
 * reported, not read (reading it could block forever); links are not followed.
 */
async function textFilesUnder(directory: string, warnings: InputWarning[]): Promise<string[]> {
  const files: string[] = [];
  /** Folders and entries that cannot be read. */
  const unreadable: InputWarning[] = [];
  const pending = [directory];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: folder, message: describeFolderError(error) });
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (!isTextFileName(entry.name) || entry.isSymbolicLink()) continue;
      else if (entry.isFile()) files.push(path);
      else unreadable.push({ path, message: notRegularFile(entry)! });
    }
  }
  warnings.push(...unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
  return files.sort();
}

async function expandOne(input: string): Promise<Expanded> {
  const path = resolve(input);
  const warn = (message: string): Expanded => ({ files: [], warnings: [{ path: input, message }] });
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const warnings: InputWarning[] = [];
      const files = await textFilesUnder(path, warnings);
      if (files.length === 0 && warnings.length === 0) return warn('directory holds no .txt, .html or .htm files');
      return { files, warnings };
    }
    const kind = notRegularFile(info);
    return kind ? warn(kind) : { files: [path], warnings: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return warn(describeReadError(error));
  }
  if (!isDynamicPattern(input)) return warn('no such file or directory');
  const files = (await glob(input, { absolute: true, onlyFiles: true, expandDirectories: false })).sort();
  return files.length > 0 ? { files, warnings: [] } : warn('no file matches this pattern');
}

export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const expanded = await Promise.all(inputs.map(expandOne));
  const seen = new Set<string>();
  const files: string[] = [];
  const warnings: InputWarning[] = [];
  for (const { files: found, warnings: own } of expanded) {
    warnings.push(...own);
    for (const file of found) {
      if (!seen.has(file)) files.push(file);
      seen.add(file);
    }
  }
  return { files, warnings };
}
