/**
 * Finding and reading the task tables of a workbook: every header found in a
 * sheet starts a table, whose data rows run until a run of empty rows, the
 * next header or the signature block. Group headings name the tasks under
 * them; merged cells give their value to every row they cover, except that
 * sub-rows which only add list lines to a merged task are that one task.
 */
import { copyWith } from '../copy-with';
import type { AgencyRegistry } from '../agency/registry';
import type { Finding, Severity } from '../model/finding';
import {
  cellAddress,
  columnLetter,
  isMetadataSheet,
  type SheetModel,
  type WorkbookModel,
} from '../model/sheet';
import type { Field, TaskRow, TaskTable } from '../model/task';
import { isBareDateSerial, parseDeadline } from '../deadline/parse';
import { parseStatus } from '../status/parse';
import { assignColumns } from './columns';
import { headerAt, headersIn, isColumnNumberRow, type HeaderColumn, type HeaderLayout } from './find-header';
import { readTaskRow, rowLayout } from './read-row';
import {
  groupHeading,
  isFooterRow,
  isTotalOrNote,
  parentHeading,
  startsLowercase,
  wholeNumber,
} from './row-kinds';
import { isBlankCell, numberText, SheetReader } from './sheet-reader';
import { readTitleInfo, type PlanInfo } from './plan-info';
import { OpenAreas, titleAreas, type TableArea } from './table-area';
import { messageRef, type MessageData } from '../messages';

export { readPlanInfo, type PlanInfo } from './plan-info';

export interface FoundTable {
  table: TaskTable;
  /** Problems with the table's columns (E_COLUMN_MISSING, W_COLUMN_DUPLICATE) and cells (W_DEADLINE_AMBIGUOUS). */
  findings: Finding[];
  /**
   * What the title lines above the table say: its plan's number, date and horizon, and its province (else
   * the one the lines above another table of the sheet name): the province its tasks were read with.
   */
  info: PlanInfo;
}

/** This many empty rows in a row end a table. */
const END_EMPTY_ROWS = 3;
/** Cells read to tell a status column from a deadline column. */
const STATUS_SAMPLE = 20;
const STATUS_SCAN_ROWS = 200;
/** The longest status wording seen ("Đang thực hiện (chậm so với kế hoạch)"). */
const MAX_STATUS_LENGTH = 40;

const REQUIRED: readonly Field[] = ['task', 'lead', 'deadline'];

function finding(
  code: string,
  severity: Severity,
  sheet: string | null,
  where: { row: number | null; cell: string | null; field: Field | null },
  data: MessageData,
): Finding {
  return { code, severity, sheet, ...where, messageId: `finding.${code}`, data };
}

/**
 * Whether a column's first cells read as statuses; null when they are all
 * empty. The notes and signatures under a short table are not its cells.
 * In a column named for the outcome only short cells count: "Đã ban hành Kế
 * hoạch số 45/KH-UBND" starts like a status but tells what was done.
 */
function statusColumn(
  reader: SheetReader,
  from: number,
  column: HeaderColumn,
  sttCol: number | undefined,
  header: HeaderLayout,
): boolean | null {
  const notesUpTo = header.columns.find((c) => c.field === 'task')?.col ?? header.right;
  const longest = column.field === 'outcome' ? MAX_STATUS_LENGTH : Infinity;
  let seen = 0;
  let statuses = 0;
  const end = Math.min(reader.rowCount, from + STATUS_SCAN_ROWS);
  for (let r = from; r < end && seen < STATUS_SAMPLE; r++) {
    if (isBlankCell(reader.cell(r, column.col))) continue;
    if (isFooterRow(reader, r, sttCol, notesUpTo, header)) break;
    const text = reader.text(r, column.col);
    // "Thường xuyên" is a plan's deadline and a report's status: such a cell decides nothing.
    if (column.field === 'deadline' && parseDeadline(text).kind !== 'unparsed') continue;
    seen++;
    if (text.length <= longest && parseStatus(text)) statuses++;
  }
  return seen === 0 ? null : statuses * 2 > seen;
}

/** What a sub-row may not bring on its own if it is to belong to the task above. */
const TASK_LEVEL: readonly Field[] = ['stt', 'task', 'lead', 'deadline', 'status', 'taskId'];

/**
 * The sheet rows of the task starting at `row`. When the task cell is merged
 * down and the rows below only add lines to other fields (one partner per
 * sub-row), they are one task. When a sub-row has its own lead, deadline …
 * each row is a task of its own, and the merged cells give it their value.
 */
function taskRows(
  reader: SheetReader,
  row: number,
  columns: Map<Field, number>,
  header: HeaderLayout,
): { rows: number[]; last: number } {
  const col = columns.get('task') ?? columns.get('stt');
  const m = col === undefined ? undefined : reader.merge(row, col);
  const single = { rows: [row], last: row };
  if (!m || m.top !== row || m.bottom === row || m.left !== col) return single;
  const own = new Set(TASK_LEVEL.map((f) => columns.get(f)));
  const rows = [row];
  const last = Math.min(m.bottom, reader.rowCount - 1);
  for (let r = row + 1; r <= last; r++) {
    const filled = reader.filledColumns(r, header.left, header.right);
    if (filled.some((c) => own.has(c))) return single;
    if (filled.length) rows.push(r);
  }
  return { rows, last };
}

/** Rows looked through past a gap of empty rows for more of the table's tasks. */
const GAP_LOOKAHEAD = 30;

/** The first row from `from` with something in the table's columns, within `limit` rows; -1 if none. */
function nextFilledRow(
  reader: SheetReader,
  from: number,
  filledAt: (r: number) => number[],
  limit: number,
): number {
  const end = Math.min(reader.rowCount, from + limit);
  for (let r = from; r < end; r++) if (filledAt(r).length > 0) return r;
  return -1;
}

/** The value a row holds itself in a column: none where a merge from a row above covers it. */
function ownText(reader: SheetReader, row: number, col: number | undefined): string {
  return col === undefined || reader.sourceRow(row, col) !== row ? '' : reader.text(row, col);
}

/** A row past a gap shaped like the table's tasks: a task with its lead, deadline or status, and no footer. */
function looksLikeTask(
  reader: SheetReader,
  row: number,
  columns: Map<Field, number>,
  header: HeaderLayout,
  lastNumber: number | null,
): boolean {
  const sttCol = columns.get('stt');
  // Numbering that starts again ("1", "2" after task 7) is another list, not more of this table.
  const n = wholeNumber(ownText(reader, row, sttCol));
  if (n !== null && lastNumber !== null && n <= lastNumber) return false;
  if (
    isFooterRow(reader, row, sttCol, columns.get('task') ?? Infinity, header) ||
    headerAt(reader, row, header.left, header.right)
  )
    return false;
  if (ownText(reader, row, columns.get('task')) === '') return false;
  return (['lead', 'deadline', 'status'] as const).some((f) => ownText(reader, row, columns.get(f)) !== '');
}

/** Fields a row holds only as a task of its own. */
const OWN_TASK_FIELDS: readonly Field[] = ['stt', 'lead', 'deadline', 'status', 'taskId'];

/**
 * A row right under a task that only carries on its text: no number, lead,
 * deadline or status of its own, and its task text, if any, the rest of a
 * sentence (it starts with a small letter). A capitalised line is a task or a
 * heading, never glued to the task above.
 */
function continuesTask(
  reader: SheetReader,
  row: number,
  filled: number[],
  columns: Map<Field, number>,
  header: HeaderLayout,
  above: TaskRow,
): boolean {
  for (const field of OWN_TASK_FIELDS) {
    const col = columns.get(field);
    if (col !== undefined && filled.includes(col)) return false;
  }
  if (reader.mergedDown(row, header.left, header.right)) return false;
  const text = ownText(reader, row, columns.get('task'));
  if (text === '') return true;
  // In an unnumbered list a row is a task of its own; a sentence ended above ends its task.
  if (!above.stt || /[.;:!?]$/.test(above.task.trim())) return false;
  return startsLowercase(text);
}

function sameColumns(a: HeaderLayout, b: HeaderLayout): boolean {
  return (
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c.field === b.columns[i].field && c.col === b.columns[i].col)
  );
}

function readTable(
  reader: SheetReader,
  header: HeaderLayout,
  registry: AgencyRegistry,
): { found: Omit<FoundTable, 'info'>; next: number } {
  const sheet = reader.sheet.name;
  let row = header.bottom + 1;
  if (row < reader.rowCount && isColumnNumberRow(reader, row, header.left, header.right)) row++;
  const dataStart = row;
  const sttHeader = header.columns.find((c) => c.field === 'stt')?.col;
  const { columns, duplicates } = assignColumns(header.columns, (column) =>
    statusColumn(reader, dataStart, column, sttHeader, header),
  );
  // A table saying what was done (the outcome) without the plan's deadline or result is a report, status or not.
  const kind =
    columns.has('status') || (columns.has('outcome') && !columns.has('deadline') && !columns.has('result'))
      ? 'report'
      : 'plan';
  const sttCol = columns.get('stt');
  // Partners split over columns by level ("Cơ quan phối hợp cấp tỉnh" | "… cấp xã") are all the task's partners.
  // Grown from empty, as the rows' own arrays: `map` hands back arrays V8 shapes otherwise once the code calling
  // it is compiled, and the row reader's compiled code was thrown away for that.
  const morePartners: number[] = [];
  for (const d of duplicates) if (d.field === 'partners') morePartners.push(d.second);
  const layout = rowLayout(columns, morePartners);

  const tasks: TaskRow[] = [];
  let group: string | null = null;
  let first = -1;
  let empty = 0;
  // The previous row with content was a task: a header right below it repeats the table's own.
  let afterTask = false;
  // The sheet rows of the last task read, while the row below may still continue it.
  let lastRows: number[] | null = null;
  // Under a numbered parent row ("1" over "1.1", "1.2"): the group around it, back once its tasks end.
  let numberedParent = false;
  let outerGroup: string | null = null;
  // The row below is looked at before it is read (is this row a heading over it?): its columns are kept.
  let keptRow = -1;
  let keptColumns: number[] = [];
  const filledAt = (r: number) => {
    if (r !== keptRow) {
      keptRow = r;
      keptColumns = reader.filledColumns(r, header.left, header.right);
    }
    return keptColumns;
  };
  const lastNumber = () => (tasks.length ? wholeNumber(tasks[tasks.length - 1].stt ?? '') : null);
  for (; row < reader.rowCount; row++) {
    const filled = filledAt(row);
    if (filled.length === 0) {
      lastRows = null;
      if (!reader.mergedDown(row, header.left, header.right) && ++empty >= END_EMPTY_ROWS) {
        // Tasks below a wider gap still belong to the table; anything else ends it.
        const resume = nextFilledRow(reader, row + 1, filledAt, GAP_LOOKAHEAD);
        if (resume < 0 || !looksLikeTask(reader, resume, columns, header, lastNumber())) break;
        row = resume - 1;
        empty = 0;
      }
      afterTask = false;
      continue;
    }
    empty = 0;
    if (isFooterRow(reader, row, sttCol, columns.get('task') ?? header.right, header)) {
      // A subtotal under a group ("Cộng:") or a note between tasks: passed over when tasks follow it
      // (the next group's heading may come first).
      let after = nextFilledRow(reader, row + 1, filledAt, END_EMPTY_ROWS);
      if (after >= 0 && groupHeading(reader, after, filledAt(after), columns) !== null)
        after = nextFilledRow(reader, after + 1, filledAt, END_EMPTY_ROWS);
      if (
        !isTotalOrNote(reader, row, sttCol, header) ||
        after < 0 ||
        !looksLikeTask(reader, after, columns, header, null)
      )
        break;
      lastRows = null;
      continue;
    }
    const next = headerAt(reader, row, header.left, header.right);
    if (next) {
      // Tables converted from Word or PDF repeat the header at each page break: read on.
      if (!afterTask || !sameColumns(next, header)) break;
      row = next.bottom;
      if (row + 1 < reader.rowCount && isColumnNumberRow(reader, row + 1, header.left, header.right)) row++;
      continue;
    }
    if (first < 0) first = row;
    if (
      lastRows &&
      lastRows[lastRows.length - 1] === row - 1 &&
      continuesTask(reader, row, filled, columns, header, tasks[tasks.length - 1])
    ) {
      // The task's text runs on in this row (a table converted from Word or PDF): one task, read again whole.
      lastRows = [...lastRows, row];
      tasks[tasks.length - 1] = readTaskRow(reader, lastRows, layout, group, registry);
      continue;
    }
    const section = groupHeading(reader, row, filled, columns);
    const parent =
      section ??
      parentHeading(
        reader,
        row,
        filled,
        columns,
        () => nextFilledRow(reader, row + 1, filledAt, END_EMPTY_ROWS),
        lastNumber,
      );
    const heading = section ?? parent;
    afterTask = heading === null;
    if (heading !== null) {
      // A numbered task over its sub-tasks heads them only: the next whole number is outside it again.
      if (section === null && ownText(reader, row, sttCol) !== '') {
        outerGroup = numberedParent ? outerGroup : group;
        numberedParent = true;
      } else numberedParent = false;
      group = heading;
      lastRows = null;
      continue;
    }
    if (numberedParent && wholeNumber(ownText(reader, row, sttCol)) !== null) {
      group = outerGroup;
      numberedParent = false;
    }
    const rows = taskRows(reader, row, columns, header);
    tasks.push(readTaskRow(reader, rows.rows, layout, group, registry));
    lastRows = rows.rows;
    row = rows.last;
  }

  const headerRow = header.bottom + 1;
  const letters: TaskTable['columns'] = {};
  for (const [field, col] of columns) letters[field] = columnLetter(col);
  const table: TaskTable = {
    sheet,
    kind,
    headerRow,
    firstDataRow: tasks.length ? first + 1 : dataStart + 1,
    lastDataRow: tasks.length ? tasks[tasks.length - 1].row : dataStart,
    columns: letters,
    tasks,
  };

  const findings: Finding[] = [];
  // DOMAIN §2: a plan's appendix also numbers its tasks and names their results; a report may do without,
  // but not without the status it reports (said once for the table, not on every row).
  const required =
    kind === 'plan' ? [...REQUIRED, 'stt' as const, 'result' as const] : [...REQUIRED, 'status' as const];
  for (const field of required) {
    if (!columns.has(field)) {
      findings.push(
        finding(
          'E_COLUMN_MISSING',
          'error',
          sheet,
          { row: headerRow, cell: null, field },
          { column: messageRef(`field.${field}`) },
        ),
      );
    }
  }
  const deadlineCol = columns.get('deadline');
  if (deadlineCol !== undefined) findings.push(...bareSerials(reader, table, deadlineCol));
  for (const d of duplicates) {
    if (d.field === 'partners') continue;
    findings.push(
      finding(
        'W_COLUMN_DUPLICATE',
        'warning',
        sheet,
        { row: headerRow, cell: cellAddress(header.bottom, d.second), field: d.field },
        {
          first: columnLetter(d.first),
          second: columnLetter(d.second),
          column: messageRef(`field.${d.field}`),
        },
      ),
    );
  }
  return { found: { table, findings }, next: row };
}

/**
 * Deadline cells holding a date as a bare number (46022 in a General cell):
 * read as the day it counts (31/12/2025), but Excel shows the number, and so
 * would the printed plan: said, never passed over in silence.
 */
function bareSerials(reader: SheetReader, table: TaskTable, col: number): Finding[] {
  const out: Finding[] = [];
  // A deadline cell merged down over several tasks is one cell: told once.
  let lastRow = -1;
  for (const task of table.tasks) {
    const row = (task.cellRows?.deadline ?? task.row) - 1;
    if (row === lastRow) continue;
    lastRow = row;
    const cell = reader.cell(row, col);
    if (!cell || !task.deadline || !isBareDateSerial(cell)) continue;
    out.push({
      ...finding(
        'W_DEADLINE_AMBIGUOUS',
        'warning',
        table.sheet,
        { row: task.row, cell: cellAddress(row, col), field: 'deadline' },
        { number: cell.text ?? numberText(cell.value as number), date: task.deadline.text },
      ),
      messageId: 'finding.W_DEADLINE_AMBIGUOUS.bareNumber',
    });
  }
  return out;
}

/** Options for reading a sheet's tables. */
export interface TableOptions {
  /**
   * Read each table with the province its own title lines name ("… của UBND
   * tỉnh Hưng Yên"), when it names one other than the registry's: two
   * provinces' appendices in one workbook each have their own agencies.
   */
  ownProvince?: boolean;
}

/**
 * Every task table in a sheet, top to bottom and left to right: tables side by
 * side (apart by at least one empty column) are each read in their own
 * columns, whatever the height of their headers.
 */
export function findTables(
  sheet: SheetModel | SheetReader,
  registry: AgencyRegistry,
  opts: TableOptions = {},
): FoundTable[] {
  const reader = sheet instanceof SheetReader ? sheet : new SheetReader(sheet);
  const areas: (TableArea & { found: Omit<FoundTable, 'info'> })[] = [];
  const open = new OpenAreas();
  for (let row = 0; row < reader.rowCount; row++) {
    const width = reader.width(row);
    for (const [from, to] of open.freeAt(row)) {
      // Past the row's last cell (beside a table, in most of its rows) there is nothing to find.
      if (from >= width) continue;
      for (const header of headersIn(reader, row, from, to)) {
        const { found, next } = readTable(reader, header, registry);
        const area = { header, end: Math.max(next, header.bottom + 1), found };
        areas.push(area);
        open.add(area);
      }
    }
  }
  const infos = titleAreas(areas).map((area) => readTitleInfo(reader, area));
  // A table whose own lines name no province is of the province named above another table of its sheet.
  const sheetProvince = infos.find((i) => i.province)?.province ?? null;
  return areas.map((area, i) => {
    const info = copyWith(infos[i], { province: infos[i].province ?? sheetProvince });
    const province = opts.ownProvince ? info.province : null;
    // Read again with its own province's agencies: rare (two provinces in one workbook), so not done up front.
    const found =
      province && province !== registry.province
        ? readTable(reader, area.header, registry.withProvince(province)).found
        : area.found;
    return copyWith(found, { info });
  });
}

/**
 * The task tables of a workbook and the problems with their layout. Hidden
 * sheets count only when no visible sheet has a table (a template may hide
 * its working sheet); the template's metadata sheet is never a table.
 */
export function readWorkbookTables(
  wb: WorkbookModel,
  registry: AgencyRegistry,
  readers: ReadonlyMap<SheetModel, SheetReader> = new Map(),
  opts: TableOptions = {},
): { tables: TaskTable[]; findings: Finding[]; infos: ReadonlyMap<TaskTable, PlanInfo> } {
  const sheets = wb.sheets.filter((s) => !isMetadataSheet(s));
  const find = (s: SheetModel) => findTables(readers.get(s) ?? s, registry, opts);
  let found = sheets.filter((s) => !s.hidden).flatMap(find);
  if (found.length === 0) found = sheets.filter((s) => s.hidden).flatMap(find);
  if (found.length === 0) {
    const where = { row: null, cell: null, field: null };
    return {
      tables: [],
      findings: [finding('E_TABLE_NOT_FOUND', 'error', null, where, {})],
      infos: new Map(),
    };
  }
  const findings = found.flatMap((f) => f.findings);
  // Headers with no row under them: a form returned unfilled, or tasks typed somewhere the table does not reach.
  if (found.every((f) => f.table.tasks.length === 0)) {
    const first = found[0].table;
    findings.push({
      ...finding(
        'E_TABLE_NOT_FOUND',
        'error',
        first.sheet,
        { row: first.headerRow, cell: null, field: null },
        {},
      ),
      messageId: 'finding.E_TABLE_NOT_FOUND.empty',
    });
  }
  return {
    tables: found.map((f) => f.table),
    findings,
    infos: new Map(found.map((f) => [f.table, f.info])),
  };
}
