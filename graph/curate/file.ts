// corrections.json: every correction of one graph (or of several builds sharing the file), in the
// order they were made. One correction per line with its keys in a fixed order, so that the file
// reads well and diffs well under version control; a bad entry is reported by number and id.
import { existsSync, readFileSync } from 'node:fs';
import { KgError } from '../../extractor/errors.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../extractor/types.js';
import { NODE_LABELS } from '../schema.js';
import type { ChunkWriter } from '../store/atomic.js';
import { CORRECTION_OPS, type Correction, type EntityRef } from './correction.js';

export const CORRECTIONS_FORMAT = 'gonghui-kg/corrections';
export const CORRECTIONS_FORMAT_VERSION = 1;
export const CORRECTIONS_FILE = 'corrections.json';

function fail(path: string, message: string): never {
  throw new KgError('curate', `${path}: ${message}`);
}

type Check = (value: unknown) => string | undefined;

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function checkRef(value: unknown, key: string): string | undefined {
  const ref = value as Partial<EntityRef> | null;
  if (ref === null || typeof ref !== 'object') return `"args.${key}" is not an object`;
  if (!isString(ref.id) || ref.id === '') return `"args.${key}.id" is missing`;
  if (!isString(ref.type) || !(NODE_LABELS as readonly string[]).includes(ref.type)) return `"args.${key}.type" is not one of ${NODE_LABELS.join(', ')}`;
  if (!isString(ref.name)) return `"args.${key}.name" is missing`;
  if (!isStrings(ref.aliases)) return `"args.${key}.aliases" is not a list of names`;
  return undefined;
}

const refs =
  (...keys: string[]): Check =>
  (args) => {
    for (const key of keys) {
      const problem = checkRef((args as Record<string, unknown>)[key], key);
      if (problem !== undefined) return problem;
    }
    return undefined;
  };

const ARG_CHECKS: Record<Correction['op'], Check> = {
  merge: refs('from', 'into'),
  rename: (args) => refs('node')(args) ?? (isString((args as { name?: unknown }).name) && (args as { name: string }).name !== '' ? undefined : '"args.name" is missing'),
  retype: (args) => refs('node')(args) ?? ((ENTITY_TYPES as readonly unknown[]).includes((args as { type?: unknown }).type) ? undefined : `"args.type" is not one of ${ENTITY_TYPES.join(', ')}`),
  drop: refs('node'),
  split: (args) => {
    const a = args as { aliases?: unknown; as?: unknown };
    return refs('node')(args) ?? (isStrings(a.aliases) && a.aliases.length > 0 ? undefined : '"args.aliases" is not a list of names') ?? (isString(a.as) && a.as !== '' ? undefined : '"args.as" is missing');
  },
  'relation-add': (args) => checkRelation(args),
  'relation-drop': (args) => checkRelation(args),
  'keep-apart': refs('a', 'b'),
};

function checkRelation(args: unknown): string | undefined {
  const a = args as { type?: unknown; role?: unknown };
  return (
    refs('from', 'to')(args) ??
    ((RELATION_TYPES as readonly unknown[]).includes(a.type) ? undefined : `"args.type" is not one of ${RELATION_TYPES.join(', ')}`) ??
    (a.role === undefined || isString(a.role) ? undefined : '"args.role" is not text')
  );
}

function checkCorrection(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const c = value as Record<string, unknown>;
  if (!isString(c.id) || c.id === '') return 'missing "id"';
  if (!(CORRECTION_OPS as readonly unknown[]).includes(c.op)) return `unknown op ${JSON.stringify(c.op)} (expected ${CORRECTION_OPS.join(', ')})`;
  if (c.args === null || typeof c.args !== 'object') return 'missing "args"';
  for (const key of ['by', 'at', 'reason']) if (!isString(c[key])) return `missing "${key}"`;
  return ARG_CHECKS[c.op as Correction['op']](c.args);
}

/** Parses a corrections file; anything wrong is one error naming the file and the entry. */
export function parseCorrections(text: string, path: string): Correction[] {
  if (text.trim() === '') return [];
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    fail(path, `is not valid JSON (${(error as Error).message}); fix or remove it`);
  }
  const d = document as { format?: unknown; version?: unknown; corrections?: unknown } | null;
  if (d === null || typeof d !== 'object' || d.format !== CORRECTIONS_FORMAT) fail(path, `is not a gonghui-kg corrections file (expected "format": "${CORRECTIONS_FORMAT}")`);
  if (d.version !== CORRECTIONS_FORMAT_VERSION) fail(path, `has corrections format version ${JSON.stringify(d.version)}, this gonghui-kg reads version ${CORRECTIONS_FORMAT_VERSION}`);
  if (!Array.isArray(d.corrections)) fail(path, 'has no "corrections" list');
  const ids = new Set<string>();
  return d.corrections.map((entry: unknown, i: number) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const where = `entry ${i + 1}${isString(id) ? ` (${id})` : ''}`;
    const problem = checkCorrection(entry);
    if (problem !== undefined) fail(path, `${where}: ${problem}`);
    if (ids.has(id as string)) fail(path, `${where}: the id ${id as string} is used twice`);
    ids.add(id as string);
    return entry as Correction;
  });
}

/** The corrections in `path`; none when the file does not exist. */
export function readCorrections(path: string): Correction[] {
  if (!existsSync(path)) return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(path, `cannot read: ${(error as Error).message}`);
  }
  return parseCorrections(text, path);
}

function orderedRef(ref: EntityRef): EntityRef {
  return { id: ref.id, type: ref.type, name: ref.name, aliases: [...ref.aliases] };
}

/** The correction with its keys, and its arguments' keys, in the file's fixed order. */
export function orderedCorrection(c: Correction): Correction {
  const head = { id: c.id, op: c.op };
  const tail = { by: c.by, at: c.at, reason: c.reason };
  switch (c.op) {
    case 'merge':
      return { ...head, op: c.op, args: { from: orderedRef(c.args.from), into: orderedRef(c.args.into) }, ...tail };
    case 'rename':
      return { ...head, op: c.op, args: { node: orderedRef(c.args.node), name: c.args.name }, ...tail };
    case 'retype':
      return { ...head, op: c.op, args: { node: orderedRef(c.args.node), type: c.args.type }, ...tail };
    case 'drop':
      return { ...head, op: c.op, args: { node: orderedRef(c.args.node) }, ...tail };
    case 'split':
      return { ...head, op: c.op, args: { node: orderedRef(c.args.node), aliases: [...c.args.aliases], as: c.args.as }, ...tail };
    case 'relation-add':
    case 'relation-drop': {
      const args = { from: orderedRef(c.args.from), type: c.args.type, to: orderedRef(c.args.to), ...(c.args.role === undefined ? {} : { role: c.args.role }) };
      return { ...head, op: c.op, args, ...tail };
    }
    case 'keep-apart':
      return { ...head, op: c.op, args: { a: orderedRef(c.args.a), b: orderedRef(c.args.b) }, ...tail };
  }
}

export function writeCorrections(corrections: readonly Correction[], out: ChunkWriter): void {
  out.write(`{\n  "format": ${JSON.stringify(CORRECTIONS_FORMAT)},\n  "version": ${CORRECTIONS_FORMAT_VERSION},\n  "corrections": [`);
  corrections.forEach((c, i) => out.write(`${i === 0 ? '' : ','}\n    ${JSON.stringify(orderedCorrection(c))}`));
  out.write(`${corrections.length === 0 ? '' : '\n  '}]\n}\n`);
}

/** The next free id: c1, c2 … one more than the highest in use, so an undone id is not reused while later ones exist. */
export function nextCorrectionId(corrections: readonly Correction[]): string {
  let highest = 0;
  for (const c of corrections) {
    const match = /^c(\d+)$/.exec(c.id);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `c${highest + 1}`;
}
