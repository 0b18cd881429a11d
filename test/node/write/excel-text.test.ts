/** Text as a cell holds it: what XML cannot hold dropped, Excel's limit kept, long lists cut early. */
import fc from 'fast-check';
import { cellLines, excelText, MAX_CELL_TEXT } from '../../../src/node/write/excel-text';

describe('cellLines', () => {
  it('gives the cell the text joining every line would, without joining past the limit', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('\u0007', '\u0000x', 'Sở Nội vụ: Đã hoàn thành', ''),
      fc.string({ minLength: 3000, maxLength: 9000 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        expect(excelText(cellLines(lines))).toBe(excelText(lines.join('\n')));
      }),
    );
  });

  it('stops reading lines once the cell is full', () => {
    let read = 0;
    function* many() {
      for (let i = 0; i < 100_000; i++) {
        read++;
        yield `UBND xã số ${i}: Đã hoàn thành đúng hạn`;
      }
    }
    const text = excelText(cellLines(many()));
    expect(text).toHaveLength(MAX_CELL_TEXT);
    expect(text.endsWith('…')).toBe(true);
    expect(read).toBeLessThan(2_000);
  });
});
