// Progress of a long command on stderr, shared by build and load.
/** Progress on stderr: a bar on a terminal, plain lines otherwise, nothing with --quiet. */
export class Progress {
  private bar: import('cli-progress').SingleBar | undefined;
  private lastLine = 0;

  constructor(
    /** The command, named at the start of each plain line. */
    private readonly command: string,
    private readonly quiet: boolean,
    /** cli-progress, loaded only when stderr is a terminal. */
    private readonly bars: typeof import('cli-progress') | undefined,
  ) {}

  tick(done: number, total: number, what: string): void {
    if (this.quiet) return;
    if (this.bars !== undefined) {
      if (this.bar === undefined) {
        this.bar = new this.bars.SingleBar({ format: `${what} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true }, this.bars.Presets.shades_classic);
        this.bar.start(total, 0);
      }
      this.bar.update(done);
      return;
    }
    // Plain lines: about every 10 %, so a log of a big run stays readable.
    if (done === total || done === 1 || done - this.lastLine >= Math.max(1, Math.floor(total / 10))) {
      this.lastLine = done;
      process.stderr.write(`gonghui-kg ${this.command}: ${what} ${done}/${total}\n`);
    }
  }

  /** Ends the current bar or count; the next tick starts a new one. */
  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
    this.lastLine = 0;
  }

  line(text: string): void {
    if (!this.quiet) process.stderr.write(`gonghui-kg ${this.command}: ${text}\n`);
  }
}
