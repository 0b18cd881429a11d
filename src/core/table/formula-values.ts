/**
 * Formulas without a stored result. Files written by programs (openpyxl,
 * exceljs, report generators) keep a formula such as `=A5+1`, `=ROW()-4` or
 * `=C7` with no cached value: Excel computes it when it opens the file, a
 * reader sees an empty cell. The simple forms are computed here, on the sheet
 * model before any table is read, so every face reads the same values (the
 * task pane gets Excel's own results anyway):
 *
 * - a number or a text in quotes (`=5`, `="Sở Nội vụ"`);
 * - a reference to a cell of the same sheet (`=C7`, `=$A$5`, `='Phụ lục'!C7`);
 * - `ROW()` and `ROW(A5)`;
 * - sums and differences of these (`=A5+1`, `=B7-1`, `=ROW()-4`);
 * - one of these shown only when a cell is filled (`=IF(B7="","",ROW()-6)`).
 *
 * A referenced formula without a value is computed first (numbering written
 * as `=A5+1` down the column). Anything else (functions, other sheets,
 * products) is left without a value, and the rules say the cell's formula
 * could not be computed instead of calling the cell empty, unless the formula
 * can give an empty text (see mayGiveEmptyText). The formula text is kept as
 * stored.
 */
import type { SheetCell, SheetModel, WorkbookModel } from '../model/sheet';
import { columnIndex } from '../model/sheet';

/** A formula cell holding no result: nothing cached, no error. */
export function isFormulaWithoutValue(cell: SheetCell | undefined): cell is SheetCell & { formula: string } {
  return (
    cell !== undefined &&
    cell.formula !== undefined &&
    (cell.value === null || cell.value === undefined) &&
    cell.error === undefined
  );
}

/**
 * A formula that can give an empty text (`=IF(B7="","",ROW()-6)`): Excel stores that result as an empty
 * value, which the .xlsx readers give as no value at all, so such a cell is taken to be empty, as before.
 */
export function mayGiveEmptyText(formula: string): boolean {
  return formula.includes('""');
}

/** The workbook with the simple formulas' results filled in; the same object when there is none to fill. */
export function withFormulaValues(wb: WorkbookModel): WorkbookModel {
  let changed = false;
  const sheets = wb.sheets.map((s) => {
    const out = sheetWithFormulaValues(s);
    if (out !== s) changed = true;
    return out;
  });
  return changed ? { ...wb, sheets } : wb;
}

type Term =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'ref'; row: number; col: number }
  | { kind: 'row'; row: number };

/** A formula as terms added (+1) or subtracted (-1); null for any other formula. */
interface Sum {
  terms: { sign: 1 | -1; term: Term }[];
  /** One term without a sign: a reference or a text is its value as it is, not a number. */
  plain: boolean;
}

/** What a computed cell holds; undefined when it cannot be computed. */
type Value = { value: string | number | boolean } | { error: string } | { blank: true };

const MAX_FORMULA_LENGTH = 200;
/** References followed from one cell: a longer chain (or a loop) is left uncomputed. */
const MAX_DEPTH = 1000;
const NUMBER = /^\d+(?:\.\d+)?(?:E[+-]?\d+)?$/i;
const NUMERIC_TEXT = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;
const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;
const ROW_CALL = /^ROW\(\s*([^()]*?)\s*\)$/i;

/** Splits at top-level + and - (not inside quotes or brackets). */
function splitTerms(f: string): { sign: 1 | -1; text: string }[] | null {
  const out: { sign: 1 | -1; text: string }[] = [];
  let sign: 1 | -1 = 1;
  let start = 0;
  let depth = 0;
  let quoted: string | null = null;
  let signed = false;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (quoted) {
      if (ch === quoted) quoted = null;
      continue;
    }
    if (ch === '"' || ch === "'") quoted = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === '+' || ch === '-') && depth === 0) {
      const text = f.slice(start, i).trim();
      // A sign where no term stands yet: "-5", "=+A1", "A1+-1".
      if (text === '') {
        if (i > 0 && out.length === 0 && signed) return null;
        if (ch === '-') sign = sign === 1 ? -1 : 1;
        signed = true;
      } else {
        // An exponent's sign ("1E-3") belongs to its number.
        if (/^\d+(?:\.\d+)?E$/i.test(text)) continue;
        out.push({ sign, text });
        sign = ch === '-' ? -1 : 1;
        signed = true;
      }
      start = i + 1;
    }
  }
  if (quoted || depth !== 0) return null;
  const last = f.slice(start).trim();
  if (last === '') return null;
  out.push({ sign, text: last });
  return out;
}

function parseRef(text: string, sheetName: string): { row: number; col: number } | null {
  let ref = text;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    let name = ref.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'") && name.length >= 2)
      name = name.slice(1, -1).replace(/''/g, "'");
    // Another sheet's cell: out of reach here.
    if (name.toLocaleLowerCase('vi') !== sheetName.toLocaleLowerCase('vi')) return null;
    ref = ref.slice(bang + 1);
  }
  const m = REF.exec(ref);
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col > 16383 || row < 0 || row > 1048575) return null;
  return { row, col };
}

function parseTerm(text: string, sheetName: string, row: number): Term | null {
  if (NUMBER.test(text)) return { kind: 'number', value: Number(text) };
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    const inner = text.slice(1, -1);
    // A lone quote inside ends the text: "a"&"b" and the like are not one text.
    if (/(^|[^"])"(?!")/.test(inner.replace(/""/g, ''))) return null;
    return { kind: 'text', value: inner.replace(/""/g, '"') };
  }
  const call = ROW_CALL.exec(text);
  if (call) {
    if (call[1] === '') return { kind: 'row', row };
    const ref = parseRef(call[1], sheetName);
    return ref ? { kind: 'row', row: ref.row } : null;
  }
  const ref = parseRef(text, sheetName);
  return ref ? { kind: 'ref', ...ref } : null;
}

/** Parses the formula of the cell at `row` (0-based); null for a form not computed here. */
export function parseSimpleFormula(formula: string, sheetName: string, row: number): Sum | null {
  let f = formula.trim();
  if (f.startsWith('=')) f = f.slice(1).trim();
  if (f === '' || f.length > MAX_FORMULA_LENGTH) return null;
  const parts = splitTerms(f);
  if (!parts) return null;
  const terms: Sum['terms'] = [];
  for (const p of parts) {
    const term = parseTerm(p.text, sheetName, row);
    if (!term) return null;
    terms.push({ sign: p.sign, term });
  }
  const plain = terms.length === 1 && terms[0].sign === 1 && !/^[+-]/.test(f);
  return { terms, plain };
}

/**
 * `IF(B7="","",ROW()-6)`, `IF(B7<>"",A6+1,"")`, `IF(ISBLANK(B7),"",…)`: a number or a text shown only when
 * a cell is filled, as templates number their rows. The branches are simple formulas.
 */
interface BlankGuard {
  ref: { row: number; col: number };
  ifBlank: Sum;
  otherwise: Sum;
}

const IF_CALL = /^IF\s*\(([\s\S]*)\)$/i;

/** The arguments of a call, split at top-level commas (not inside quotes or brackets). */
function splitArgs(inner: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let quoted: string | null = null;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (quoted) {
      if (ch === quoted) quoted = null;
    } else if (ch === '"' || ch === "'") quoted = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return null;
    else if (ch === ',' && depth === 0) {
      out.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (quoted || depth !== 0) return null;
  out.push(inner.slice(start).trim());
  return out;
}

export function parseBlankGuard(formula: string, sheetName: string, row: number): BlankGuard | null {
  let f = formula.trim();
  if (f.startsWith('=')) f = f.slice(1).trim();
  if (f.length > MAX_FORMULA_LENGTH) return null;
  const call = IF_CALL.exec(f);
  const args = call ? splitArgs(call[1]) : null;
  if (!args || args.length !== 3) return null;
  const test = args[0].replace(/\s+/g, '');
  let m = /^(.+?)(=|<>)""$/.exec(test) ?? /^""(=|<>)(.+)$/.exec(test);
  let blankFirst: boolean;
  let refText: string;
  if (m) {
    const [op, ref] = m[2] === '=' || m[2] === '<>' ? [m[2], m[1]] : [m[1], m[2]];
    blankFirst = op === '=';
    refText = ref;
  } else if ((m = /^ISBLANK\((.+)\)$/i.exec(test))) {
    blankFirst = true;
    refText = m[1];
  } else return null;
  const ref = parseRef(refText, sheetName);
  const first = parseSimpleFormula(args[1], sheetName, row);
  const second = parseSimpleFormula(args[2], sheetName, row);
  if (!ref || !first || !second) return null;
  return blankFirst ? { ref, ifBlank: first, otherwise: second } : { ref, ifBlank: second, otherwise: first };
}

/** A number without float noise: 0.1 + 0.2 is 0.3 as Excel shows it. */
function tidy(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(15));
}

class Evaluator {
  private readonly done = new Map<number, Value | undefined>();
  private readonly busy = new Set<number>();
  /** Cells whose computation went deeper than MAX_DEPTH: not failed, put off (see sheetWithFormulaValues). */
  private readonly deferred = new Set<number>();
  /** Set when a computation met a deferred cell or went too deep. */
  cut = false;
  /** The second pass: deferred cells are computed again. */
  retrying = false;

  constructor(private readonly sheet: SheetModel) {}

  /** The value of a formula cell without a cached result, or undefined. */
  formulaValue(row: number, col: number, formula: string, depth = 0): Value | undefined {
    const key = row * 16384 + col;
    if (this.done.has(key)) return this.done.get(key);
    if (this.busy.has(key)) return undefined;
    if (this.deferred.has(key)) {
      if (!this.retrying) {
        this.cut = true;
        return undefined;
      }
      this.deferred.delete(key);
    }
    if (depth > MAX_DEPTH) {
      this.cut = true;
      return undefined;
    }
    this.busy.add(key);
    let value: Value | undefined;
    try {
      const sum = parseSimpleFormula(formula, this.sheet.name, row);
      const guard = sum ? null : parseBlankGuard(formula, this.sheet.name, row);
      value = sum ? this.sum(sum, depth) : guard ? this.guard(guard, depth) : undefined;
    } finally {
      this.busy.delete(key);
    }
    // A failure for want of depth may succeed from another cell, once the cells further down are known.
    if (value === undefined && this.cut) this.deferred.add(key);
    else this.done.set(key, value);
    return value;
  }

  /** A referenced cell's value: what it holds, or its own formula computed. */
  private cellValue(row: number, col: number, depth: number): Value | undefined {
    const cell = this.sheet.cells[row]?.[col];
    if (!cell) return { blank: true };
    if (cell.error) return { error: cell.error };
    if (isFormulaWithoutValue(cell)) return this.formulaValue(row, col, cell.formula, depth + 1);
    const v = cell.value;
    if (v === null || v === undefined || v === '') return { blank: true };
    return { value: v };
  }

  private guard(guard: BlankGuard, depth: number): Value | undefined {
    const v = this.cellValue(guard.ref.row, guard.ref.col, depth);
    if (!v || 'error' in v) return v;
    const blank = 'blank' in v || v.value === '';
    return this.sum(blank ? guard.ifBlank : guard.otherwise, depth);
  }

  private sum(sum: Sum, depth: number): Value | undefined {
    if (sum.plain) {
      const term = sum.terms[0].term;
      if (term.kind === 'text') return { value: term.value };
      if (term.kind === 'ref') return this.cellValue(term.row, term.col, depth);
    }
    let total = 0;
    for (const { sign, term } of sum.terms) {
      let n: number;
      if (term.kind === 'number') n = term.value;
      else if (term.kind === 'row') n = term.row + 1;
      else if (term.kind === 'text') {
        // Excel adds a text that is a number ("5" + 1 = 6); any other text is #VALUE!, left uncomputed.
        if (!NUMERIC_TEXT.test(term.value)) return undefined;
        n = Number(term.value);
      } else {
        const v = this.cellValue(term.row, term.col, depth);
        if (!v) return undefined;
        if ('error' in v) return v;
        if ('blank' in v) n = 0;
        else if (typeof v.value === 'number') n = v.value;
        else if (typeof v.value === 'boolean') n = v.value ? 1 : 0;
        else if (NUMERIC_TEXT.test(v.value)) n = Number(v.value);
        else return undefined;
      }
      total += sign * n;
    }
    return { value: tidy(total) };
  }
}

/**
 * The sheet with the simple formulas' results filled in (a copy of the rows
 * that change); the same sheet when no formula lacks its value. A reference to
 * an empty cell gives an empty cell: Excel shows 0 there, which names no task,
 * agency or number either.
 */
export function sheetWithFormulaValues(sheet: SheetModel): SheetModel {
  let evaluator: Evaluator | null = null;
  const computed: { row: number; col: number; cell: SheetCell; value: Value }[] = [];
  // Cells whose chain of references ran too deep, tried again from the bottom up: numbering written
  // downwards (`=A6-1` over `=A7-1` …) then finds each cell below already known.
  const deep: { row: number; col: number; cell: SheetCell & { formula: string } }[] = [];
  for (let r = 0; r < sheet.cells.length; r++) {
    const line = sheet.cells[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      if (!isFormulaWithoutValue(cell)) continue;
      evaluator ??= new Evaluator(sheet);
      evaluator.cut = false;
      const value = evaluator.formulaValue(r, c, cell.formula);
      if (value) computed.push({ row: r, col: c, cell, value });
      else if (evaluator.cut) deep.push({ row: r, col: c, cell });
    }
  }
  if (evaluator) evaluator.retrying = true;
  for (let i = deep.length - 1; i >= 0 && evaluator; i--) {
    const { row, col, cell } = deep[i];
    evaluator.cut = false;
    const value = evaluator.formulaValue(row, col, cell.formula);
    if (value) computed.push({ row, col, cell, value });
  }
  if (computed.length === 0) return sheet;
  const cells = sheet.cells.slice();
  const copied = new Set<number>();
  for (const { row, col, cell, value } of computed) {
    if (!copied.has(row)) {
      cells[row] = (cells[row] as (SheetCell | undefined)[]).slice();
      copied.add(row);
    }
    cells[row][col] =
      'error' in value
        ? { ...cell, value: null, error: value.error }
        : { ...cell, value: 'blank' in value ? '' : value.value };
  }
  return { ...sheet, cells };
}
