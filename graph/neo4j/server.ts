// Starts the Neo4j Community server of scripts/neo4j (a Java launcher built by Maven) as a
// child process and waits for its Bolt connector.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../../extractor/errors.js';

export interface Neo4jServerOptions {
  /** Data folder (created if missing). */
  home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Password of user neo4j. */
  password: string;
  /** JVM heap maximum, e.g. "512m". */
  heap: string;
  /** Page cache size, e.g. "128m". */
  pagecache: string;
  /** Start faster at the cost of peak speed (C1 JIT only): for short-lived test servers. */
  quickStart: boolean;
  /** Longest a transaction may run before the server stops it (db.transaction.timeout), e.g. "30m". */
  transactionTimeout: string;
}

export const DEFAULT_NEO4J_SERVER_OPTIONS: Readonly<Omit<Neo4jServerOptions, 'home' | 'password'>> = {
  port: 7687,
  heap: '1g',
  pagecache: '256m',
  quickStart: false,
  transactionTimeout: '30m',
};

export interface RunningNeo4jServer {
  uri: string;
  child: ChildProcess;
  /** Shuts the server down cleanly and waits for the process to end. */
  stop(): Promise<void>;
}

/** scripts/neo4j of this package, found from this file both in the sources and in dist/. */
export function launcherDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'scripts', 'neo4j', 'pom.xml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new KgError('neo4j', 'cannot find scripts/neo4j/pom.xml in this installation');
    dir = parent;
  }
  return join(dir, 'scripts', 'neo4j');
}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Why the bundled server cannot run here, or undefined when it can. */
export function neo4jServerUnavailableReason(): string | undefined {
  if (!commandWorks('java', ['-version'])) return 'Java 17 or newer is not installed (java is not on PATH)';
  const dir = launcherDir();
  if (!launcherBuilt(dir) && !commandWorks('mvn', ['-v'])) {
    return 'the Neo4j artifacts are not built and Maven is not installed (mvn is not on PATH)';
  }
  return undefined;
}

/** Built, and not older than the pom or the launcher source (a pull may have changed them). */
function launcherBuilt(dir: string): boolean {
  const marker = join(dir, 'target', 'gonghui-built');
  if (!existsSync(marker)) return false;
  const built = statSync(marker).mtimeMs;
  return [join(dir, 'pom.xml'), join(dir, 'src', 'main', 'java', 'gonghui', 'Neo4jLauncher.java')].every(
    (input) => !existsSync(input) || statSync(input).mtimeMs <= built,
  );
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds the launcher and downloads the Neo4j jars from Maven Central once. Test files start
 * servers in parallel workers: one builds under a lock file, the others wait for its marker.
 */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  const dir = launcherDir();
  if (launcherBuilt(dir)) return;
  mkdirSync(join(dir, 'target'), { recursive: true });
  const lock = join(dir, 'target', 'build.lock');
  let fd: number | undefined;
  const deadline = Date.now() + 20 * 60_000;
  while (fd === undefined) {
    try {
      fd = openSync(lock, 'wx');
    } catch {
      if (launcherBuilt(dir)) return;
      if (Date.now() > deadline) throw new KgError('neo4j', `another process has been building the Neo4j launcher for 20 minutes; remove ${lock} if it died`);
      sleepSync(500);
    }
  }
  try {
    if (launcherBuilt(dir)) return;
    log('gonghui-kg/neo4j: building the Neo4j launcher with Maven (first run downloads about 130 MB)…');
    const result = spawnSync('mvn', ['-q', '-B', '-f', join(dir, 'pom.xml'), '-DskipTests', 'package'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.error !== undefined || result.status !== 0) {
      throw new KgError('neo4j', `Maven could not build ${join(dir, 'pom.xml')} (is mvn installed and Maven Central reachable?)`);
    }
    writeFileSync(join(dir, 'target', 'gonghui-built'), 'built by mvn package\n');
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}

export async function startNeo4jServer(
  options: Partial<Neo4jServerOptions> & Pick<Neo4jServerOptions, 'home' | 'password'>,
  log: (line: string) => void = () => {},
): Promise<RunningNeo4jServer> {
  const settings: Neo4jServerOptions = { ...DEFAULT_NEO4J_SERVER_OPTIONS, ...options };
  if (settings.password.length < 8) {
    throw new KgError('neo4j', 'the server password must have at least 8 characters');
  }
  if (/[\r\n]/.test(settings.password)) {
    throw new KgError('neo4j', 'the server password must be one line');
  }
  if (!/^\d+(ms|s|m|h)$/.test(settings.transactionTimeout)) {
    throw new KgError('neo4j', `expected a transaction timeout such as 90s or 30m, got "${settings.transactionTimeout}"`);
  }
  if (!commandWorks('java', ['-version'])) {
    throw new KgError('neo4j', 'Java 17 or newer is needed to run the Neo4j server (java is not on PATH)');
  }
  ensureLauncherBuilt(log);
  const dir = launcherDir();
  const home = resolve(settings.home);
  mkdirSync(home, { recursive: true });
  const jvm = [
    // A long-running server gets its whole heap up front: growing it costs full collections mid-load.
    settings.quickStart ? '-Xms64m' : `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    // Short-lived test servers start faster with the C1 JIT only and the single-threaded collector.
    ...(settings.quickStart ? ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'] : ['-XX:+UseParallelGC']),
    // Neo4j reaches into these JDK internals for its page cache and network I/O.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    `${join(dir, 'target', 'classes')}:${join(dir, 'target', 'lib', '*')}`,
    'gonghui.Neo4jLauncher',
  ];
  // The password goes on standard input: the command line of a process is visible to every user.
  const args = ['--home', home, '--port', String(settings.port), '--password-stdin', '--pagecache', settings.pagecache, '--transaction-timeout', settings.transactionTimeout];
  const child = spawn('java', [...jvm, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.on('error', () => {});
  child.stdin?.end(`${settings.password}\n`);

  const uri = await new Promise<string>((resolveUri, reject) => {
    let stdout = '';
    let stderr = '';
    const onExit = (code: number | null): void => {
      const lines = stderr.trim().split('\n');
      const known = lines.find((line) => line.startsWith('neo4j-launcher: '));
      if (known !== undefined) {
        reject(new KgError('neo4j', `the Neo4j server could not start: ${known.slice('neo4j-launcher: '.length)}`));
        return;
      }
      const reason = lines.find((line) => line.includes('Exception'));
      reject(new KgError('neo4j', `the Neo4j server stopped before it was ready (exit ${code})${reason ? `: ${reason.trim()}` : ''}; its logs are in ${join(home, 'logs')}`));
    };
    child.once('exit', onExit);
    child.once('error', (error) => reject(new KgError('neo4j', `cannot start java: ${error.message}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /READY (bolt:\/\/\S+)/.exec(stdout);
      if (match?.[1] !== undefined) {
        child.off('exit', onExit);
        resolveUri(match[1]);
      }
    });
  });

  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null) done();
    else child.once('exit', () => done());
  });
  return {
    uri,
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
