// A crawl's manifest: what is known of each file that its text may not say, one row per file —
// `file` (or `url`, whose last path segment is then the file name), `date`, `outlet`, optional
// `title` — as CSV with a header row, or as JSON lines. A bad row is one problem naming it; the
// other rows are used.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { dateValue } from '../dates/printed.js';
import { KgError } from '../errors.js';

/** What the manifest says of one file. */
export interface ManifestEntry {
  /** ISO date of publication. */
  date?: string;
  outlet?: string;
  title?: string;
}

export interface Manifest {
  path: string;
  /** By file name, and by resolved path for rows naming a path. */
  entries: Map<string, ManifestEntry & { row: string }>;
  /** One line per bad row. */
  problems: string[];
}

interface Row {
  /** How a message names the row: manifest.csv:4. */
  where: string;
  cells: Record<string, unknown>;
}

function csvRows(text: string, path: string): Row[] {
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), info: true, skip_empty_lines: true, bom: true, relax_column_count: true });
  } catch (error) {
    throw new KgError('ingest', `${path}: not a CSV manifest (${(error as Error).message})`, { cause: error });
  }
  return parsed.map(({ record, info }) => ({ where: `${basename(path)}:${info.lines}`, cells: record }));
}

function jsonRows(text: string, path: string, problems: string[]): Row[] {
  const rows: Row[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${basename(path)}:${i + 1}`;
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) problems.push(`${where}: not a JSON object; row ignored`);
      else rows.push({ where, cells: Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), v])) });
    } catch {
      problems.push(`${where}: not valid JSON; row ignored`);
    }
  });
  return rows;
}

function cell(row: Row, name: string): string | undefined {
  const value = row.cells[name];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** The file a row is about: its `file`, else the last segment of its `url`'s path. */
function fileOf(row: Row): string | undefined {
  const file = cell(row, 'file');
  if (file !== undefined) return file;
  const url = cell(row, 'url');
  if (url === undefined) return undefined;
  try {
    const segment = new URL(url).pathname.split('/').filter((s) => s !== '').at(-1);
    return segment === undefined ? undefined : decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Parses a manifest's text; `path` names it in messages and anchors the paths its rows give. */
export function parseManifest(text: string, path: string): Manifest {
  const problems: string[] = [];
  const jsonl = ['.jsonl', '.ndjson', '.json'].includes(extname(path).toLowerCase());
  const rows = jsonl ? jsonRows(text, path, problems) : csvRows(text, path);
  const entries = new Map<string, ManifestEntry & { row: string }>();
  for (const row of rows) {
    const file = fileOf(row);
    if (file === undefined) {
      problems.push(`${row.where}: names no file (no "file" and no "url" with a path); row ignored`);
      continue;
    }
    const key = file.includes('/') || file.includes('\\') ? resolve(dirname(path), file) : file;
    const first = entries.get(key);
    if (first !== undefined) {
      problems.push(`${row.where}: ${file} is already given by ${first.row}; row ignored`);
      continue;
    }
    const entry: ManifestEntry & { row: string } = { row: row.where };
    const printed = cell(row, 'date');
    if (printed !== undefined) {
      const date = dateValue(printed);
      if (date === undefined) {
        problems.push(`${row.where}: ${file}: cannot read the date "${printed}" (expected YYYY-MM-DD, YYYY-MM or YYYY); row ignored`);
        continue;
      }
      entry.date = date;
    }
    const outlet = cell(row, 'outlet');
    if (outlet !== undefined) entry.outlet = outlet;
    const title = cell(row, 'title');
    if (title !== undefined) entry.title = title;
    entries.set(key, entry);
  }
  return { path, entries, problems };
}

export function readManifest(path: string): Manifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KgError('ingest', `--manifest ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`, { cause: error });
  }
  const manifest = parseManifest(text, path);
  if (manifest.entries.size === 0 && manifest.problems.length === 0) {
    throw new KgError('ingest', `--manifest ${path}: no rows (expected a header row with file or url, date, outlet)`);
  }
  return manifest;
}

/** The row for an input file: by its resolved path, else by its name. */
export function manifestEntry(manifest: Manifest, path: string): ManifestEntry | undefined {
  const entry = manifest.entries.get(resolve(path)) ?? manifest.entries.get(basename(path));
  if (entry === undefined) return undefined;
  const { row: _row, ...facts } = entry;
  return facts;
}

/** One problem per row that names none of the files read. */
export function unmatchedRows(manifest: Manifest, paths: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const path of paths) {
    seen.add(resolve(path));
    seen.add(basename(path));
  }
  const problems: string[] = [];
  for (const [key, entry] of manifest.entries) {
    if (!seen.has(key)) problems.push(`${entry.row}: ${basename(key)} is not among the inputs; row ignored`);
  }
  return problems;
}
