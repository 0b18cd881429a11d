import type { CommandIO } from './io';
import type { TemplateOptions } from './options';

export async function runTemplate(_inputs: string[], _opts: TemplateOptions, io: CommandIO): Promise<number> {
  io.err('phuluc template: not built yet\n');
  return 1;
}
