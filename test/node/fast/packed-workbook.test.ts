/**
 * A workbook packed for the trip between threads comes back as the same
 * model: every cell in its place, rich text, formulas, errors and displayed
 * text as they were, empty cells and rows kept, the sheet's and workbook's
 * other fields untouched.
 */
import type { SheetModel, WorkbookModel } from '../../../src/core/model/sheet';
import { packWorkbook, unpackWorkbook } from '../../../src/node/fast/packed-workbook';
import { DEFAULT_LIMITS } from '../../../src/node/read/outcome';
import { ReadBudget, SheetBuilder } from '../../../src/node/read/sheet-builder';

const TNR = 'Times New Roman';

const workbook: WorkbookModel = {
  format: 'xlsx',
  properties: { Category: 'phuluc', Author: 'Sở KH&CN' },
  sheets: [
    {
      name: 'Báo cáo',
      cells: [
        [{ value: 'BÁO CÁO KẾT QUẢ', font: TNR }],
        [],
        [
          { value: 'STT', font: TNR },
          undefined,
          { value: 46022, format: 'dd/mm/yyyy', font: TNR, text: '31/12/2025' },
          { value: 3, format: '0' },
          { value: true },
          { value: null },
        ],
        [
          {
            value: 'Quý IV',
            runs: [
              { text: 'Quý ', font: '.VnTime' },
              { text: 'IV', font: TNR },
            ],
          },
          { value: null, error: '#N/A', font: TNR },
          { value: 6, formula: 'SUM(A1:A3)', font: 'VNI-Times' },
          { value: 'Sở Nội vụ', font: TNR },
        ],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 5 }],
      hiddenRows: [1],
      hiddenCols: [4],
      colCount: 6,
    },
    { name: '_phuluc', cells: [], merges: [], hiddenRows: [], hiddenCols: [], hidden: true, colCount: 0 },
  ],
};

it('gives back the model it packed, through a structured clone', () => {
  const back = unpackWorkbook(structuredClone(packWorkbook(workbook)));
  expect(back).toEqual(workbook);
  // Each row keeps its length: an empty cell is there as undefined, not a hole.
  expect(back.sheets[0].cells.map((row) => row.length)).toEqual([1, 0, 6, 4]);
  expect(1 in back.sheets[0].cells[2]).toBe(true);
});

it('keeps a row that is not there at all as missing (the model reads it as empty)', () => {
  const cells = [[{ value: 'a' }], undefined, [{ value: 1 }]] as unknown as SheetModel['cells'];
  const sparse: WorkbookModel = {
    format: 'csv',
    sheets: [{ name: 'S', cells, merges: [], hiddenRows: [], hiddenCols: [], colCount: 1 }],
  };
  const back = unpackWorkbook(structuredClone(packWorkbook(sparse)));
  expect(back).toEqual(sparse);
  expect(back.sheets[0].cells[1]).toBeUndefined();
});

it('sends each font and format name once', () => {
  const packed = packWorkbook(workbook);
  expect(packed.sheets[0].names.filter((n) => n === TNR)).toHaveLength(1);
});

it("comes back in the sheet builder's shape: its keys in the builder's order, rows without holes", () => {
  const builder = new SheetBuilder('Báo cáo', new ReadBudget(DEFAULT_LIMITS));
  builder.set(0, 0, { value: 'STT' });
  builder.set(2, 1, { value: 'Sở Nội vụ' });
  builder.hideRow(1);
  const built = builder.build();
  const back = unpackWorkbook(structuredClone(packWorkbook({ format: 'xlsx', sheets: [built] }))).sheets[0];
  expect(back).toEqual(built);
  expect(Object.keys(back)).toEqual(Object.keys(built));
  // A row of the builder's has a value or undefined in every place, never a hole.
  for (const line of back.cells) for (let c = 0; c < line.length; c++) expect(c in line).toBe(true);
});
