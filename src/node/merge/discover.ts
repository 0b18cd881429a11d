/**
 * The files a merge reads: files named on the command line as given, and
 * folders searched recursively. In folders, spreadsheets and documents an
 * agency may have sent by mistake (.docx, .pdf) are taken; Excel lock files
 * (~$…) and hidden copies (._…) of spreadsheets are taken too, so that they
 * are listed as skipped. Hidden folders (.git) are not searched. The
 * report and summary being written, and the plan, are never inputs: found in
 * a folder, they are returned apart, for the command to judge.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../commands/io';
import { sameFile } from '../fix/output-file';

const TAKEN = /\.(xlsx|xlsm|xls|xlsb|ods|fods|csv|tsv|docx|doc|pdf)$/i;

const collator = new Intl.Collator('vi');

async function walk(dir: string, seen: Set<string>, out: string[]): Promise<void> {
  const real = await fs.promises.realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await fs.promises.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const st = await fs.promises.stat(full).catch(() => null);
      isDir = st?.isDirectory() ?? false;
      isFile = st?.isFile() ?? false;
    }
    if (isDir && !e.name.startsWith('.')) await walk(full, seen, out);
    else if (isFile && TAKEN.test(e.name)) out.push(full);
  }
}

/**
 * Absolute paths, each once, in a stable order (Vietnamese collation of the
 * path). A path that does not exist is wrong usage. `never` (the report and
 * summary being written, the plan) is left out of folders and listed in
 * `setAside`; a file named on the command line is the command's to refuse.
 */
export async function discoverInputs(
  inputs: readonly string[],
  never: readonly string[],
): Promise<{ files: string[]; named: string[]; setAside: string[] }> {
  const fromFolders: string[] = [];
  const named: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const st = await fs.promises.stat(input).catch(() => null);
    if (!st) throw new UsageError('cli.fileNotFound', { file: input });
    if (st.isDirectory()) await walk(input, seen, fromFolders);
    else named.push(input);
  }
  const neverNames = new Set(never.map((n) => path.basename(n)));
  const excluded = (file: string) =>
    neverNames.has(path.basename(file)) && never.some((n) => sameFile(n, file));
  const unique = new Map<string, string>();
  for (const file of [...named, ...fromFolders.filter((f) => !excluded(f))]) {
    const key = path.resolve(file);
    if (!unique.has(key)) unique.set(key, file);
  }
  const files = [...unique.values()].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return { files, named, setAside: fromFolders.filter(excluded) };
}
