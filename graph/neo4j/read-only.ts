// What a query may do without --write, decided on its tokens before the server sees it. The
// planner's "r" type says only that nothing is written: LOAD CSV reads the server's files,
// procedures and administration commands reach far beyond the graph. So read-only is an
// allow-list: reading clauses, the procedures of READ_PROCEDURES, built-in function namespaces.
//
// Neo4j 5's parser decodes \uXXXX escapes anywhere in the text before it reads it (Java's rule),
// so `\u004cOAD CSV` is LOAD CSV: the rules are checked on the decoded text and on the raw text,
// and a query must keep them in both readings. The tokenizer errs towards seeing code: a line
// comment also ends at U+2028/U+2029/U+0085, block comments do not nest, and anything it cannot
// close (string, comment, quoted name) is refused. Where it differs from Neo4j's lexer it sees
// more keywords, never fewer.

export interface Token {
  kind: 'word' | 'quoted' | 'string' | 'symbol';
  /** The word, the quoted name without its backticks, the symbol; strings keep no text. */
  text: string;
  /** Offset in the query, for messages. */
  at: number;
}

/** Why a query is refused, by rule; `rule` names the rule for tests and logs. */
export interface Refusal {
  rule: 'explain' | 'unreadable' | 'statements' | 'load-csv' | 'procedure' | 'function' | 'administration' | 'use';
  message: string;
}

/** Procedures that only read the graph's schema or search an index. */
export const READ_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.*',
  'db.index.fulltext.queryNodes',
];

/** Namespaces of Neo4j's built-in functions (all pure) that a read-only query may call; function names ignore case. */
const FUNCTION_NAMESPACES = new Set(['date', 'datetime', 'localdatetime', 'localtime', 'time', 'duration', 'point', 'vector', 'db']);

/** Words that begin an administration command when a name follows them. */
const ADMINISTRATION = new Set(['SHOW', 'TERMINATE', 'ALTER', 'GRANT', 'DENY', 'REVOKE', 'RENAME', 'ENABLE', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN']);
/** Objects of CREATE / DROP / START / STOP that are administration, not graph data. */
const ADMINISTERED = new Set(['USER', 'ROLE', 'ROLES', 'DATABASE', 'DATABASES', 'ALIAS', 'COMPOSITE', 'SERVER', 'PRIVILEGE', 'PRIVILEGES']);

const LINE_END = /[\n\r\u2028\u2029\u0085]/g;
const WORD = /[\p{ID_Continue}]+/uy;
const SPACE = /\s/u;
const PUNCTUATION = /[!-/:-@[-`{-~]/;

class Unreadable extends Error {}

function closeQuoted(query: string, start: number, quote: string): { end: number; text: string } {
  let text = '';
  for (let i = start + 1; i < query.length; i++) {
    const c = query[i]!;
    if (quote !== '`' && c === '\\') {
      i++;
      continue;
    }
    if (c === quote) {
      // A doubled backtick is a backtick inside the name.
      if (quote === '`' && query[i + 1] === '`') {
        text += '`';
        i++;
        continue;
      }
      return { end: i + 1, text };
    }
    text += c;
  }
  throw new Unreadable(quote === '`' ? `a name quoted with \` at offset ${start} is not closed` : `a string at offset ${start} is not closed`);
}

/**
 * The text as Java reads source text: a backslash preceded by an even number of backslashes,
 * then one or more "u" and four hex digits, is that UTF-16 code unit. Throws Unreadable on a
 * "\u" without four hex digits, which the server refuses too.
 */
export function decodeUnicodeEscapes(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    if (query[i] !== '\\') {
      const next = query.indexOf('\\', i);
      const end = next === -1 ? query.length : next;
      out += query.slice(i, end);
      i = end;
      continue;
    }
    let j = i;
    while (query[j] === '\\') j++;
    const run = j - i;
    if (run % 2 === 1 && query[j] === 'u') {
      let k = j;
      while (query[k] === 'u') k++;
      const hex = query.slice(k, k + 4);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new Unreadable(`the \\u escape at offset ${j - 1} needs four hex digits`);
      out += `${'\\'.repeat(run - 1)}${String.fromCharCode(parseInt(hex, 16))}`;
      i = k + 4;
    } else {
      out += query.slice(i, j);
      i = j;
    }
  }
  return out;
}

/** The query's tokens, comments and white space left out. Throws Unreadable on an unclosed string or comment. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (SPACE.test(c)) {
      i++;
    } else if (query.startsWith('//', i)) {
      LINE_END.lastIndex = i;
      const end = LINE_END.exec(query);
      i = end === null ? query.length : end.index + 1;
    } else if (query.startsWith('/*', i)) {
      const end = query.indexOf('*/', i + 2);
      if (end === -1) throw new Unreadable(`a comment at offset ${i} is not closed`);
      i = end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      const { end, text } = closeQuoted(query, i, c);
      tokens.push(c === '`' ? { kind: 'quoted', text, at: i } : { kind: 'string', text: '', at: i });
      i = end;
    } else {
      WORD.lastIndex = i;
      const word = WORD.exec(query);
      if (word !== null) {
        tokens.push({ kind: 'word', text: word[0], at: i });
        i += word[0].length;
      } else if (PUNCTUATION.test(c)) {
        tokens.push({ kind: 'symbol', text: c, at: i });
        i++;
      } else {
        // Anything else (controls, Unicode spaces, dashes …) separates words and nothing more:
        // were the server to read it as white space, LOAD<it>CSV must still be LOAD CSV.
        i++;
      }
    }
  }
  return tokens;
}

function keyword(token: Token | undefined): string | undefined {
  return token?.kind === 'word' ? token.text.normalize('NFKC').toUpperCase() : undefined;
}

function isName(token: Token | undefined): boolean {
  return token?.kind === 'word' || token?.kind === 'quoted';
}

/** A dotted name from tokens[start]: its parts and the index after it. */
function dottedName(tokens: readonly Token[], start: number): { parts: string[]; next: number } {
  const parts: string[] = [];
  let i = start;
  while (isName(tokens[i])) {
    parts.push(tokens[i]!.text);
    i++;
    if (tokens[i]?.text !== '.' || !isName(tokens[i + 1])) break;
    i++;
  }
  return { parts, next: i };
}

/** A call of a namespaced function at tokens[i] (apoc.util.sleep(…)) outside Neo4j's built-in namespaces. */
function namespacedCall(tokens: readonly Token[], i: number): Refusal | undefined {
  if (tokens[i + 1]?.text !== '.' || keyword(tokens[i - 1]) === 'CALL') return undefined;
  const { parts, next } = dottedName(tokens, i);
  if (parts.length < 2 || tokens[next]?.text !== '(' || FUNCTION_NAMESPACES.has(parts[0]!.toLowerCase())) return undefined;
  return { rule: 'function', message: `${parts.join('.')}(): only Neo4j's built-in functions may be called` };
}

/** Whether the procedure named by these parts (db, labels) is one of READ_PROCEDURES. */
export function isReadProcedure(parts: readonly string[]): boolean {
  return READ_PROCEDURES.some((allowed) => {
    const pattern = allowed.split('.');
    if (pattern.at(-1) === '*') return parts.length === pattern.length && pattern.slice(0, -1).every((part, i) => parts[i] === part);
    return parts.length === pattern.length && pattern.every((part, i) => parts[i] === part);
  });
}

const BACKTICKS = ' (put a name that is also a keyword in backticks)';

/** The first rule of the read-only allow-list that `query` breaks, or undefined when it keeps them all. */
export function readOnlyRefusal(query: string): Refusal | undefined {
  let readings: Token[][];
  try {
    const decoded = decodeUnicodeEscapes(query);
    readings = decoded === query ? [tokenize(query)] : [tokenize(decoded), tokenize(query)];
  } catch (error) {
    if (error instanceof Unreadable) return { rule: 'unreadable', message: `cannot read the query: ${error.message}` };
    throw error;
  }
  for (const tokens of readings) {
    const refusal = tokenRefusal(tokens);
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}

function tokenRefusal(tokens: readonly Token[]): Refusal | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]?.text;
    if (token.text === ';' && token.kind === 'symbol' && i < tokens.length - 1) {
      return { rule: 'statements', message: 'run one statement at a time (a ";" is followed by more)' };
    }
    // A property (n.show), a parameter ($load) or a map key ({use: 1}) is a name, not a keyword;
    // after the dot of a number (1.) it is not, in case the server reads "1." as a float.
    const property = previous === '$' || (previous === '.' && isName(tokens[i - 2]) && !/^\d/.test(tokens[i - 2]!.text));
    if (!isName(token) || property) continue;
    const functionCall = namespacedCall(tokens, i);
    if (functionCall !== undefined) return functionCall;
    if (token.kind !== 'word') continue;
    const word = keyword(token)!;
    const next = tokens[i + 1];
    const nextWord = keyword(next);
    if (word === 'EXPLAIN' || word === 'PROFILE') {
      return { rule: 'explain', message: 'leave out EXPLAIN / PROFILE: the query is explained before it runs' };
    }
    if (next?.text === ':' && (previous === '{' || previous === ',')) continue;
    if (word === 'LOAD' && isName(next)) {
      return { rule: 'load-csv', message: 'LOAD CSV reads files and URLs on the database server' };
    }
    if (word === 'USE' && isName(next)) {
      return { rule: 'use', message: 'USE switches to another database; queries run on the configured one' };
    }
    const administration =
      (ADMINISTRATION.has(word) && isName(next)) ||
      ((word === 'CREATE' || word === 'DROP' || word === 'START' || word === 'STOP') &&
        (ADMINISTERED.has(nextWord ?? '') || (nextWord === 'OR' && keyword(tokens[i + 2]) === 'REPLACE')));
    if (administration) {
      return { rule: 'administration', message: `${word}${nextWord === undefined ? '' : ` ${nextWord}`} is an administration command${BACKTICKS}` };
    }
    if (word === 'CALL') {
      // CALL { … } and CALL (x) { … } are subqueries, checked token by token like the rest.
      if (next?.text === '{' || next?.text === '(') continue;
      const { parts, next: after } = dottedName(tokens, i + 1);
      if (!isReadProcedure(parts)) {
        const name = parts.length === 0 ? `"${next?.text ?? ''}"` : parts.join('.');
        return { rule: 'procedure', message: `CALL ${name}: only ${READ_PROCEDURES.join(', ')} may be called${BACKTICKS}` };
      }
      i = after - 1;
      continue;
    }
  }
  return undefined;
}
