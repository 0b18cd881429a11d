/**
 * `npm run bench`: `phuluc merge` end to end beside the floor (inflate and
 * scan the sheet XML), exceljs alone, SheetJS alone and pandas + openpyxl, on
 * generated rounds of N agency workbooks; core validation of 100,000 rows;
 * peak memory of each. Prints a table (or JSON with --json) and rewrites the
 * figures of BENCHMARKS.md. Options: --large (adds N = 4,000), --runs <k>,
 * --sizes <a,b>, --json, --no-write.
 */
import { spawnSync } from 'node:child_process';
import { Command, InvalidArgumentError } from 'commander';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateRound, subsetRound, type Round } from './generate';
import { hasGnuTime, measureInterleaved, runOnce, type Contender, type Sample } from './measure';
import { renderMarkdown, renderTable, type BenchResult, type SizeResult } from './report';
import { seedTasks } from './seed-tasks';

interface Options {
  sizes: number[];
  runs: number;
  json: boolean;
  write: boolean;
}

/** A positive whole number, for commander. */
function positive(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number above 0');
  return n;
}

function options(argv: string[]): Options {
  const o = new Command('bench')
    .option('--large', 'add N = 4,000 to the sizes')
    // Five: on a shared machine one disturbed round in three moved a median, and with it a ratio.
    .option('--runs <k>', 'runs of each tool (the median is kept)', positive, 5)
    .option(
      '--sizes <a,b>',
      'numbers of agency workbooks, comma-separated',
      (t) => t.split(',').map(positive),
      [150, 1000],
    )
    .option('--json', 'print JSON instead of the table')
    .option('--no-write', 'leave BENCHMARKS.md as it is')
    .parse(argv, { from: 'user' })
    .opts<{ large?: boolean; runs: number; sizes: number[]; json?: boolean; write: boolean }>();
  const sizes = [...new Set([...o.sizes, ...(o.large ? [4000] : [])])].sort((a, b) => a - b);
  return { sizes, runs: o.runs, json: o.json === true, write: o.write };
}

/** The repository: the folder of package.json above this script (dist-cli/bench → repository). */
function repoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'bin', 'phuluc.js')))
      return dir;
  }
  throw new Error('repository root not found');
}

/** A Python with pandas and openpyxl: Debian's packages live under /usr/bin/python3, which a pyenv shim may hide. */
function findPandas(): { python: string; versions: string } | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(
      python,
      ['-c', 'import pandas, openpyxl; print(pandas.__version__, openpyxl.__version__)'],
      { encoding: 'utf8' },
    );
    if (probe.status === 0) return { python, versions: probe.stdout.trim() };
  }
  return null;
}

const PANDAS_SCRIPT = `
import os, sys
import pandas as pd
d = sys.argv[1]
cells = 0
for f in sorted(os.listdir(d)):
    if f.endswith('.xlsx'):
        for df in pd.read_excel(os.path.join(d, f), sheet_name=None, header=None, engine='openpyxl').values():
            cells += int(df.count().sum())
print(cells)
`;

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

async function timeSize(
  round: Round,
  n: number,
  opts: Options,
  root: string,
  tmp: string,
  pandas: ReturnType<typeof findPandas>,
): Promise<SizeResult> {
  const node = process.execPath;
  const readers = path.join(root, 'dist-cli', 'bench', 'readers.js');
  const counted = (s: Sample) => s.code === 0 && Number(s.stdout.trim()) > 0;
  const report = path.join(tmp, `bao-cao-tong-hop-${n}.xlsx`);
  const result: SizeResult = {
    files: n,
    merge: null,
    floor: null,
    exceljs: null,
    sheetjs: null,
    pandas: null,
  };
  const tool = (name: string) => () => runOnce(node, [readers, name, round.reports], tmp);
  const contenders: Contender<keyof Omit<SizeResult, 'files'>>[] = [
    {
      label: 'merge',
      once: () =>
        runOnce(
          node,
          [
            path.join(root, 'bin', 'phuluc.js'),
            'merge',
            round.reports,
            '--plan',
            round.plan,
            '--out',
            report,
            '--as-of',
            '2026-12-10',
            '--force',
          ],
          tmp,
        ),
      // Exit 1 means findings (overdue tasks, unreported ones): the report is written all the same.
      ok: (s) => s.code <= 1 && fs.existsSync(report),
    },
    { label: 'floor', once: tool('floor'), ok: counted },
    { label: 'sheetjs', once: tool('sheetjs'), ok: counted },
    { label: 'exceljs', once: tool('exceljs'), ok: counted },
    ...(pandas
      ? [
          {
            label: 'pandas' as const,
            once: () => runOnce(pandas.python, ['-c', PANDAS_SCRIPT, round.reports], tmp),
            ok: counted,
          },
        ]
      : []),
  ];
  log(`N = ${n}: ${opts.runs} rounds of ${contenders.map((c) => c.label).join(', ')} …`);
  const measured = await measureInterleaved(opts.runs, contenders, (label, seconds) =>
    log(`N = ${n}: ${label} ${seconds.toFixed(2)} s`),
  );
  for (const [label, m] of measured) result[label] = m;
  return result;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const root = repoRoot();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-bench-'));
  const pandas = findPandas();
  if (!pandas) log('pandas + openpyxl not found (apt-get install python3-pandas python3-openpyxl): skipped');
  const started = new Date();
  const load = os.loadavg();
  try {
    const largest = opts.sizes[opts.sizes.length - 1];
    log(`generating ${largest} agency workbooks in ${tmp} …`);
    const all = await generateRound(path.join(tmp, 'round'), largest, seedTasks());
    const sizes: SizeResult[] = [];
    for (const n of opts.sizes) {
      const round = n === largest ? all : subsetRound(all, path.join(tmp, 'round'), n);
      sizes.push(await timeSize(round, n, opts, root, tmp, pandas));
    }
    log('validation of 100,000 rows …');
    const v = await runOnce(
      process.execPath,
      [path.join(root, 'dist-cli', 'bench', 'validate-rows.js'), '100000', String(opts.runs)],
      tmp,
    );
    if (v.code !== 0) throw new Error(`validation run failed: ${v.stdout}`);
    const validation = {
      ...(JSON.parse(v.stdout) as { rows: number; tasks: number; findings: number; seconds: number }),
      peakMB: v.peakMB,
    };

    const result: BenchResult = {
      date: started.toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.availableParallelism(),
        memoryGB: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version,
        loadAverage: load.map((l) => Number(l.toFixed(2))),
        pandas: pandas?.versions ?? null,
        peakMemory: hasGnuTime ? 'GNU time -v' : null,
      },
      runs: opts.runs,
      sizes,
      validation,
    };
    process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : renderTable(result));
    if (opts.write) {
      const file = path.join(root, 'BENCHMARKS.md');
      const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      fs.writeFileSync(file, renderMarkdown(result, previous));
      log(`wrote ${file}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
