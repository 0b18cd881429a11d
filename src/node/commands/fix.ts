import type { CommandIO } from './io';
import type { FixOptions } from './options';

export async function runFix(_inputs: string[], _opts: FixOptions, io: CommandIO): Promise<number> {
  io.err('phuluc fix: not built yet\n');
  return 1;
}
