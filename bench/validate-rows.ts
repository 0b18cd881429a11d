/**
 * Core validation alone: one sheet of 100,000 task rows (the seed tasks, each
 * made distinct) built in memory and checked by `checkWorkbook`, as `validate`
 * and the task pane run it. Prints the median seconds of several runs as JSON.
 */
import { createRegistry } from '../src/core/agency';
import { PLAN_COLUMNS } from '../src/core/appendix-layout';
import { checkWorkbook } from '../src/core/engine';
import type { SheetCell, SheetModel } from '../src/core/model/sheet';
import { median } from './measure';
import { seedTasks } from './seed-tasks';

// The plan appendix's own columns, as the template and the add-in write them (without the note column).
const HEADERS = PLAN_COLUMNS.filter((c) => c.field !== 'note').map((c) => c.header);

/**
 * A string as a reader hands it over: flat. A template literal makes a rope
 * (V8's cons string) that the engine's first look copies, which no reader's
 * cell text needs (saxes' and the lean reader's come whole from the XML).
 */
const flat = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

function bigSheet(rows: number): SheetModel {
  const seed = seedTasks().map((t) => ({
    task: flat(t.task),
    lead: flat(t.lead),
    partners: flat(t.partners),
    result: flat(t.result),
    deadline: flat(t.deadline),
  }));
  const cells: SheetCell[][] = [HEADERS.map((h) => ({ value: h }))];
  for (let i = 0; i < rows; i++) {
    const t = seed[i % seed.length];
    cells.push([
      { value: i + 1 },
      { value: flat(`${t.task} (nội dung ${i + 1})`) },
      { value: t.lead },
      { value: t.partners },
      { value: t.result },
      { value: t.deadline },
    ]);
  }
  return { name: 'Phụ lục', cells, merges: [], hiddenRows: [], hiddenCols: [], colCount: HEADERS.length };
}

function main(): void {
  const rows = Number(process.argv[2] ?? 100_000);
  const runs = Number(process.argv[3] ?? 3);
  const sheet = bigSheet(rows);
  const times: number[] = [];
  let findings = 0;
  let tasks = 0;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const ctx = {
      asOf: '2026-12-10',
      planDate: null,
      horizon: null,
      registry: createRegistry({ province: 'Bắc Ninh' }),
    };
    const result = checkWorkbook({ format: 'xlsx', sheets: [sheet] }, ctx);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    findings = result.findings.length;
    tasks = result.tables.reduce((n, t) => n + t.tasks.length, 0);
  }
  process.stdout.write(JSON.stringify({ rows, tasks, findings, seconds: median(times), runs: times }) + '\n');
}

main();
