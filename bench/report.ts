/** The benchmark's figures as a terminal table and as BENCHMARKS.md (the hand-written notes after the marker are kept). */
import type { Measured } from './measure';

export interface SizeResult {
  files: number;
  merge: Measured | null;
  floor: Measured | null;
  exceljs: Measured | null;
  sheetjs: Measured | null;
  pandas: Measured | null;
}

export interface BenchResult {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    node: string;
    loadAverage: number[];
    pandas: string | null;
    peakMemory: string | null;
  };
  runs: number;
  sizes: SizeResult[];
  validation: { rows: number; tasks: number; findings: number; seconds: number; peakMB: number | null };
}

const NOTES_MARKER =
  '<!-- notes: everything below this line is written by hand and kept when the bench rewrites the figures -->';

const sec = (m: Measured | null) => (m ? `${m.seconds.toFixed(2)} s` : '—');
const mb = (m: Measured | null) => (m?.peakMB ? `${Math.round(m.peakMB)} MB` : '—');
const ratio = (a: Measured | null, b: Measured | null) => (a && b ? a.seconds / b.seconds : null);
const x = (r: number | null) => (r === null ? '—' : `${r.toFixed(1)}×`);

interface Target {
  name: string;
  measured: string;
  met: boolean | null;
}

function targets(r: BenchResult): Target[] {
  const at = r.sizes.find((s) => s.files === 1000);
  const large = r.sizes.find((s) => s.files === 4000);
  const merge = at?.merge ?? null;
  const vsPandas = ratio(at?.pandas ?? null, merge);
  const vsFloor = ratio(merge, at?.floor ?? null);
  const flat = merge?.peakMB && large?.merge?.peakMB ? large.merge.peakMB / merge.peakMB : null;
  return [
    {
      name: 'merge end to end at N = 1,000 within 2 s',
      measured: sec(merge),
      met: merge ? merge.seconds <= 2 : null,
    },
    {
      name: 'at least 6× faster than pandas + openpyxl',
      measured: x(vsPandas),
      met: vsPandas === null ? null : vsPandas >= 6,
    },
    { name: 'within 6× of the floor', measured: x(vsFloor), met: vsFloor === null ? null : vsFloor <= 6 },
    { name: 'peak memory under 500 MB', measured: mb(merge), met: merge?.peakMB ? merge.peakMB < 500 : null },
    {
      name: 'peak memory nearly flat from 1,000 to 4,000 workbooks (≤ 1.25×)',
      measured:
        flat === null
          ? 'run with --large'
          : `${Math.round(large!.merge!.peakMB!)} MB at 4,000 (${flat.toFixed(2)}×)`,
      met: flat === null ? null : flat <= 1.25,
    },
    {
      name: '100,000 rows validated within 1 s',
      measured: `${r.validation.seconds.toFixed(2)} s`,
      met: r.validation.seconds <= 1,
    },
  ];
}

const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'MISSED');

function figureRows(r: BenchResult): string[][] {
  return r.sizes.map((s) => [
    s.files.toLocaleString('en'),
    sec(s.merge),
    mb(s.merge),
    sec(s.floor),
    sec(s.sheetjs),
    sec(s.exceljs),
    sec(s.pandas),
    x(ratio(s.pandas, s.merge)),
    x(ratio(s.merge, s.floor)),
  ]);
}

const FIGURE_HEAD = [
  'N files',
  'phuluc merge',
  'merge peak',
  'floor',
  'SheetJS',
  'exceljs',
  'pandas+openpyxl',
  'pandas ÷ merge',
  'merge ÷ floor',
];

export function renderTable(r: BenchResult): string {
  const rows = [FIGURE_HEAD, ...figureRows(r)];
  const widths = FIGURE_HEAD.map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padStart(widths[c])).join('  ');
  const out = [line(rows[0]), ...rows.slice(1).map(line), ''];
  out.push(
    `validation: ${r.validation.rows.toLocaleString('en')} rows in ${r.validation.seconds.toFixed(2)} s (${r.validation.findings} findings)`,
  );
  for (const t of targets(r)) out.push(`${verdict(t.met).padEnd(12)} ${t.name}: ${t.measured}`);
  return out.join('\n') + '\n';
}

const mdRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

export function renderMarkdown(r: BenchResult, previous: string): string {
  const m = r.machine;
  const kept = previous.includes(NOTES_MARKER)
    ? previous.slice(previous.indexOf(NOTES_MARKER) + NOTES_MARKER.length)
    : '\n\n## Notes\n';
  return `# Benchmarks

Written by \`npm run bench\` (bench/run.ts); the figures are rewritten on each run.

## Method

- **Round**: the plan appendix (the 18 tasks of the Bắc Ninh and Hưng Yên seed appendices) and N agency
  workbooks of 10 tasks each: the provincial agencies leading tasks first, then communes. Four in five are
  \`phuluc template\` workbooks filled in with varied statuses, outcomes, difficulties and proposals; one in
  five is a free-form report (own numbering, reversed order, everyday status words) that merge matches by text.
- **Timed, each as its own process, spawn to exit** (so library loading counts, as it does for a user), median
  of ${r.runs} runs taken in rounds (one run of each in turn, so that a slow spell of a shared machine slows all
  alike and the ratios hold):
  - **phuluc merge**: the built CLI, \`phuluc merge <folder> --plan <plan> --out <report.xlsx>\`: discovery, reading,
    validation of every table, matching, consolidation and the six-sheet report workbook.
  - **floor**: unzip each file with fflate (sheet XML only) and count \`<c\` openings in a byte loop; nothing else.
  - **SheetJS**, **exceljs**: load every workbook with the library alone and count its cells.
  - **pandas + openpyxl**: \`pandas.read_excel(file, sheet_name=None, engine="openpyxl")\` on every file (Debian's
    python3-pandas and python3-openpyxl).
- **Validation**: \`checkWorkbook\` on one sheet of 100,000 distinct task rows built in memory (registry included).
- **Peak memory**: the child's maximum resident set size from ${m.peakMemory ?? 'nowhere (GNU time absent)'}, worker threads included.

## Figures

${r.date.slice(0, 10)} — ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, pandas/openpyxl ${m.pandas ?? 'absent'};
load average at start ${m.loadAverage.join(' / ')} (the machine is shared: figures from a busy machine are slower).

${mdRow(FIGURE_HEAD)}
${mdRow(FIGURE_HEAD.map(() => '---:'))}
${figureRows(r).map(mdRow).join('\n')}

Validation: ${r.validation.rows.toLocaleString('en')} rows (${r.validation.tasks.toLocaleString('en')} tasks, ${r.validation.findings.toLocaleString('en')} findings) in **${r.validation.seconds.toFixed(2)} s**, peak ${r.validation.peakMB ? Math.round(r.validation.peakMB) : '—'} MB.

## Targets

${mdRow(['target', 'measured', ''])}
${mdRow(['---', '---:', '---'])}
${targets(r)
  .map((t) => mdRow([t.name, t.measured, verdict(t.met)]))
  .join('\n')}

${NOTES_MARKER}${kept}`;
}
