/**
 * The load jobs of a merge's files (./load-input.ts reads them), made before
 * anything heavy is loaded: a reading thread starts on them at once.
 */
import * as fs from 'node:fs';
import type { FileIdentity, LoadJob } from './types';

/**
 * The load jobs of a merge's files: the plan told apart where each file is opened anyway (one more look
 * at every file's path would cost a stat).
 */
export function loadJobs(
  files: readonly { file: string; display: string }[],
  planFile: string | null,
): LoadJob[] {
  const plan = planFile ? fileIdentity(planFile) : null;
  return files.map((f) => ({ file: f.file, display: f.display, ...(plan ? { plan } : {}) }));
}

function fileIdentity(file: string): FileIdentity | null {
  try {
    const st = fs.statSync(file, { bigint: true });
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}
