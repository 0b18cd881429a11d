import { numberDigits } from '../table/row-kinds';
import { defineRule } from './define-rule';
import { cellFix } from './text-fields';

/**
 * Numbering that skips or repeats. Numbering may restart at 1 in each group
 * ("I", "II" …); sub-rows of one merged STT cell share its number and address.
 * Only whole numbers are checked, "2." and "2)" among them ("1.1", "a" are left alone).
 */
export default defineRule({
  meta: { code: 'W_STT_SEQUENCE', severity: 'warning', field: 'stt', fixable: true },
  checkTable(table, rc) {
    let expected = 1;
    let group: string | null | undefined;
    let lastCellRow = -1;
    for (const row of table.tasks) {
      const stt = row.stt?.trim() ?? '';
      if (row.group !== group) {
        group = row.group;
        // A new group may restart at 1 or go on counting.
        if (stt === '1') expected = 1;
      }
      // A number phuluc could not compute (a formula the file keeps no result for) is taken to be the next one.
      if (stt === '' && row.noValue?.stt !== undefined) {
        expected += 1;
        continue;
      }
      // A task left unnumbered inside a numbered list takes its number: the rows after it then line up.
      if (stt === '' && expected > 1 && (row.task.trim() !== '' || row.noValue?.task !== undefined)) {
        rc.report({
          row,
          variant: 'empty',
          data: { expected },
          suggestion: String(expected),
          fix: cellFix(row, 'stt', 'renumber', String(expected)),
        });
        expected += 1;
        continue;
      }
      // "2." and "2)" are the number 2 written as some tables write them, even among plain numbers.
      const digits = numberDigits(stt);
      if (digits === null) continue;
      // Sub-rows under one merged STT cell share its number: the cell's row tells them (the column is the table's).
      const cellRow = row.cellRows?.stt ?? row.row;
      if (cellRow === lastCellRow) continue;
      lastCellRow = cellRow;
      const n = Number(digits);
      if (n !== expected) {
        const renumbered = `${expected}${stt.slice(digits.length)}`;
        rc.report({
          row,
          data: { stt, expected },
          suggestion: renumbered,
          fix: cellFix(row, 'stt', 'renumber', renumbered),
        });
      }
      expected += 1;
    }
  },
});
