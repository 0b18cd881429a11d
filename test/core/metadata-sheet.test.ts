/**
 * The very hidden sheet `phuluc template` keeps its metadata in is phuluc's,
 * not the agency's: nothing on it is ever reported, while the same content on
 * a sheet of the agency's is.
 */
import { checkWorkbook } from '../../src/core/engine';
import { METADATA_SHEET } from '../../src/core/model/sheet';
import { seedTable } from '../fixtures';
import { context, PLAN_HEADER, sheet, workbook } from './rules/helpers';

/** Key/value rows as the template writes them, with text the checks would speak of (doubled spaces, TCVN3). */
const METADATA_ROWS = [
  ['format', 'phuluc-template', null, 'Đã  hoàn thành đúng hạn'],
  ['agency', 'Sở  Nội vụ', null, { value: '§ang thùc hiÖn', font: '.VnTime' }],
];

const table = () => sheet([PLAN_HEADER, ...seedTable('bac-ninh').rows]);

it('reports nothing on the template’s metadata sheet', () => {
  const meta = sheet(METADATA_ROWS, { name: METADATA_SHEET, hidden: true });
  const { findings } = checkWorkbook(workbook(table(), meta), context());
  expect(findings.filter((f) => f.sheet === METADATA_SHEET)).toEqual([]);
});

it('still reports the same text on a sheet of the agency’s own', () => {
  const notes = sheet(METADATA_ROWS, { name: 'Ghi chú' });
  const { findings } = checkWorkbook(workbook(table(), notes), context());
  expect(findings.filter((f) => f.sheet === 'Ghi chú').length).toBeGreaterThan(0);
});
