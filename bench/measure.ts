/**
 * Runs a command as a child process and measures it from outside: wall time
 * (spawn to exit) and the child's peak resident memory, from GNU time when
 * present (/usr/bin/time -v), which counts worker threads as part of it.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

export interface Sample {
  seconds: number;
  /** Peak resident set size in MB; null when GNU time is absent. */
  peakMB: number | null;
  stdout: string;
  code: number;
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = fs.existsSync(GNU_TIME);

export function runOnce(command: string, args: string[], cwd: string): Promise<Sample> {
  const [cmd, argv] = hasGnuTime ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ seconds, peakMB: rss ? Number(rss[1]) / 1024 : null, stdout, code: code ?? 1 });
    });
  });
}

export interface Measured {
  /** Median over the runs. */
  seconds: number;
  peakMB: number | null;
  runs: number[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One way of doing the job, timed by running it as a process. */
export interface Contender<L extends string> {
  label: L;
  once: () => Promise<Sample>;
  /** Whether a run did the job. */
  ok: (s: Sample) => boolean;
}

/**
 * `runs` rounds, each running every contender once in turn, so that a slow
 * spell of a shared machine slows them alike and the ratios hold; the median
 * of each contender's runs. Peak memory is the largest seen.
 */
export async function measureInterleaved<L extends string>(
  runs: number,
  contenders: readonly Contender<L>[],
  onRun?: (label: L, seconds: number) => void,
): Promise<Map<L, Measured>> {
  const samples = new Map<L, Sample[]>(contenders.map((c) => [c.label, []]));
  for (let i = 0; i < runs; i++) {
    for (const c of contenders) {
      const s = await c.once();
      if (!c.ok(s)) throw new Error(`${c.label}: run failed (exit ${s.code}): ${s.stdout.slice(0, 400)}`);
      samples.get(c.label)!.push(s);
      onRun?.(c.label, s.seconds);
    }
  }
  const measured = new Map<L, Measured>();
  for (const [label, list] of samples) {
    const peaks = list.map((s) => s.peakMB).filter((p): p is number => p !== null);
    measured.set(label, {
      seconds: median(list.map((s) => s.seconds)),
      peakMB: peaks.length ? Math.max(...peaks) : null,
      runs: list.map((s) => s.seconds),
    });
  }
  return measured;
}
