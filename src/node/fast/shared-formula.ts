/**
 * A shared formula's text for one of its cells: the master's references moved
 * by the distance between the two cells, "$" parts kept (what exceljs does
 * for `cell.formula`, so both readers give the same text).
 */
import { columnIndex, columnLetter, parseAddress } from '../../core/model/sheet';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: string, to: string): string {
  const a = parseAddress(from);
  const b = parseAddress(to);
  return formula.replace(
    CANDIDATE,
    (whole, sheet: string | undefined, _name, part: string, paren: string | undefined) => {
      if (paren) return whole;
      const m = REFERENCE.exec(part);
      if (!m) return whole;
      const letters = m[2].toUpperCase();
      // Beyond XFD it is a name, not a column.
      if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return whole;
      const col = columnIndex(letters) + (m[1] ? 0 : b.col - a.col);
      const row = Number(m[4]) + (m[3] ? 0 : b.row - a.row);
      return `${sheet ?? ''}${m[1] ?? ''}${columnLetter(col)}${m[3] ?? ''}${row}`;
    },
  );
}
