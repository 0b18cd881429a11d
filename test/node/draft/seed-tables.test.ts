/**
 * Plans with an appendix table: the drafted workbook must give the tasks of
 * the table exactly as `phuluc validate` reads them from the typed appendix.
 * Bắc Ninh and Hưng Yên from their seed text (tab-separated rows); Bắc Ninh,
 * Ninh Bình and Hưng Yên from Word documents with the appendix as a Word
 * table (the table data from the shared fixtures; Ninh Bình's seed text is a
 * PDF extraction whose table cannot be rebuilt, so only its .docx is tested).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildAppendixWorkbook, expectedTable, seedTable, type SeedId } from '../../fixtures';
import { runCli } from '../../scripts/run-cli';
import { buildDocx } from './docx-builder';
import { seedDocx, seedText, SEEDS_DIR, type SeedKey } from './seed-docx';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-draft-tables-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface JsonTask {
  stt: string | null;
  task: string;
  lead: string[];
  partners: string[];
  result: string;
  deadline: unknown;
  source?: { heading: string; paragraph: number; proposed: boolean };
}

const SEEDS: Record<SeedId, { key: SeedKey; province: string; count: number }> = {
  'bac-ninh': { key: '002', province: 'Bắc Ninh', count: 7 },
  'ninh-binh': { key: '003', province: 'Ninh Bình', count: 13 },
  'hung-yen': { key: '004', province: 'Hưng Yên', count: 11 },
};

const fields = (t: JsonTask) => ({
  stt: t.stt,
  task: t.task,
  lead: t.lead,
  partners: t.partners,
  result: t.result,
  deadline: t.deadline,
});

/** What validate reads from the appendix as staff type it in Excel. */
async function typedTasks(id: SeedId): Promise<JsonTask[]> {
  const file = path.join(dir, `${id}-typed.xlsx`);
  fs.writeFileSync(
    file,
    await buildAppendixWorkbook(seedTable(id), { titleRows: true, columnNumberRow: 'parens' }),
  );
  const run = await runCli(['validate', '--json', '--province', SEEDS[id].province, file], dir);
  return JSON.parse(run.stdout).files[0].tables[0].tasks;
}

/** A Word plan ending with the appendix as a Word table: the seed's paragraphs when present, else a bare header. */
function docxWithTable(id: SeedId): Uint8Array {
  const table = seedTable(id);
  const text =
    seedText(SEEDS[id].key) ?? `Số: /KH-UBND\n\n${SEEDS[id].province}, ngày tháng năm 2026\n\nKẾ HOẠCH\n`;
  return seedDocx(text, id === 'bac-ninh' ? 'typed' : 'numbered', table);
}

async function drafted(id: SeedId, form: 'text' | 'docx', tag = '') {
  const input = path.join(dir, `${id}${tag}.${form === 'text' ? 'txt' : 'docx'}`);
  fs.writeFileSync(input, form === 'text' ? (seedText(SEEDS[id].key) as string) : docxWithTable(id));
  const out = path.join(dir, `${id}${tag}-${form}.xlsx`);
  const run = await runCli(['draft', input, '--out', out, '--json'], dir);
  return { run, doc: JSON.parse(run.stdout), out };
}

const cases: [SeedId, 'text' | 'docx'][] = [
  ['bac-ninh', 'text'],
  ['hung-yen', 'text'],
  ['bac-ninh', 'docx'],
  ['ninh-binh', 'docx'],
  ['hung-yen', 'docx'],
];

describe.each(cases)('phuluc draft on the %s plan as %s', (id, form) => {
  const haveText = form === 'docx' || seedText(SEEDS[id].key) !== null;
  if (!haveText) console.warn(`seed ${SEEDS[id].key} not found in ${SEEDS_DIR}: its text test is skipped`);
  const maybe = haveText ? it : it.skip;
  let result: Awaited<ReturnType<typeof drafted>>;
  let typed: JsonTask[];
  beforeAll(async () => {
    if (!haveText) return;
    [result, typed] = await Promise.all([drafted(id, form), typedTasks(id)]);
  });

  maybe('reads the document’s table instead of proposing', () => {
    expect(result.doc.mode).toBe('table');
    expect(result.doc.files[0].tables[0].tasks).toHaveLength(SEEDS[id].count);
  });

  maybe(
    'gives the same tasks, leads, partners, results and deadlines as validate on the typed appendix',
    () => {
      const tasks = result.doc.files[0].tables[0].tasks as JsonTask[];
      expect(tasks.map(fields)).toEqual(typed.map(fields));
    },
  );

  maybe('agrees with the hand-written reading of the table', () => {
    const tasks = result.doc.files[0].tables[0].tasks as JsonTask[];
    expect(tasks.map((t) => [t.stt, t.lead, t.partners])).toEqual(
      expectedTable(id).tasks.map((t) => [t.stt, t.lead, t.partners]),
    );
  });

  maybe('marks each row as read from the document, with its table row', () => {
    for (const t of result.doc.files[0].tables[0].tasks as JsonTask[]) {
      expect(t.source).toMatchObject({ heading: 'Phụ lục', proposed: false });
    }
  });

  maybe('writes canonical names, so the drafted appendix has no spelling or alias issue left', () => {
    const codes: string[] = result.doc.files[0].issues.map((i: { code: string }) => i.code);
    expect(codes.filter((c) => /AGENCY|PUNCTUATION|SPACING|NFC/.test(c))).toEqual([]);
    expect(codes.filter((c) => c.startsWith('E_'))).toEqual([]);
  });
});

describe('Bắc Ninh’s bullet list in task 4', () => {
  it('becomes seven partners, not one', async () => {
    const { doc } = await drafted('bac-ninh', 'docx', '-list');
    expect(doc.files[0].tables[0].tasks[3].partners).toEqual([
      'Bộ Khoa học và Công nghệ',
      'Sở Nội vụ',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Văn phòng UBND tỉnh',
      'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
      'Hội Văn học nghệ thuật tỉnh',
      'Các sở, ngành, địa phương có liên quan',
    ]);
  });
});

describe('a Word table that lists task 4’s partners one per row, STT and task merged down', () => {
  it('still gives seven tasks, and the seven partners to task 4', async () => {
    const table = seedTable('bac-ninh');
    const partners = table.rows[3][3].split('\n');
    // Row 4 becomes seven table rows: the partners one per row, every other cell merged down.
    const rows = [table.headers, ...table.rows.slice(0, 3)];
    const first = rows.length;
    partners.forEach((p, k) =>
      rows.push(
        k === 0 ? [...table.rows[3].slice(0, 3), p, ...table.rows[3].slice(4)] : ['', '', '', p, '', ''],
      ),
    );
    rows.push(...table.rows.slice(4));
    const vMerges = [0, 1, 2, 4, 5].map((c): [number, number, number] => [first, c, partners.length]);
    const input = path.join(dir, 'bac-ninh-merged.docx');
    fs.writeFileSync(input, buildDocx([{ runs: [{ text: 'Phụ lục' }] }, { kind: 'table', rows, vMerges }]));
    const run = await runCli(
      ['draft', input, '--out', path.join(dir, 'bac-ninh-merged.xlsx'), '--json', '--province', 'Bắc Ninh'],
      dir,
    );
    const tasks = JSON.parse(run.stdout).files[0].tables[0].tasks as JsonTask[];
    expect(tasks).toHaveLength(7);
    expect(tasks[3].partners).toEqual(expectedTable('bac-ninh').tasks[3].partners);
    expect(tasks.map((t) => t.stt)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});
