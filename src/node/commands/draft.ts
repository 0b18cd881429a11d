import type { CommandIO } from './io';
import type { DraftOptions } from './options';

export async function runDraft(_inputs: string[], _opts: DraftOptions, io: CommandIO): Promise<number> {
  io.err('phuluc draft: not built yet\n');
  return 1;
}
