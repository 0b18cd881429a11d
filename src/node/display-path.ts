import * as path from 'node:path';

/** A path as the user would recognise it: relative to where they ran the command when it lies below. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
