// `gonghui-kg curate <graph-dir> …`: analysts' corrections of a built graph. Each change is
// appended to corrections.json and graph.json (and graph.gexf when there) is rewritten with every
// correction applied, all in one atomic step and under a lock, so two commands at once lose nothing.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { KgError } from '../../extractor/errors.js';
import { ENTITY_TYPES } from '../../extractor/types.js';
import type { KgGraph } from '../../graph/build.js';
import type { ChangeRequest } from '../../graph/curate/session.js';

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

function arity(action: string, args: readonly string[], min: number, max: number, form: string): void {
  if (args.length < min || args.length > max) fail(`${action} expects ${form}, got ${args.length === 0 ? 'nothing' : args.map((a) => `"${a}"`).join(' ')}`);
}

/** The change the command line asks for. */
function changeRequest(action: string, args: string[], flags: CurateFlags): ChangeRequest {
  switch (action) {
    case 'merge':
      arity(action, args, 2, 2, '<id> <into-id>');
      return { action, from: args[0]!, into: args[1]! };
    case 'rename':
      arity(action, args, 2, 2, '<id> <new name> (quote a name with spaces)');
      return { action, node: args[0]!, name: args[1]! };
    case 'retype':
      arity(action, args, 2, 2, '<id> <Type>');
      return { action, node: args[0]!, type: args[1]! };
    case 'drop':
      arity(action, args, 1, 1, '<id>');
      return { action, node: args[0]! };
    case 'split':
      arity(action, args, 2, Infinity, '<id> <alias>… --as <new name>');
      if (flags.as === undefined) fail('split expects --as <new name>');
      return { action, node: args[0]!, aliases: args.slice(1), as: flags.as };
    case 'relation': {
      arity(action, args, 4, 4, 'add|drop <from-id> <TYPE> <to-id>');
      const [verb, from, type, to] = args as [string, string, string, string];
      if (verb !== 'add' && verb !== 'drop') fail(`relation expects add or drop, got "${verb}"`);
      return { action: verb === 'add' ? 'relation-add' : 'relation-drop', from, type, to, ...(flags.role === undefined ? {} : { role: flags.role }) };
    }
    case 'keep-apart':
      arity(action, args, 2, 2, '<id> <other-id>');
      return { action, a: args[0]!, b: args[1]! };
    case 'undo':
      arity(action, args, 0, 1, '[<correction-id>]');
      return args[0] === undefined ? { action } : { action, id: args[0] };
    default:
      return fail(`unknown action "${action}" (expected merge, rename, retype, drop, split, relation, keep-apart, undo, list or suggest)`);
  }
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
      const { graphFolder } = await import('../../graph/curate/folder.js');
      const { readCorrections } = await import('../../graph/curate/file.js');
      const { applyCorrections } = await import('../../graph/curate/apply.js');
      const { correctionLine, staleWarning } = await import('../../graph/curate/report.js');
      const { changeGraphFolder, loadUncorrected } = await import('../../graph/curate/session.js');
      const folder = graphFolder(dir, flags.corrections);
      const loadBase = (): KgGraph => loadUncorrected(folder);

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
        const { loadGraph } = await import('../../graph/store/json.js');
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

      const request = changeRequest(action, args, flags);
      const result = changeGraphFolder(folder, request, { by: flags.by ?? defaultUser(), reason: flags.reason ?? '' });
      if (result.undone !== undefined) process.stdout.write(`undone: ${correctionLine(result.undone)}\n`);
      if (result.made !== undefined) process.stdout.write(`${correctionLine(result.made)}\n`);
      for (const s of result.stale) process.stderr.write(`warning: ${staleWarning(s, folder.corrections)}\n`);
      const count = result.corrections.length;
      process.stdout.write(`${folder.graph}: ${result.graph.order} nodes, ${result.graph.size} edges, ${count} correction${count === 1 ? '' : 's'}\n`);
    });
}
