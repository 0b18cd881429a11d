import type { CommandIO } from './io';
import type { MergeOptions } from './options';

export async function runMerge(_inputs: string[], _opts: MergeOptions, io: CommandIO): Promise<number> {
  io.err('phuluc merge: not built yet\n');
  return 1;
}
