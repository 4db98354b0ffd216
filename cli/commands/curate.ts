// `gonghui-kg curate <graph-dir> …`: analysts' corrections of a built graph. Each change is
// appended to corrections.json and graph.json (and graph.gexf when there) is rewritten with every
// correction applied, all in one atomic step and under a lock, so two commands at once lose nothing.
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { KgError } from '../../extractor/errors.js';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../extractor/types.js';
import type { KgGraph } from '../../graph/build.js';
import type { Correction } from '../../graph/curate/correction.js';

interface CurateFlags {
  reason?: string;
  by?: string;
  role?: string;
  as?: string;
  limit?: string;
  stale?: boolean;
  corrections?: string;
}

const USAGE = `
Changes (each one is a correction in corrections.json; graph.json and graph.gexf are rewritten):
  curate <graph-dir> merge <id> <into-id>            <id> goes into <into-id>: its names, mentions, evidence and edges
  curate <graph-dir> rename <id> <new name>          the old name becomes an alias
  curate <graph-dir> retype <id> <Type>              ${ENTITY_TYPES.join(', ')}
  curate <graph-dir> drop <id>                       not an entity: its mentions and edges go
  curate <graph-dir> split <id> <alias>… --as <name> these aliases and their mentions are another entity
  curate <graph-dir> relation add|drop <from-id> <TYPE> <to-id> [--role <role>]
  curate <graph-dir> keep-apart <id> <other-id>      reject a suggestion: never suggested again
  curate <graph-dir> undo [<correction-id>]          take back the last correction, or the one given
Reading:
  curate <graph-dir> list [--stale]                  every correction (--stale: those that match nothing)
  curate <graph-dir> suggest [--limit N]             likely duplicates, with the commands to accept or reject them
An <id> is a node id (Union:北京市总工会) or a name or alias that only one node has.
Every change takes --reason <text> and --by <name> (default: your user name).`;

function fail(message: string): never {
  throw new KgError('curate', message);
}

function defaultUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

/** A node named on the command line: its id, else a name or alias only one entity has. */
function resolveNode(graph: KgGraph, text: string, file: string): string {
  if (graph.hasNode(text)) return text;
  for (const field of ['name', 'aliases'] as const) {
    const hits = graph.filterNodes((_node, a) => a.label !== 'Article' && (field === 'name' ? a.name === text : a.aliases.includes(text)));
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) fail(`"${text}" names several nodes in ${file} (${hits.sort().join(', ')}); give the id`);
  }
  return fail(`no node "${text}" in ${file} (give an id such as Union:北京市总工会, or a name; see \`gonghui-kg stats\` or the explorer)`);
}

function arity(action: string, args: readonly string[], min: number, max: number, form: string): void {
  if (args.length < min || args.length > max) fail(`${action} expects ${form}, got ${args.length === 0 ? 'nothing' : args.map((a) => `"${a}"`).join(' ')}`);
}

export function register(program: Command): void {
  program
    .command('curate')
    .description('correct the graph in a folder (merge, rename, retype, drop, split, relations, undo) and list likely duplicates; corrections survive rebuilds')
    .argument('<graph-dir>', 'folder written by `gonghui-kg build` (graph.json)')
    .argument('<action>', 'merge, rename, retype, drop, split, relation, keep-apart, undo, list or suggest')
    .argument('[args...]', 'the action\'s arguments (see below)')
    .option('--reason <text>', 'why: kept with the correction')
    .option('--by <name>', 'who: kept with the correction (default: your user name)')
    .option('--role <role>', 'relation add|drop: the role (主办, 主席 …)')
    .option('--as <name>', 'split: the name of the new entity')
    .option('--limit <n>', 'suggest: how many (default 20)')
    .option('--stale', 'list: only corrections that match nothing')
    .option('--corrections <file>', 'the corrections file (default: corrections.json in <graph-dir>)')
    .addHelpText('after', USAGE)
    .action(async (dir: string, action: string, args: string[], flags: CurateFlags) => {
      const { graphFolder, writeGraphFolder } = await import('../../graph/curate/folder.js');
      const { readCorrections, nextCorrectionId } = await import('../../graph/curate/file.js');
      const { applyCorrections } = await import('../../graph/curate/apply.js');
      const { refOf } = await import('../../graph/curate/match.js');
      const { correctionLine, staleWarning } = await import('../../graph/curate/report.js');
      const { loadGraph } = await import('../../graph/store/json.js');
      const { analyzeGraph } = await import('../../graph/pipeline.js');
      const folder = graphFolder(dir, flags.corrections);
      if (!existsSync(folder.graph)) fail(`there is no ${folder.graph}; build the graph first with \`gonghui-kg build <inputs…> --out ${dir}\``);
      /** The graph as built: graph.uncorrected.json, or graph.json before the first correction. */
      const loadBase = (): KgGraph => loadGraph(existsSync(folder.uncorrected) ? folder.uncorrected : folder.graph);

      if (action === 'list') {
        arity(action, args, 0, 0, 'no arguments');
        const corrections = readCorrections(folder.corrections);
        const stale = new Map(applyCorrections(loadBase(), corrections).stale.map((s) => [s.correction.id, s.problem]));
        const shown = flags.stale === true ? corrections.filter((c) => stale.has(c.id)) : corrections;
        for (const c of shown) process.stdout.write(`${correctionLine(c)}${stale.has(c.id) ? `\n    stale: ${stale.get(c.id)}` : ''}\n`);
        process.stderr.write(`${shown.length} ${flags.stale === true ? 'stale ' : ''}correction${shown.length === 1 ? '' : 's'} in ${folder.corrections}${flags.stale === true ? '' : `, ${stale.size} stale`}\n`);
        return;
      }
      if (action === 'suggest') {
        arity(action, args, 0, 0, 'no arguments');
        const limit = flags.limit === undefined ? 20 : Number(flags.limit);
        if (!Number.isInteger(limit) || limit < 1) fail(`--limit expects a whole number of at least 1, got "${flags.limit}"`);
        const { suggestMerges } = await import('../../graph/curate/suggest.js');
        const suggestions = suggestMerges(loadGraph(folder.graph), readCorrections(folder.corrections), limit);
        const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
        for (const s of suggestions) {
          const shared = [s.sharedNeighbours > 0 ? `${s.sharedNeighbours} shared neighbour${s.sharedNeighbours === 1 ? '' : 's'}` : '', s.sharedArticles > 0 ? `${s.sharedArticles} shared article${s.sharedArticles === 1 ? '' : 's'}` : ''].filter((x) => x !== '').join(', ');
          process.stdout.write(
            `merge ${s.from} into ${s.into}  (${s.because}; ${shared})\n` +
              `    accept: gonghui-kg curate ${quote(dir)} merge ${quote(s.from)} ${quote(s.into)}\n` +
              `    reject: gonghui-kg curate ${quote(dir)} keep-apart ${quote(s.from)} ${quote(s.into)}\n`,
          );
        }
        process.stderr.write(`${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}\n`);
        return;
      }

      const by = flags.by ?? defaultUser();
      const reason = flags.reason ?? '';
      const { withFileLock } = await import('../../graph/curate/lock.js');
      withFileLock(folder.corrections, () => {
        // Read under the lock: another `curate` may just have added a correction.
        const corrections = readCorrections(folder.corrections);
        const base = loadBase();
        const fresh = !existsSync(folder.uncorrected);
        let next: Correction[];
        let made: Correction | undefined;
        if (action === 'undo') {
          arity(action, args, 0, 1, '[<correction-id>]');
          if (corrections.length === 0) fail(`${folder.corrections} holds no corrections; nothing to undo`);
          const id = args[0] ?? corrections.at(-1)!.id;
          const undone = corrections.find((c) => c.id === id) ?? fail(`there is no correction ${id} in ${folder.corrections} (see \`gonghui-kg curate ${dir} list\`)`);
          next = corrections.filter((c) => c !== undone);
          process.stdout.write(`undone: ${correctionLine(undone)}\n`);
        } else {
          // Arguments name nodes of the graph as corrected so far, as graph.json and the explorer show it.
          const current = applyCorrections(base, corrections).graph;
          const node = (text: string) => refOf(current, resolveNode(current, text, folder.graph));
          const head = { id: nextCorrectionId(corrections) };
          const tail = { by, at: new Date().toISOString(), reason };
          switch (action) {
            case 'merge':
              arity(action, args, 2, 2, '<id> <into-id>');
              made = { ...head, op: 'merge', args: { from: node(args[0]!), into: node(args[1]!) }, ...tail };
              break;
            case 'rename':
              arity(action, args, 2, 2, '<id> <new name> (quote a name with spaces)');
              made = { ...head, op: 'rename', args: { node: node(args[0]!), name: args[1]!.trim() }, ...tail };
              if (made.args.name === '') fail('rename expects a new name that is not empty');
              break;
            case 'retype': {
              arity(action, args, 2, 2, '<id> <Type>');
              const type = args[1]!;
              if (!(ENTITY_TYPES as readonly string[]).includes(type)) fail(`unknown type "${type}" (expected ${ENTITY_TYPES.join(', ')})`);
              made = { ...head, op: 'retype', args: { node: node(args[0]!), type: type as EntityType }, ...tail };
              break;
            }
            case 'drop':
              arity(action, args, 1, 1, '<id>');
              made = { ...head, op: 'drop', args: { node: node(args[0]!) }, ...tail };
              break;
            case 'split':
              arity(action, args, 2, Infinity, '<id> <alias>… --as <new name>');
              if (flags.as === undefined || flags.as.trim() === '') fail('split expects --as <new name>');
              made = { ...head, op: 'split', args: { node: node(args[0]!), aliases: [...new Set(args.slice(1))], as: flags.as.trim() }, ...tail };
              break;
            case 'relation': {
              arity(action, args, 4, 4, 'add|drop <from-id> <TYPE> <to-id>');
              const [verb, from, type, to] = args as [string, string, string, string];
              if (verb !== 'add' && verb !== 'drop') fail(`relation expects add or drop, got "${verb}"`);
              if (!(RELATION_TYPES as readonly string[]).includes(type)) fail(`unknown relation type "${type}" (expected ${RELATION_TYPES.join(', ')})`);
              const role = flags.role === undefined || flags.role === '' ? {} : { role: flags.role };
              const relation = { from: node(from), type: type as RelationType, to: node(to), ...role };
              made = verb === 'add' ? { ...head, op: 'relation-add', args: relation, ...tail } : { ...head, op: 'relation-drop', args: relation, ...tail };
              break;
            }
            case 'keep-apart':
              arity(action, args, 2, 2, '<id> <other-id>');
              made = { ...head, op: 'keep-apart', args: { a: node(args[0]!), b: node(args[1]!) }, ...tail };
              if (made.args.a.id === made.args.b.id) fail(`keep-apart expects two different nodes, got ${made.args.a.id} twice`);
              break;
            default:
              fail(`unknown action "${action}" (expected merge, rename, retype, drop, split, relation, keep-apart, undo, list or suggest)`);
          }
          next = [...corrections, made];
        }
        const { graph, stale } = applyCorrections(base, next, made === undefined ? {} : { strict: made.id });
        analyzeGraph(graph);
        // The first correction: graph.json is the graph as built; keep it, without its analytics, for the next rebuilds.
        const uncorrected = fresh ? applyCorrections(base, []).graph : ('unchanged' as const);
        writeGraphFolder('curate', folder, { graph, gexf: existsSync(folder.gexf), uncorrected, corrections: next });
        if (made !== undefined) process.stdout.write(`${correctionLine(made)}\n`);
        for (const s of stale) process.stderr.write(`warning: ${staleWarning(s, folder.corrections)}\n`);
        process.stdout.write(`${folder.graph}: ${graph.order} nodes, ${graph.size} edges, ${next.length} correction${next.length === 1 ? '' : 's'}\n`);
      });
    });
}
