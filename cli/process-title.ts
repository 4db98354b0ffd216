// A password given on the command line (--password X) is readable by every user of the machine in
// the process list for as long as the command runs (a server, a long load). Node's process.title
// writes over the arguments' memory on Linux, which is what `ps` and /proc/<pid>/cmdline read.

const MASK = '***';

/** The command line with every --password value masked, or undefined when it has none. */
export function maskedCommandLine(argv: readonly string[]): string | undefined {
  const args = argv.slice(2);
  let masked = false;
  const shown = args.map((arg, i) => {
    if (arg.startsWith('--password=')) {
      masked = true;
      return `--password=${MASK}`;
    }
    if (i > 0 && args[i - 1] === '--password') {
      masked = true;
      return MASK;
    }
    return arg;
  });
  return masked ? ['gonghui-kg', ...shown].join(' ') : undefined;
}

/** Hides this process's --password values from the process list. */
export function hidePasswordFromProcessList(argv: readonly string[] = process.argv): void {
  const title = maskedCommandLine(argv);
  if (title !== undefined) process.title = title;
}
