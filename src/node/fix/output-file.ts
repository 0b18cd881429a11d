/**
 * Output safety shared by `fix` and `template`: never write over an input,
 * never over an existing file without --force, and never leave a half-written
 * file where the output should be (write a temporary file, then rename).
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { messageRef } from '../../core/messages';
import { OutputError, UsageError } from '../commands/io';

/** What is at `file`, or undefined when nothing is (also when a part of its path is a file). */
function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** The same file on disk: one path through a link, a "..", or another name of one file (hard link). */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const sa = statOf(a);
  const sb = statOf(b);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Exit 2 (UsageError) when `out` is one of `inputs`, a folder, inside something that is not a folder, or
 * exists and `force` is off.
 */
export function checkOutput(out: string, inputs: readonly string[], force: boolean): void {
  if (inputs.some((input) => sameFile(out, input))) throw new UsageError('cli.outputIsInput', { file: out });
  const st = statOf(out);
  if (st?.isDirectory()) throw new UsageError('cli.outputIsFolder', { file: out });
  // The nearest existing ancestor must be a folder: the missing ones are made when writing.
  for (let dir = path.dirname(path.resolve(out)); ; dir = path.dirname(dir)) {
    const up = statOf(dir);
    if (up) {
      if (!up.isDirectory()) throw new UsageError('cli.outputFolderBad', { file: out });
      break;
    }
    if (dir === path.dirname(dir)) break;
  }
  if (st && !force) throw new UsageError('cli.outputExists', { file: out });
}

/**
 * Writes through a hidden temporary file beside `out` (same folder, so the
 * rename is atomic), then renames it over `out`. The temporary file is
 * removed when writing fails.
 */
export async function writeAtomic(out: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(tmp);
    await fs.promises.rename(tmp, out);
  } catch (e) {
    // The error that stopped the writing is the one to tell, whatever becomes of the temporary file.
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw outputError(e, out);
  }
}

/** Makes the folder `out` goes into (and those above it) when missing; a refusal is the user's OutputError. */
export async function makeOutputFolder(out: string, folder = path.dirname(out)): Promise<void> {
  try {
    await fs.promises.mkdir(folder, { recursive: true });
  } catch (e) {
    throw outputError(e, out);
  }
}

/** The system's reasons an output cannot be written, each with a message of its own. */
const REASONS = new Set([
  'EACCES',
  'EPERM',
  'EBUSY',
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
]);

/** A system error while writing `out` as the user's OutputError; anything else (a bug) as it was. */
function outputError(e: unknown, out: string): unknown {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (typeof code !== 'string' || !(e as NodeJS.ErrnoException).syscall) return e;
  const reason = REASONS.has(code) ? messageRef(`cli.writeFailed.${code}`) : code;
  return new OutputError('cli.writeFailed', { file: out, reason });
}
