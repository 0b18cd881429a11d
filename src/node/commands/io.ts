/** Where a command writes: injectable so tests can run commands in-process and read what they print. */
import type { MessageData } from '../../core/messages';

export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard error is a terminal: progress bars are worth drawing. */
  errIsTTY: boolean;
  /** The directory relative paths are resolved against. */
  cwd: string;
}

export function processIO(): CommandIO {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    errIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

/** A usage problem found after parsing (output exists, output equals an input …): exit 2. */
export class UsageError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: MessageData = {},
  ) {
    super(messageId);
  }
}

/**
 * An output that could not be written (a full disk, no permission, the file
 * open in Excel): the user's to fix, said plainly; nothing was left half-written.
 */
export class OutputError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: MessageData = {},
  ) {
    super(messageId);
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
