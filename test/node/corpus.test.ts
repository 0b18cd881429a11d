import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookFile, type ReadOutcome } from '../../src/node/read';

/**
 * Every file of the shared real-world corpus must resolve to a workbook or a
 * code — no throw, no hang. Lives next to the repository in /work/shared (and
 * in CI at the same relative place); skipped when absent.
 */
const CORPUS = path.resolve(__dirname, '../../../shared/corpus/spreadsheets');
const PER_FILE_MS = 20_000;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

type Result = ReadOutcome | { ok: false; code: 'TIMEOUT' };

function withTimeout(file: string): Promise<Result> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Result>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, code: 'TIMEOUT' }), PER_FILE_MS);
  });
  return Promise.race([readWorkbookFile(file), timeout]).finally(() => clearTimeout(timer));
}

const present = existsSync(CORPUS);
if (!present) console.log(`corpus not found at ${CORPUS}: skipped`);

(present ? describe : describe.skip)('real-world corpus', () => {
  it('reads or refuses every file with a reason', async () => {
    const started = Date.now();
    const tally = new Map<string, number>();
    const refused: string[] = [];
    const wronglyEmpty: string[] = [];
    for (const file of walk(CORPUS)) {
      const outcome = await withTimeout(file);
      const key = outcome.ok
        ? 'read'
        : outcome.code === 'TIMEOUT'
          ? 'TIMEOUT'
          : `${outcome.code}:${outcome.reason}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      const rel = path.relative(CORPUS, file);
      if (!outcome.ok)
        refused.push(`${rel} → ${key}${'detail' in outcome && outcome.detail ? ` (${outcome.detail})` : ''}`);
      else if (outcome.workbook.sheets.length === 0) wronglyEmpty.push(rel);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `corpus: ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')} in ${seconds} s\n${refused.map((r) => `  ${r}`).join('\n')}`,
    );
    expect(tally.get('TIMEOUT')).toBeUndefined();
    expect(wronglyEmpty).toEqual([]);
    // The corpus holds real workbooks: only password-protected ones may be refused.
    expect(refused.filter((r) => !r.includes('E_FILE_ENCRYPTED:encrypted'))).toEqual([]);
  }, 300_000);
});
