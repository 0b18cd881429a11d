/**
 * `phuluc fix` as users run it: the safe fixes land in a copy, every change
 * is listed, and everything else in the workbook stays as it was.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  appendixLayout,
  buildAppendixWorkbook,
  buildCsv,
  buildLegacyXls,
  COL,
  seedTable,
  withCell,
  type AppendixOptions,
  type SeedTable,
} from '../../fixtures';
import { encodeVni } from '../../../src/core/text/legacy/vni';
import { runCli } from '../../scripts/run-cli';
import { withMergeCell } from '../read/fixtures';
import { loadXlsx, plainValue, snapshot, withoutEdited, type SheetShot } from './snapshot';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-fix-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface Change {
  sheet: string;
  cell: string;
  before: string;
  after: string;
  kinds: string[];
}

async function write(name: string, table: SeedTable, opts: AppendixOptions): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await buildAppendixWorkbook(table, opts));
  return file;
}

async function fixJson(input: string, out: string, ...extra: string[]) {
  const run = await runCli(['fix', input, '--out', out, '--json', ...extra], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { changes: Change[]; summary: { changes: number }; output: string };
}

/** "Sheet!C7" of every cell whose value differs between two snapshots. */
function differing(a: SheetShot[], b: SheetShot[]): Set<string> {
  const out = new Set<string>();
  a.forEach((sa, i) => {
    const sb = b[i];
    for (const address of new Set([...Object.keys(sa.cells), ...Object.keys(sb.cells)])) {
      if (JSON.stringify(sa.cells[address]?.value) !== JSON.stringify(sb.cells[address]?.value))
        out.add(`${sa.name}!${address}`);
    }
  });
  return out;
}

const edited = (changes: Change[]) => new Set(changes.map((c) => `${c.sheet}!${c.cell}`));

describe('a TCVN3 appendix (Ninh Bình, .VnTime / .VnTimeH)', () => {
  const table = seedTable('ninh-binh');
  const opts: AppendixOptions = {
    titleRows: true,
    columnNumberRow: 'parens',
    hiddenRows: [4],
    extraSheets: [
      {
        name: 'Ghi chú',
        rows: [
          ['Người lập', 'Nguyễn Văn A'],
          ['Số bản', 3],
        ],
      },
      { name: 'Danh mục', rows: [['Sở Nội vụ'], ['Sở Tài chính']], hidden: true },
    ],
  };
  const at = appendixLayout(table, opts);
  let input: string;
  let unicodeInput: string;
  let inputHash: string;
  let doc: { changes: Change[]; summary: { changes: number } };
  let out: string;

  beforeAll(async () => {
    input = await write('tcvn3.xlsx', table, { ...opts, encoding: 'tcvn3' });
    unicodeInput = await write('unicode.xlsx', table, opts);
    inputHash = sha(input);
    out = path.join(dir, 'tcvn3-fixed.xlsx');
    doc = await fixJson(input, out);
  });

  it('never touches the input', () => {
    expect(sha(input)).toBe(inputHash);
  });

  // A title in .VnTimeH prints as garbage in the signed document: validate must say so before fix converts it.
  it('is announced by validate cell for cell: title lines and headers included', async () => {
    const check = await runCli(['validate', input, '--json'], dir);
    const issues = JSON.parse(check.stdout).files[0].issues as {
      code: string;
      sheet: string;
      cell: string;
    }[];
    const legacy = new Set(
      issues.filter((i) => i.code === 'W_LEGACY_ENCODING').map((i) => `${i.sheet}!${i.cell}`),
    );
    expect(legacy).toEqual(new Set(doc.changes.map((c) => `${c.sheet}!${c.cell}`)));
    expect(legacy).toContain(`${at.sheetName}!A${at.titleRows[0]}`);
    expect(legacy).toContain(`${at.sheetName}!${at.columns.deadline}${at.headerRow}`);
  });

  it('writes the title lines and headers back in Unicode, word for word', async () => {
    const ws = (await loadXlsx(fs.readFileSync(out))).getWorksheet(at.sheetName)!;
    table.titleLines.forEach((line, i) =>
      expect(plainValue(ws.getCell(`A${at.titleRows[i]}`).value)).toBe(line),
    );
    const letters = [
      at.columns.stt,
      at.columns.task,
      at.columns.lead,
      at.columns.partners,
      at.columns.result,
      at.columns.deadline,
    ];
    table.headers.forEach((h, c) =>
      expect(plainValue(ws.getCell(`${letters[c]}${at.headerRow}`).value)).toBe(h),
    );
    // A task text with nothing else to fix comes back exactly as the seed has it.
    expect(plainValue(ws.getCell(`${at.columns.task}${at.taskRows[0]}`).value)).toBe(table.rows[0][COL.task]);
    expect(plainValue(ws.getCell(`${at.columns.lead}${at.taskRows[11]}`).value)).toBe('Sở Nội vụ');
  });

  it('gives the same workbook as fixing the same appendix typed in Unicode', async () => {
    const fromUnicode = path.join(dir, 'unicode-fixed.xlsx');
    await fixJson(unicodeInput, fromUnicode);
    const a = await snapshot(fs.readFileSync(out));
    const b = await snapshot(fs.readFileSync(fromUnicode));
    expect(differing(a, b)).toEqual(new Set());
  });

  it('lists every changed cell, and changes no other', async () => {
    const before = await snapshot(fs.readFileSync(input));
    const after = await snapshot(fs.readFileSync(out));
    expect(edited(doc.changes)).toEqual(differing(before, after));
    expect(doc.summary.changes).toBe(doc.changes.length);
    const legacy = doc.changes.filter((c) => c.kinds.includes('legacy'));
    // Every text cell of the sheet was TCVN3: titles, headers and the task cells.
    expect(legacy.length).toBe(doc.changes.length);
    expect(doc.changes.find((c) => c.cell === `${at.columns.lead}${at.taskRows[11]}`)).toMatchObject({
      sheet: 'Phụ lục',
      before: 'Së Néi vô',
      after: 'Sở Nội vụ',
      kinds: ['legacy'],
    });
  });

  it('keeps merges, widths, hidden rows, number formats, other sheets and the look of converted cells', async () => {
    const before = await snapshot(fs.readFileSync(input));
    const after = await snapshot(fs.readFileSync(out));
    expect(withoutEdited(after, edited(doc.changes))).toEqual(withoutEdited(before, edited(doc.changes)));
    expect(after.map((s) => [s.name, s.state])).toEqual([
      ['Phụ lục', 'visible'],
      ['Ghi chú', 'visible'],
      ['Danh mục', 'hidden'],
    ]);
    expect(after[0].hiddenRows).toEqual([at.taskRows[4]]);
  });

  it('sets Times New Roman on converted cells, keeping bold titles bold', async () => {
    const ws = (await loadXlsx(fs.readFileSync(out))).getWorksheet(at.sheetName)!;
    for (const c of doc.changes) expect(ws.getCell(c.cell).font?.name).toBe('Times New Roman');
    expect(ws.getCell(`A${at.titleRows[1]}`).font).toMatchObject({
      name: 'Times New Roman',
      bold: true,
      size: 12,
    });
    // The column-number row has no letters: it stays in its font, untouched.
    expect(ws.getCell(`${at.columns.stt}${at.columnNumberRow}`).font?.name).toBe('.VnTime');
  });

  it('lists the changes in Vietnamese as sheet!cell: before → after', async () => {
    const run = await runCli(['fix', input, '--out', path.join(dir, 'tcvn3-text.xlsx')], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Phụ lục!${at.columns.lead}${at.taskRows[11]}: “Së Néi vô” → “Sở Nội vụ”  (phông chữ cũ sang Unicode)`,
    );
    expect(run.stdout).toContain(`Đã sửa ${doc.changes.length} ô của tcvn3.xlsx, ghi vào tcvn3-text.xlsx:`);
  });
});

describe('Unicode defects', () => {
  it('composes decomposed (NFD) text everywhere, and nothing else changes in the text', async () => {
    const table = seedTable('bac-ninh');
    const input = await write('nfd.xlsx', table, { titleRows: true, encoding: 'nfd' });
    const doc = await fixJson(input, path.join(dir, 'nfd-fixed.xlsx'));
    const nfc = doc.changes.filter((c) => c.kinds.includes('nfc'));
    expect(nfc.length).toBeGreaterThan(20);
    for (const c of nfc) expect(c.before.normalize('NFC')).not.toBe(c.before);
    const after = await snapshot(fs.readFileSync(path.join(dir, 'nfd-fixed.xlsx')));
    for (const cell of Object.values(after[0].cells)) {
      if (typeof cell.value === 'string') expect(cell.value).toBe(cell.value.normalize('NFC'));
    }
    // A title line is outside the table: composed, not otherwise cleaned.
    const title = doc.changes.find((c) => c.cell === 'A1');
    expect(title).toMatchObject({ after: table.titleLines[0], kinds: ['nfc'] });
  });

  it('removes stray spaces in a task and an agency cell', async () => {
    let table = seedTable('bac-ninh');
    table = withCell(table, 1, 'lead', '  Sở Nội vụ  ');
    table = withCell(table, 2, 'task', `${table.rows[2][COL.task]}\u00a0\u00a0`);
    const at = appendixLayout(table);
    const doc = await fixJson(await write('spacing.xlsx', table, {}), path.join(dir, 'spacing-fixed.xlsx'));
    expect(doc.changes).toContainEqual({
      sheet: 'Phụ lục',
      cell: `${at.columns.lead}${at.taskRows[1]}`,
      before: '  Sở Nội vụ  ',
      after: 'Sở Nội vụ',
      kinds: ['spacing'],
    });
    const task = doc.changes.find((c) => c.cell === `${at.columns.task}${at.taskRows[2]}`);
    expect(task?.after).toBe(seedTable('bac-ninh').rows[2][COL.task].trim());
  });

  it('writes canonical agency names for abbreviations, with the province filled in', async () => {
    const table = seedTable('ninh-binh');
    const at = appendixLayout(table);
    const doc = await fixJson(
      await write('aliases.xlsx', table, {}),
      path.join(dir, 'aliases-fixed.xlsx'),
      '--province',
      'Ninh Bình',
    );
    const lead = (task: number) =>
      doc.changes.find((c) => c.cell === `${at.columns.lead}${at.taskRows[task]}`);
    // Row 6: "Báo và Đài PTTH"; row 7: "Liên hiệp các Hội \nKH-KT"; row 1: the misspelt "Cong nghệ".
    expect(lead(5)).toMatchObject({
      before: 'Báo và Đài PTTH',
      after: 'Báo và Phát thanh, Truyền hình Ninh Bình',
    });
    expect(lead(6)).toMatchObject({
      before: 'Liên hiệp các Hội \nKH-KT',
      after: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
    });
    expect(lead(6)?.kinds).toContain('agency');
    expect(lead(0)).toMatchObject({
      before: 'Sở Khoa học và \nCong nghệ',
      after: 'Sở Khoa học và Công nghệ',
    });
  });

  it('removes the lead from the partners, keeping the other partners', async () => {
    let table = seedTable('bac-ninh');
    table = withCell(table, 0, 'lead', 'Sở Nội vụ');
    table = withCell(table, 0, 'partners', 'Sở Nội vụ, Sở Tài chính');
    const at = appendixLayout(table);
    const doc = await fixJson(
      await write('lead-partner.xlsx', table, {}),
      path.join(dir, 'lead-partner-fixed.xlsx'),
    );
    expect(doc.changes).toContainEqual({
      sheet: 'Phụ lục',
      cell: `${at.columns.partners}${at.taskRows[0]}`,
      before: 'Sở Nội vụ, Sở Tài chính',
      after: 'Sở Tài chính',
      kinds: ['removePartner'],
    });
  });
});

describe('numbering', () => {
  const table = withCell(seedTable('bac-ninh'), 2, 'stt', '4');
  const at = appendixLayout(table);
  const sttCell = `${at.columns.stt}${at.taskRows[2]}`;

  it('renumbers a skipped STT and keeps it a number', async () => {
    const out = path.join(dir, 'renumber-fixed.xlsx');
    const doc = await fixJson(await write('renumber.xlsx', table, {}), out);
    expect(doc.changes).toContainEqual({
      sheet: 'Phụ lục',
      cell: sttCell,
      before: '4',
      after: '3',
      kinds: ['renumber'],
    });
    const ws = (await loadXlsx(fs.readFileSync(out))).getWorksheet('Phụ lục')!;
    expect(ws.getCell(sttCell).value).toBe(3);
  });

  it('leaves a formula alone and says so', async () => {
    const wb = await loadXlsx(await buildAppendixWorkbook(table, {}));
    wb.getWorksheet('Phụ lục')!.getCell(sttCell).value = {
      formula: `${at.columns.stt}${at.taskRows[1]}+2`,
      result: 4,
    };
    const input = path.join(dir, 'formula.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'formula-fixed.xlsx');
    const run = await runCli(['fix', input, '--out', out], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Không sửa Phụ lục!${sttCell}: ô chứa công thức`);
    const ws = (await loadXlsx(fs.readFileSync(out))).getWorksheet('Phụ lục')!;
    expect(ws.getCell(sttCell).formula).toBe(`${at.columns.stt}${at.taskRows[1]}+2`);
  });
});

describe('other formats', () => {
  it('writes an .xls as .xlsx with its fixes and says so', async () => {
    const table = withCell(seedTable('bac-ninh'), 1, 'lead', '  Sở Nội vụ  ');
    const input = path.join(dir, 'old.xls');
    fs.writeFileSync(input, buildLegacyXls(table, { encoding: 'unicode', titleRows: true }));
    const out = path.join(dir, 'old-fixed.xlsx');
    const run = await runCli(['fix', input, '--out', out], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tệp gốc dạng .xls: bản sửa được ghi dạng .xlsx');
    const at = appendixLayout(table, { titleRows: true });
    const ws = (await loadXlsx(fs.readFileSync(out))).getWorksheet(at.sheetName)!;
    expect(plainValue(ws.getCell(`${at.columns.lead}${at.taskRows[1]}`).value)).toBe('Sở Nội vụ');
    expect(plainValue(ws.getCell(`A${at.titleRows[0]}`).value)).toBe(table.titleLines[0]);
    // The title stays merged across the table, as in the .xls.
    expect(ws.getCell(`B${at.titleRows[0]}`).master.address).toBe(`A${at.titleRows[0]}`);
  });

  it('converts VNI text without any font (CSV), short cells too once the long ones show the encoding', async () => {
    const table = seedTable('hung-yen');
    const vni: SeedTable = {
      ...table,
      titleLines: table.titleLines.map(encodeVni),
      headers: table.headers.map(encodeVni),
      rows: table.rows.map((r) => r.map(encodeVni)),
    };
    const input = path.join(dir, 'vni.csv');
    fs.writeFileSync(input, buildCsv(vni, { encoding: 'utf-8', titleRows: true }));
    const out = path.join(dir, 'vni-fixed.xlsx');
    const doc = await fixJson(input, out);
    const ws = (await loadXlsx(fs.readFileSync(out))).worksheets[0];
    // buildCsv puts the title lines first, a blank line, then the header and the tasks.
    expect(plainValue(ws.getCell('A1').value)).toBe(table.titleLines[0]);
    const header = table.titleLines.length + 2;
    table.headers.forEach((h, c) => expect(plainValue(ws.getRow(header).getCell(c + 1).value)).toBe(h));
    expect(plainValue(ws.getRow(header + 1).getCell(2).value)).toBe(table.rows[0][COL.task]);
    expect(doc.changes.every((c) => c.kinds.includes('legacy'))).toBe(true);
  });
});

describe('a VNI .xls (SheetJS names Arial for every cell)', () => {
  it('converts the title lines and headers with the table, so the copy checks clean', async () => {
    const table = seedTable('bac-ninh');
    const input = path.join(dir, 'vni.xls');
    fs.writeFileSync(input, buildLegacyXls(table, { encoding: 'vni', titleRows: true }));
    const out = path.join(dir, 'vni-xls-fixed.xlsx');
    await fixJson(input, out);
    const at = appendixLayout(table, { titleRows: true });
    const ws = (await loadXlsx(fs.readFileSync(out))).getWorksheet(at.sheetName)!;
    expect(plainValue(ws.getCell(`A${at.titleRows[0]}`).value)).toBe(table.titleLines[0]);
    table.headers.forEach((h, c) => expect(plainValue(ws.getRow(at.headerRow).getCell(c + 1).value)).toBe(h));
    const check = await runCli(['validate', out, '--json'], dir);
    const report = JSON.parse(check.stdout) as {
      files: { tables: { tasks: unknown[] }[]; issues: { code: string }[] }[];
    };
    expect(report.files[0].tables[0].tasks).toHaveLength(table.rows.length);
    expect(report.files[0].issues.map((i) => i.code)).not.toContain('W_LEGACY_ENCODING');
  });
});

describe('exit status', () => {
  it('exits 1 when the copy still has an error no safe fix repairs, and writes the copy all the same', async () => {
    const input = await write('thieu-han.xlsx', withCell(seedTable('bac-ninh'), 1, 'deadline', ''), {});
    const out = path.join(dir, 'thieu-han-sua.xlsx');
    const run = await runCli(['fix', input, '--out', out], dir);
    expect(run.code).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
  });
});

const ODS = path.resolve(__dirname, '../../../../shared/corpus/spreadsheets/number_format.ods');

(fs.existsSync(ODS) ? describe : describe.skip)('a converted format', () => {
  it("keeps SheetJS' notes on odd number formats off the user's screen", async () => {
    const printed = jest.spyOn(console, 'error');
    const run = await runCli(['fix', ODS, '--out', path.join(dir, 'number-format.xlsx')], dir);
    expect(printed).not.toHaveBeenCalled();
    printed.mockRestore();
    expect(run.stderr).toBe('');
    expect(fs.existsSync(path.join(dir, 'number-format.xlsx'))).toBe(true);
  });
});

describe('an input that cannot be read', () => {
  it('answers --json with a JSON document that says why, and writes nothing', async () => {
    const input = path.join(dir, 'cut.xlsx');
    fs.writeFileSync(input, (await buildAppendixWorkbook(seedTable('bac-ninh'), {})).subarray(0, 500));
    const out = path.join(dir, 'cut-fixed.xlsx');
    const run = await runCli(['fix', input, '--out', out, '--json'], dir);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { output: unknown; changes: unknown[]; error: { code: string } };
    expect(doc).toMatchObject({ output: null, changes: [], error: { code: 'E_FILE_UNREADABLE' } });
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('a merge over a whole column', () => {
  const wholeColumn = async () =>
    withMergeCell(
      await buildAppendixWorkbook(withCell(seedTable('bac-ninh'), 0, 'lead', 'Sở  Nội vụ'), {}),
      'Z1:Z1048576',
    );

  it('in an .xlsx, is kept as it is while the cell is fixed (the sheet is edited in place)', async () => {
    const input = path.join(dir, 'gop-ca-cot.xlsx');
    fs.writeFileSync(input, await wholeColumn());
    const out = path.join(dir, 'gop-ca-cot-sua.xlsx');
    const run = await runCli(['fix', input, '--out', out, '--json'], dir);
    expect(JSON.parse(run.stdout).changes).toContainEqual(
      expect.objectContaining({ before: 'Sở  Nội vụ', after: 'Sở Nội vụ' }),
    );
    const sheet = Object.entries(unzipSync(fs.readFileSync(out))).find(([n]) =>
      /^xl\/worksheets\/[^/]+\.xml$/.test(n),
    );
    expect(strFromU8(sheet?.[1] ?? new Uint8Array())).toContain('<mergeCell ref="Z1:Z1048576"/>');
  });

  it('in a workbook edited through exceljs (.xlsm), is refused with what to do, and nothing is written', async () => {
    const parts = unzipSync(await wholeColumn());
    const types = strFromU8(parts['[Content_Types].xml']);
    parts['[Content_Types].xml'] = strToU8(
      types.replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      ),
    );
    const input = path.join(dir, 'gop-ca-cot.xlsm');
    fs.writeFileSync(input, zipSync(parts));
    const out = path.join(dir, 'gop-ca-cot-sua-m.xlsx');
    const run = await runCli(['fix', input, '--out', out], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/vùng ô gộp quá lớn.*bỏ gộp/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('refusals', () => {
  let input: string;
  let hash: string;
  beforeAll(async () => {
    input = await write('plan.xlsx', seedTable('bac-ninh'), {});
    hash = sha(input);
  });

  it('refuses an output equal to the input (exit 2), leaving it untouched', async () => {
    const run = await runCli(['fix', input, '--out', input, '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('trùng với một tệp đầu vào');
    expect(sha(input)).toBe(hash);
  });

  it('refuses the same file under another path', async () => {
    const run = await runCli(['fix', input, '--out', path.join(dir, '.', 'sub', '..', 'plan.xlsx')], dir);
    expect(run.code).toBe(2);
    expect(sha(input)).toBe(hash);
  });

  it('refuses to overwrite an existing output without --force, and overwrites with it', async () => {
    const out = path.join(dir, 'exists.xlsx');
    fs.writeFileSync(out, 'keep me');
    const refused = await runCli(['fix', input, '--out', out], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runCli(['fix', input, '--out', out, '--force'], dir);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(sha(input)).toBe(hash);
  });

  it('makes a missing folder for the copy, and says so plainly when the output is a folder or under a file', async () => {
    const nested = path.join(dir, 'moi', 'ban-sua.xlsx');
    expect((await runCli(['fix', input, '--out', nested], dir)).code).toBe(0);
    expect(fs.existsSync(nested)).toBe(true);
    fs.mkdirSync(path.join(dir, 'thu-muc.xlsx'));
    const folder = await runCli(['fix', input, '--out', path.join(dir, 'thu-muc.xlsx'), '--force'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('là một thư mục');
    const underFile = await runCli(['fix', input, '--out', path.join(input, 'x.xlsx')], dir);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).not.toMatch(/ENOTDIR|không mong đợi/);
    expect(sha(input)).toBe(hash);
  });

  it('refuses an output that is not .xlsx', async () => {
    const run = await runCli(['fix', input, '--out', path.join(dir, 'out.xls')], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.xlsx');
  });

  it('reports an unreadable input with exit 1 and writes nothing', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(broken, fs.readFileSync(input).subarray(0, 300));
    const out = path.join(dir, 'broken-fixed.xlsx');
    const run = await runCli(['fix', broken, '--out', out], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('không đọc được broken.xlsx');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
