/**
 * One agency's report template: its tasks from the plan, locked, beside the
 * columns it fills in (status from a dropdown, outcome, difficulties,
 * proposals), with the hidden task ids and metadata that let `merge` match
 * each row exactly. Laid out to print as Decree 30/2020 asks: Times New
 * Roman, A4 landscape, wrapped text, the header repeated on every page.
 */
import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljs-workbook';
import { APPENDIX_FONT, REPORT_COLUMNS, columnNumbers } from '../../core/appendix-layout';
import { formatDateVi } from '../../core/deadline/dates';
import type { PlanTask } from '../../core/merge';
import { t, type MessageData } from '../../core/messages';
import { columnLetter } from '../../core/model/sheet';
import type { Field } from '../../core/model/task';
import { addMetadataSheet, STATUS_LIST_RANGE } from './metadata-sheet';

export const TEMPLATE_SHEET = 'Báo cáo';

export interface TemplateData {
  agency: string;
  /** A collective's shared template: each member writes its own name as the reporting agency. */
  collective: boolean;
  tasks: readonly PlanTask[];
  planFile: string;
  planFingerprint: string;
  province: string | null;
  planNumber: string | null;
  /** ISO date of the plan, when the appendix states it. */
  planDate: string | null;
}

interface Column {
  field: Field;
  header: string;
  /** Print widths: the ten columns fit an A4 landscape page at a readable scale. */
  width: number;
  center?: boolean;
  /** Filled in by the agency: unlocked and shaded. */
  open?: boolean;
}

const PRINT_WIDTHS: Partial<Record<Field, number>> = {
  stt: 5,
  task: 36,
  lead: 16,
  partners: 18,
  result: 18,
  deadline: 11,
  status: 16,
  outcome: 28,
  issues: 16,
  proposals: 16,
};
const OPEN_FIELDS: ReadonlySet<Field> = new Set(['status', 'outcome', 'issues', 'proposals']);
/** The header the table reader maps to `taskId` (core/table/header-aliases). */
const TASK_ID_HEADER = 'Mã nhiệm vụ';

const COLUMNS: readonly Column[] = [
  ...REPORT_COLUMNS.map((c) => ({
    field: c.field,
    header: c.header,
    width: PRINT_WIDTHS[c.field] ?? c.width,
    center: c.center,
    open: OPEN_FIELDS.has(c.field),
  })),
  { field: 'taskId', header: TASK_ID_HEADER, width: 14 },
];
/** Columns shown and printed; the task id column after them is hidden. */
const VISIBLE = COLUMNS.length - 1;

const FONT_SIZE = { title: 14, line: 12, help: 11, body: 11 } as const;
const LINE_POINTS = 14.5;
const OPEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9DB' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const font = (size: number, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: APPENDIX_FONT,
  size,
  ...extra,
});
/** Document text is Vietnamese whatever language the command speaks: it goes to agencies. */
const doc = (id: string, data: MessageData = {}) => t(id, data, 'vi');

function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

const totalWidth = COLUMNS.slice(0, VISIBLE).reduce((n, c) => n + c.width, 0);

/** A line of text across the visible table width. */
function banner(
  ws: ExcelJS.Worksheet,
  row: number,
  text: string,
  f: Partial<ExcelJS.Font>,
  horizontal: 'center' | 'left',
): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = f;
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  ws.mergeCells(row, 1, row, VISIBLE);
  ws.getRow(row).height = lineCount(text, totalWidth) * (f.size ?? FONT_SIZE.line) * 1.3 + 2;
}

function planLine(data: TemplateData): string {
  if (data.planNumber) {
    return data.planDate
      ? doc('template.doc.planNumberDate', { number: data.planNumber, date: formatDateVi(data.planDate) })
      : doc('template.doc.planNumber', { number: data.planNumber });
  }
  return doc('template.doc.planFile', { file: data.planFile });
}

/** The reporting agency's line: filled in for one agency, a shaded blank for a collective's members. */
function reporterLine(ws: ExcelJS.Worksheet, row: number, data: TemplateData): void {
  if (!data.collective) {
    banner(
      ws,
      row,
      doc('template.doc.reporter', { agency: data.agency }),
      font(FONT_SIZE.line, { bold: true }),
      'center',
    );
    return;
  }
  const label = ws.getCell(row, 1);
  label.value = doc('template.doc.reporterLabel');
  label.font = font(FONT_SIZE.line, { bold: true });
  label.alignment = { horizontal: 'right', vertical: 'middle' };
  ws.mergeCells(row, 1, row, 2);
  const name = ws.getCell(row, 3);
  name.font = font(FONT_SIZE.line, { bold: true });
  name.fill = OPEN_FILL;
  name.border = { bottom: { style: 'thin' } };
  name.protection = { locked: false };
  ws.mergeCells(row, 3, row, 5);
  ws.getRow(row).height = LINE_POINTS + 6;
}

function planValue(task: PlanTask, field: Field): string | number | null {
  let text: string;
  switch (field) {
    case 'stt':
      text = task.stt ?? '';
      return /^\d+$/.test(text) ? Number(text) : text || null;
    case 'task':
      text = task.task;
      break;
    case 'lead':
      text = task.lead.join('\n');
      break;
    case 'partners':
      text = task.partners.join('\n');
      break;
    case 'result':
      text = task.result;
      break;
    case 'deadline':
      text = task.deadline?.text ?? '';
      break;
    case 'taskId':
      text = task.id;
      break;
    default:
      return null;
  }
  // Always a string cell: text starting with "=", "+", "-" or "@" is never a formula.
  return text === '' ? null : text;
}

export async function buildTemplateWorkbook(data: TemplateData): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  wb.creator = 'phuluc';
  wb.title = doc('template.doc.fileTitle', { agency: data.agency });

  const help = ['template.doc.helpFill', 'template.doc.helpRows', 'template.doc.helpSend'];
  if (data.collective) help.unshift('template.doc.helpCollective');
  // Title, reporter, plan, a blank row, the instructions, a blank row, then the table.
  const headerRow = 4 + help.length + 2;
  const numberRow = headerRow + 1;
  const firstRow = numberRow + 1;

  const ws = wb.addWorksheet(TEMPLATE_SHEET, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${numberRow}`,
      // Rows marked absolute: exceljs adds "$" to the columns only, and Excel reads a relative row in a name as moving.
      printArea: `A$1:${columnLetter(VISIBLE - 1)}$${Math.max(firstRow, firstRow + data.tasks.length - 1)}`,
    },
    views: [
      {
        state: 'frozen',
        ySplit: numberRow,
        activeCell: `${columnLetter(COLUMNS.findIndex((c) => c.open))}${firstRow}`,
      },
    ],
  });
  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.getColumn(COLUMNS.length).hidden = true;

  banner(ws, 1, doc('template.doc.title'), font(FONT_SIZE.title, { bold: true }), 'center');
  reporterLine(ws, 2, data);
  banner(ws, 3, planLine(data), font(FONT_SIZE.line, { italic: true }), 'center');
  help.forEach((id, i) => banner(ws, 5 + i, doc(id), font(FONT_SIZE.help, { italic: true }), 'left'));

  COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = c.header;
    cell.font = font(FONT_SIZE.body, { bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    if (c.open) cell.fill = OPEN_FILL;
  });
  columnNumbers(VISIBLE).forEach((n, i) => {
    const cell = ws.getCell(numberRow, i + 1);
    cell.value = n;
    cell.font = font(FONT_SIZE.body, { italic: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = THIN;
  });

  data.tasks.forEach((task, k) => {
    const row = firstRow + k;
    let lines = 2;
    COLUMNS.forEach((c, i) => {
      const cell = ws.getCell(row, i + 1);
      const value = planValue(task, c.field);
      cell.value = value;
      cell.font = font(FONT_SIZE.body);
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c.center ? 'center' : 'left' };
      cell.border = THIN;
      if (c.open) {
        cell.protection = { locked: false };
        cell.fill = OPEN_FILL;
      }
      if (c.field === 'status') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [STATUS_LIST_RANGE],
          showInputMessage: true,
          promptTitle: c.header,
          prompt: doc('template.doc.statusPrompt'),
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: c.header,
          error: doc('template.doc.statusError'),
        };
      }
      if (typeof value === 'string' && i < VISIBLE) lines = Math.max(lines, lineCount(value, c.width));
    });
    ws.getRow(row).height = lines * LINE_POINTS + 4;
  });

  // No password: the lock prevents slips, not people. Rows may be resized to fit long answers.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatRows: true });

  const meta = addMetadataSheet(wb, {
    agency: data.agency,
    planFingerprint: data.planFingerprint,
    planFile: data.planFile,
    province: data.province,
  });
  await meta.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  return wb;
}
