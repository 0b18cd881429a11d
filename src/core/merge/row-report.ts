/**
 * A report on a task, made from one row: what the merge keeps of the row, and
 * where the row is. A national round keeps tens of thousands of them until the
 * report is written, so each is one object: the place of its table (file,
 * sheet, columns) is shared by all the table's rows, and its `source` and the
 * cells findings name are made from it when asked for.
 */
import { cellOf, type Field, type TaskRow, type TaskTable } from '../model/task';
import { rowCell } from './source';
import type { SourceRef, TaskReport } from './types';

/** One table of a report, as its rows' sources and findings name it: shared by the reports of its rows. */
export interface TablePlace {
  path: string;
  sheet: string;
  columns: TaskTable['columns'];
  /** Another table of the sheet stands beside it on the same rows: its rows' sources name their cells. */
  beside: boolean;
}

export function tablePlace(path: string, table: TaskTable, beside: ReadonlySet<TaskTable>): TablePlace {
  return { path, sheet: table.sheet, columns: table.columns, beside: beside.has(table) };
}

/** A row's cell when its table stands beside another on the same rows (else the row says where it is). */
export function cellBeside(place: TablePlace, row: Pick<TaskRow, 'row' | 'cellRows'>): string | null {
  return place.beside ? rowCell(place, row) : null;
}

/** What a report says, as its row gave it: the merge's judgement of the status included. */
export type ReportFields = Omit<TaskReport, 'source'>;

export class RowReport implements TaskReport {
  agency: string | null;
  role: TaskReport['role'];
  status: TaskReport['status'];
  reported: TaskReport['reported'];
  statusText: string | null;
  outcome: string | null;
  issues: string | null;
  proposals: string | null;
  match: TaskReport['match'];
  readonly place: TablePlace;
  readonly row: number;
  readonly cellRows: TaskRow['cellRows'];

  constructor(fields: ReportFields, place: TablePlace, row: Pick<TaskRow, 'row' | 'cellRows'>) {
    this.agency = fields.agency;
    this.role = fields.role;
    this.status = fields.status;
    this.reported = fields.reported;
    this.statusText = fields.statusText;
    this.outcome = fields.outcome;
    this.issues = fields.issues;
    this.proposals = fields.proposals;
    this.match = fields.match;
    this.place = place;
    this.row = row.row;
    this.cellRows = row.cellRows;
  }

  /** Its file, sheet and row; and its cell when a table beside its own shares its rows. */
  get source(): SourceRef {
    const source: SourceRef = { path: this.place.path, sheet: this.place.sheet, row: this.row };
    const cell = cellBeside(this.place, this);
    if (cell !== null) source.cell = cell;
    return source;
  }

  /** The address of one of its cells ("F12"). */
  cell(field: Field): string | null {
    return cellOf(this.place, this, field);
  }

  /** The cell that tells its table (see ./source.ts). */
  rowCell(): string | null {
    return rowCell(this.place, this);
  }
}
