/**
 * Realistic Vietnamese task rows for the benchmark: the appendix tables of
 * the Bắc Ninh and Hưng Yên plans, read from the tab-separated seeds in
 * ../shared/seeds (the repository's neighbour, as for the tests).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SeedTask {
  task: string;
  lead: string;
  partners: string;
  result: string;
  deadline: string;
}

export const SEEDS_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
const TABLE_SEEDS = ['002_', '004_'];

/** A cell typed as an HTML list in the seed ("<ul> - a - b") becomes a line per item. */
const listCell = (cell: string) => {
  const m = /^\s*<ul[^>]*>(.*?)(?:<\/ul>)?\s*$/s.exec(cell);
  return m
    ? m[1]
        .split(/(?:^|\s)-\s+/)
        .map((s) => s.trim())
        .filter(Boolean)
        .join('\n')
    : cell.trim();
};

export function seedTasks(dir: string = SEEDS_DIR): SeedTask[] {
  if (!fs.existsSync(dir)) throw new Error(`the seeds are not at ${dir}`);
  const tasks: SeedTask[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => TABLE_SEEDS.some((p) => f.startsWith(p)))
    .sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').normalize('NFC').split(/\r?\n/);
    const start = lines.findIndex((l) => l.replace(/\*+/g, '').trim() === 'Phụ lục');
    for (const line of lines.slice(start + 1)) {
      const cells = line.split('\t');
      if (cells.length !== 6 || !/^\d+$/.test(cells[0].trim())) continue;
      const [, task, lead, partners, result, deadline] = cells.map(listCell);
      tasks.push({ task, lead, partners, result, deadline });
    }
  }
  if (tasks.length === 0) throw new Error(`no appendix rows found in ${dir}`);
  return tasks;
}
