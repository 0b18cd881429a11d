/** Runs the `phuluc` command line in-process and captures what it prints. */
import { main } from '../../scripts/phuluc';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (s) => (stdout += s),
    err: (s) => (stderr += s),
    errIsTTY: false,
    cwd,
  });
  return { code, stdout, stderr };
}
