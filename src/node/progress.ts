import type * as CliProgress from 'cli-progress';
import type { CommandIO } from './commands/io';

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

/** A progress bar on standard error, drawn only for a terminal and a run long enough to need one. */
export function startProgress(io: CommandIO, total: number, label: string): Progress {
  if (!io.errIsTTY || total < 3) return { tick() {}, stop() {} };
  // Loaded only for a bar to draw: a merge run from a script or another program shows none.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS package loaded on first use
  const { SingleBar } = require('cli-progress') as typeof CliProgress;
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} {file}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0, { file: '' });
  return {
    tick: (file = '') => bar.increment(1, { file }),
    stop: () => bar.stop(),
  };
}
