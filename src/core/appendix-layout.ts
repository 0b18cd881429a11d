/**
 * The layout of an empty appendix task table, as Decree 30/2020 (Appendix I)
 * sets an appendix out: "Phụ lục" centred and bold, the title in capitals,
 * the italic "(Kèm theo …)" line, then the header, a column-number row and the
 * data rows. Pure data, so the task pane (Office.js) and the Node writers
 * (exceljs) produce the same sheet.
 *
 * The header texts are the canonical names of DOMAIN.md §2 and §3; they are
 * document content, not interface text, so they stay Vietnamese in every
 * language, like the header aliases the table reader knows.
 */
import type { Field } from './model/task';

export interface AppendixColumn {
  field: Field;
  header: string;
  /** Excel column width in characters. */
  width: number;
  /** Centred cells (numbers, short dates) rather than left-aligned text. */
  center?: boolean;
}

export type AppendixKind = 'plan' | 'report';

export const PLAN_COLUMNS: readonly AppendixColumn[] = [
  { field: 'stt', header: 'STT', width: 6, center: true },
  { field: 'task', header: 'Nội dung nhiệm vụ', width: 45 },
  { field: 'lead', header: 'Cơ quan chủ trì', width: 22 },
  { field: 'partners', header: 'Cơ quan phối hợp', width: 26 },
  { field: 'result', header: 'Kết quả cần đạt', width: 24 },
  { field: 'deadline', header: 'Thời hạn hoàn thành', width: 14, center: true },
  { field: 'note', header: 'Ghi chú', width: 14 },
];

/** A report repeats the plan columns (without the note) and adds what the agency reports. */
export const REPORT_COLUMNS: readonly AppendixColumn[] = [
  ...PLAN_COLUMNS.filter((c) => c.field !== 'note'),
  { field: 'status', header: 'Mức độ hoàn thành', width: 20, center: true },
  { field: 'outcome', header: 'Kết quả thực hiện', width: 32 },
  { field: 'issues', header: 'Khó khăn, vướng mắc', width: 24 },
  { field: 'proposals', header: 'Đề xuất, kiến nghị', width: 24 },
];

export function appendixColumns(kind: AppendixKind): readonly AppendixColumn[] {
  return kind === 'plan' ? PLAN_COLUMNS : REPORT_COLUMNS;
}

export type TitleStyle = 'label' | 'title' | 'note';

/** The lines above the table; the blanks are for staff to fill in. */
export const TITLE_LINES: readonly { text: string; style: TitleStyle }[] = [
  { text: 'Phụ lục', style: 'label' },
  { text: 'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH', style: 'title' },
  {
    text: '(Kèm theo Kế hoạch số      /KH-UBND ngày     tháng     năm      của UBND tỉnh      )',
    style: 'note',
  },
];

export const APPENDIX_FONT = 'Times New Roman';
export const APPENDIX_FONT_SIZE = { label: 14, title: 14, note: 13, header: 12, body: 12 } as const;
/** Blank task rows the template offers, bordered and wrapped, ready to type in. */
export const APPENDIX_EMPTY_ROWS = 10;
export const APPENDIX_SHEET_NAME = 'Phụ lục';

/** 1-based Excel rows of each part, so every writer puts them in the same place. */
export interface AppendixRows {
  titleRows: number[];
  headerRow: number;
  columnNumberRow: number;
  firstDataRow: number;
  lastDataRow: number;
}

export function appendixRows(emptyRows: number = APPENDIX_EMPTY_ROWS): AppendixRows {
  const titleRows = TITLE_LINES.map((_, i) => i + 1);
  // One blank row between the title block and the header.
  const headerRow = TITLE_LINES.length + 2;
  return {
    titleRows,
    headerRow,
    columnNumberRow: headerRow + 1,
    firstDataRow: headerRow + 2,
    lastDataRow: headerRow + 1 + emptyRows,
  };
}

/** The column-number row: "(1)", "(2)" … as the seeds number their columns. */
export function columnNumbers(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `(${i + 1})`);
}
