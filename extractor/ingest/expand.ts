// Command-line inputs → the files to read: files as named, directories walked recursively for
// .txt/.html/.htm, anything else tried as a glob. Problems become warnings, one per input.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { InputWarning } from '../types.js';
import { describeReadError, isTextFileName } from './source.js';

export interface ExpandedInputs {
  /** Resolved paths, in input order (directory and glob matches sorted), each once. */
  files: string[];
  warnings: InputWarning[];
}

async function textFilesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isTextFileName(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function expandOne(input: string): Promise<{ files: string[]; warning?: string }> {
  const path = resolve(input);
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const files = await textFilesUnder(path);
      return files.length > 0 ? { files } : { files, warning: 'directory holds no .txt, .html or .htm files' };
    }
    return { files: [path] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return { files: [], warning: describeReadError(error) };
  }
  if (!isDynamicPattern(input)) return { files: [], warning: 'no such file or directory' };
  const files = (await glob(input, { absolute: true, onlyFiles: true, expandDirectories: false })).sort();
  return files.length > 0 ? { files } : { files, warning: 'no file matches this pattern' };
}

export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const expanded = await Promise.all(inputs.map(expandOne));
  const seen = new Set<string>();
  const files: string[] = [];
  const warnings: InputWarning[] = [];
  expanded.forEach(({ files: found, warning }, i) => {
    if (warning) warnings.push({ path: inputs[i]!, message: warning });
    for (const file of found) {
      if (!seen.has(file)) files.push(file);
      seen.add(file);
    }
  });
  return { files, warnings };
}
