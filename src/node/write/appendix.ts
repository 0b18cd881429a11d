/**
 * The formatted appendix workbook (.xlsx) as Decree 30/2020 lays an appendix
 * out, from `core/appendix-layout`: title lines, header, column-number row,
 * Times New Roman, A4 landscape, column widths, wrapped text, header rows
 * repeated on every printed page. Used by `phuluc draft`, and by `template`
 * and `fix` for a clean appendix. An optional hidden column keeps where each
 * row came from, and proposed rows carry a visible mark in "Ghi chú".
 */
import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljs-workbook';
import {
  APPENDIX_FONT,
  APPENDIX_FONT_SIZE,
  APPENDIX_SHEET_NAME,
  PLAN_COLUMNS,
  columnNumbers,
  type TitleStyle,
} from '../../core/appendix-layout';
import { t } from '../../core/messages';
import { excelText } from './excel-text';

export interface AppendixRowData {
  stt?: string | null;
  /** The group heading this row sits under ("I. NHÓM GIẢI PHÁP …"); a group row is written when it changes. */
  group?: string | null;
  task: string;
  lead: readonly string[];
  partners: readonly string[];
  result: string;
  /** The deadline as written ("Quý II/2026"), or a parsed deadline whose text is written. */
  deadline: string | { text: string } | null;
  note?: string | null;
  /** A sub-row of the task above (the plan's table merges their STT and task cells): written merged with it. */
  subRow?: boolean;
}

export interface AppendixTableData {
  /** "Phụ lục", the title line(s), "(Kèm theo …)": styled as label, title and note. */
  titleLines: readonly string[];
  rows: readonly AppendixRowData[];
  /** Per row: where it came from in the plan; written in a hidden column when given. */
  sources?: readonly (string | null)[];
  /** Per row: proposed by the tool, to be reviewed: marked in the note column and shaded. */
  proposed?: readonly boolean[];
}

export interface AppendixWriteOptions {
  sheetName?: string;
  /** Show the source column rather than hiding it. */
  showSources?: boolean;
  /** Workbook properties. */
  title?: string;
  subject?: string;
}

/** Where the parts landed (1-based Excel rows), for callers that point at cells. */
export interface AppendixPlacement {
  headerRow: number;
  columnNumberRow: number;
  /** Sheet row of each data row, in `rows` order. */
  taskRows: number[];
  sourceColumn: string | null;
}

const PROPOSED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Height of one line of 12 pt text, in points. */
const LINE_POINTS = 15.75;
const SOURCE_WIDTH = 36;

function titleStyle(line: string, i: number, count: number): TitleStyle {
  if (i === 0 && count > 1) return 'label';
  return line.trim().startsWith('(') ? 'note' : 'title';
}

function agencies(names: readonly string[]): string {
  return names.join('\n');
}

function deadlineText(d: AppendixRowData['deadline']): string {
  if (!d) return '';
  return typeof d === 'string' ? d : d.text;
}

/** Lines a text takes in a column of `width` characters, wrapped. */
function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.15));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

export function appendixPlacement(table: AppendixTableData): AppendixPlacement {
  const headerRow = table.titleLines.length + 2;
  let row = headerRow + 2;
  let group: string | null = null;
  const taskRows = table.rows.map((r) => {
    if (r.group && r.group !== group) row++;
    group = r.group ?? null;
    return row++;
  });
  const sourceColumn = table.sources ? String.fromCharCode(65 + PLAN_COLUMNS.length) : null;
  return { headerRow, columnNumberRow: headerRow + 1, taskRows, sourceColumn };
}

export async function writeAppendixWorkbook(
  table: AppendixTableData,
  opts: AppendixWriteOptions = {},
): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'phuluc';
  if (opts.title) wb.title = opts.title;
  if (opts.subject) wb.subject = opts.subject;
  const place = appendixPlacement(table);
  const width = PLAN_COLUMNS.length;
  const withSources = table.sources !== undefined;
  const ws = wb.addWorksheet(opts.sheetName ?? APPENDIX_SHEET_NAME, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
      printTitlesRow: `${place.headerRow}:${place.columnNumberRow}`,
    },
    views: [{ state: 'frozen', ySplit: place.columnNumberRow }],
  });

  PLAN_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const font = (size: number, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
    name: APPENDIX_FONT,
    size,
    ...extra,
  });

  table.titleLines.forEach((line, i) => {
    const style = titleStyle(line, i, table.titleLines.length);
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = font(APPENDIX_FONT_SIZE[style], { bold: style !== 'note', italic: style === 'note' });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.mergeCells(i + 1, 1, i + 1, width);
    ws.getRow(i + 1).height =
      lineCount(
        line,
        PLAN_COLUMNS.reduce((n, c) => n + c.width, 0),
      ) *
      (LINE_POINTS + 2);
  });

  const headerCells = [
    ...PLAN_COLUMNS.map((c) => c.header),
    ...(withSources ? [t('draft.sourceHeader', {}, 'vi')] : []),
  ];
  headerCells.forEach((h, i) => {
    const cell = ws.getCell(place.headerRow, i + 1);
    cell.value = h;
    cell.font = font(APPENDIX_FONT_SIZE.header, { bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  });
  columnNumbers(width).forEach((n, i) => {
    const cell = ws.getCell(place.columnNumberRow, i + 1);
    cell.value = n;
    cell.font = font(APPENDIX_FONT_SIZE.body, { italic: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = THIN;
  });

  let group: string | null = null;
  /** Runs of rows of one task, [first, last], their STT and task cells merged once written. */
  const runs: [number, number][] = [];
  table.rows.forEach((r, i) => {
    const row = place.taskRows[i];
    const startsGroup = r.group !== undefined && r.group !== null && r.group !== group;
    if (startsGroup) writeGroupRow(ws, row - 1, r.group as string, width, font);
    group = r.group ?? null;
    const last = runs[runs.length - 1];
    if (r.subRow && !startsGroup && last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
    const proposed = table.proposed?.[i] ?? false;
    const values: Record<string, string> = {
      stt: r.stt ?? '',
      task: r.task,
      lead: agencies(r.lead),
      partners: agencies(r.partners),
      result: r.result,
      deadline: deadlineText(r.deadline),
      note: [r.note ?? '', proposed ? t('draft.proposedMark', {}, 'vi') : ''].filter(Boolean).join('\n'),
    };
    let lines = 1;
    PLAN_COLUMNS.forEach((c, col) => {
      const cell = ws.getCell(row, col + 1);
      const text = excelText(values[c.field] ?? '');
      // Always a string cell, never a formula: text starting with "=", "+", "-" or "@" stays text.
      cell.value = c.field === 'stt' && /^\d+$/.test(text) ? Number(text) : text === '' ? null : text;
      cell.font = font(APPENDIX_FONT_SIZE.body);
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c.center ? 'center' : 'left' };
      cell.border = THIN;
      if (proposed) cell.fill = PROPOSED_FILL;
      lines = Math.max(lines, lineCount(text, c.width));
    });
    if (withSources) {
      const cell = ws.getCell(row, width + 1);
      cell.value = table.sources?.[i] ?? null;
      cell.font = font(APPENDIX_FONT_SIZE.body, { italic: true });
      cell.alignment = { vertical: 'top', wrapText: true };
    }
    ws.getRow(row).height = lines * LINE_POINTS + 4;
  });

  const merged = PLAN_COLUMNS.flatMap((c, col) => (c.field === 'stt' || c.field === 'task' ? [col + 1] : []));
  for (const [first, last] of runs) {
    if (last === first) continue;
    for (const col of merged) {
      for (let row = first + 1; row <= last; row++) ws.getCell(row, col).value = null;
      ws.mergeCells(first, col, last, col);
    }
  }

  if (withSources) {
    const col = ws.getColumn(width + 1);
    col.width = SOURCE_WIDTH;
    col.hidden = !opts.showSources;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeGroupRow(
  ws: ExcelJS.Worksheet,
  row: number,
  group: string,
  width: number,
  font: (size: number, extra?: Partial<ExcelJS.Font>) => Partial<ExcelJS.Font>,
): void {
  // "I. NHÓM …": the number in the STT column, the heading merged across the rest, as the table reader expects.
  const m = /^([IVXLC]+|[A-ZĐ])[.)]\s+/u.exec(group);
  const stt = ws.getCell(row, 1);
  stt.value = m ? m[1] : null;
  const heading = ws.getCell(row, 2);
  heading.value = group;
  for (const cell of [stt, heading]) {
    cell.font = font(APPENDIX_FONT_SIZE.body, { bold: true });
    cell.alignment = { vertical: 'top', wrapText: true, horizontal: cell === stt ? 'center' : 'left' };
    cell.border = THIN;
  }
  ws.mergeCells(row, 2, row, width);
}
