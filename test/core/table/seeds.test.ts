/**
 * The three seed appendix tables read back as a user reads them
 * (test/fixtures/expected.ts is the hand-written oracle).
 */
import { cellOf } from '../../../src/core/model/task';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { expectedTable, type SeedId } from '../../fixtures';
import { seedSheet, type SeedSheetOptions } from './seed-sheets';
import { createRegistry, splitAgencyList } from '../../../src/core/agency';
import { registry, workbookOf } from './sheet-from';

const SIX_COLUMNS = { stt: 'A', task: 'B', lead: 'C', partners: 'D', result: 'E', deadline: 'F' };

const CASES: [SeedId, number, SeedSheetOptions][] = [
  ['bac-ninh', 7, { titleRows: true, sttAsNumber: true }],
  ['ninh-binh', 13, { titleRows: true, columnNumbers: 'parens' }],
  ['hung-yen', 11, { columnNumbers: 'plain' }],
];

describe.each(CASES)('seed table %s', (id, count, opts) => {
  const { sheet, headerRow, firstDataRow, lastDataRow } = seedSheet(id, opts);
  const { province, tasks: expected } = expectedTable(id);
  // The press body is named after the province: read with that province's registry.
  const { tables, findings } = readWorkbookTables(workbookOf(sheet), createRegistry({ province }));

  it(`finds one plan table of ${count} tasks below its title`, () => {
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table.kind).toBe('plan');
    expect(table.sheet).toBe('Phụ lục');
    expect(table.tasks).toHaveLength(count);
    expect({
      headerRow: table.headerRow,
      firstDataRow: table.firstDataRow,
      lastDataRow: table.lastDataRow,
    }).toEqual({
      headerRow,
      firstDataRow,
      lastDataRow,
    });
    expect(table.columns).toEqual(SIX_COLUMNS);
    expect(findings).toEqual([]);
  });

  it('reads each task as written', () => {
    const [table] = tables;
    const tasks = table.tasks;
    tasks.forEach((row, i) => {
      const e = expected[i];
      expect(row.row).toBe(firstDataRow + i);
      expect(row.stt).toBe(e.stt);
      expect(row.group).toBeNull();
      expect(row.task).toBe(e.task);
      expect(row.result).toBe(e.result);
      expect(row.deadline?.text).toBe(e.deadline);
      expect(row.status).toBeNull();
      expect(row.outcome).toBeNull();
      expect(cellOf(table, row, 'lead')).toBe(`C${firstDataRow + i}`);
    });
  });

  it('names accountable lead and partner agencies canonically', () => {
    // How a combined collective cell ("Các sở, ban ngành, Ủy ban nhân dân xã, phường") is
    // itemised is the agency registry's policy; the accountable agencies are not in doubt.
    const accountable = (names: string[]) => names.every((n) => !registry.resolve(n).collective);
    tables[0].tasks.forEach((row, i) => {
      if (accountable(expected[i].lead)) expect(row.lead).toEqual(expected[i].lead);
      if (accountable(expected[i].partners)) expect(row.partners).toEqual(expected[i].partners);
    });
  });

  it('gives each agency the registry resolves its canonical name, and keeps the others as written', () => {
    const reg = createRegistry({ province });
    const names = (text: string | undefined) =>
      text ? splitAgencyList(text, reg).map((item) => reg.resolve(item).canonical ?? item) : [];
    for (const row of tables[0].tasks) {
      expect(row.lead).toEqual(names(row.raw.lead));
      expect(row.partners).toEqual(names(row.raw.partners));
    }
  });
});

describe('seed details', () => {
  it('keeps the header "Thời gian\\nhoàn thành" as the deadline column and the stored cell text', () => {
    const { sheet } = seedSheet('ninh-binh', { titleRows: true, columnNumbers: 'parens' });
    const [table] = readWorkbookTables(workbookOf(sheet), registry).tables;
    expect(table.columns.deadline).toBe('F');
    const first = table.tasks[0];
    // raw keeps the cell's line breaks (each line trimmed); source keeps the cell as stored.
    expect(first.raw.lead).toBe('Sở Khoa học và\nCong nghệ');
    expect(first.source.lead).toEqual({ text: 'Sở Khoa học và \nCong nghệ', encoding: null });
    expect(first.deadline).toMatchObject({ kind: 'period', due: '2026-03-31' });
  });

  it('gives the STT typed as a number as text', () => {
    const { sheet } = seedSheet('bac-ninh', { sttAsNumber: true });
    const [table] = readWorkbookTables(workbookOf(sheet), registry).tables;
    expect(table.tasks.map((t) => t.stt)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    // A number is not text: the text rules have nothing to check in it.
    expect(table.tasks[0].source.stt).toBeUndefined();
    expect(table.tasks[0].raw.stt).toBe('1');
  });

  it('splits the bullet list of Bắc Ninh row 4 into seven partners', () => {
    const { sheet } = seedSheet('bac-ninh');
    const [table] = readWorkbookTables(workbookOf(sheet), registry).tables;
    expect(table.tasks[3].partners).toHaveLength(7);
    expect(table.tasks[3].raw.partners?.split('\n')).toHaveLength(7);
  });

  it('reads a TCVN3 sheet (.VnTime) as the same tasks as the Unicode one', () => {
    const unicode = readWorkbookTables(workbookOf(seedSheet('ninh-binh').sheet), registry).tables[0];
    const legacy = readWorkbookTables(workbookOf(seedSheet('ninh-binh', { tcvn3: true }).sheet), registry)
      .tables[0];
    expect(legacy.columns).toEqual(unicode.columns);
    const view = (t: typeof unicode) =>
      t.tasks.map((r) => ({
        stt: r.stt,
        task: r.task,
        lead: r.lead,
        partners: r.partners,
        result: r.result,
        deadline: r.deadline,
      }));
    expect(view(legacy)).toEqual(view(unicode));
    // "Trường" holds TCVN3's "ư", the soft-hyphen byte: it must survive cleaning.
    expect(legacy.tasks[2].lead).toEqual(['Trường Chính trị tỉnh']);
    expect(legacy.tasks[2].source.lead).toMatchObject({ encoding: 'tcvn3', font: '.VnTime' });
    expect(legacy.tasks[2].source.lead?.text).not.toBe(unicode.tasks[2].source.lead?.text);
  });

  it('marks hidden rows', () => {
    // Header in row 1, tasks from row 2: the second task is in row 3.
    const { sheet } = seedSheet('hung-yen', { hiddenRows: [3] });
    const [table] = readWorkbookTables(workbookOf(sheet), registry).tables;
    expect(table.tasks[1].hidden).toBe(true);
    expect(table.tasks[0].hidden).toBeUndefined();
    expect(table.tasks).toHaveLength(11);
  });
});
