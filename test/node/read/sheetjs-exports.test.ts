/**
 * The seed appendices as other programs export them through SheetJS: its HTML
 * table (each cell's text repeated in a `data-v` attribute, line breaks as
 * `<br/>`) and LibreOffice's flat OpenDocument (.fods). Each reads as the
 * .xlsx of the same table does.
 */
import * as XLSX from 'xlsx';
import { createRegistry } from '../../../src/core/agency';
import { checkWorkbook } from '../../../src/core/engine';
import { readWorkbookBuffer } from '../../../src/node/read';
import { buildAppendixWorkbook, SEED_IDS, seedTable, type SeedTable } from '../../fixtures';

async function tasksOf(bytes: Uint8Array, name: string) {
  const read = await readWorkbookBuffer(bytes, name);
  if (!read.ok) throw new Error(`${name}: ${read.code} ${read.reason}`);
  const ctx = { asOf: '2026-12-10', planDate: null, horizon: null, registry: createRegistry({}) };
  return checkWorkbook(read.workbook, ctx).tables.flatMap((t) =>
    t.tasks.map((x) => ({
      stt: x.stt,
      task: x.task,
      lead: x.lead,
      partners: x.partners,
      deadline: x.deadline?.text,
    })),
  );
}

function exported(table: SeedTable, bookType: XLSX.BookType): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([...table.titleLines.map((l) => [l]), table.headers, ...table.rows]),
    'Phu luc',
  );
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}

describe.each(SEED_IDS)('the %s appendix exported by SheetJS', (id) => {
  const table = seedTable(id);
  let expected: Awaited<ReturnType<typeof tasksOf>>;
  beforeAll(async () => {
    expected = await tasksOf(await buildAppendixWorkbook(table, { titleRows: true }), 'phu-luc.xlsx');
    expect(expected.length).toBeGreaterThan(0);
  });

  it('as an HTML table saved as .xls reads every cell whole, line breaks kept', async () => {
    expect(await tasksOf(exported(table, 'html'), 'phu-luc.xls')).toEqual(expected);
  });

  it('as flat OpenDocument (.fods) is read, not refused', async () => {
    const bytes = exported(table, 'fods');
    expect(await tasksOf(bytes, 'phu-luc.fods')).toEqual(expected);
    expect(await readWorkbookBuffer(bytes, 'phu-luc.fods')).toMatchObject({
      ok: true,
      workbook: { format: 'ods' },
    });
  });
});

it('a flat OpenDocument file repeating a filled cell past the cell limit is refused before SheetJS reads it', async () => {
  const fods =
    '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>' +
    '<table:table table:name="S"><table:table-row table:number-rows-repeated="1000000">' +
    '<table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p></table:table-cell>' +
    '</table:table-row></table:table></office:spreadsheet></office:body></office:document>';
  expect(await readWorkbookBuffer(Buffer.from(fods), 'bom.fods')).toMatchObject({
    ok: false,
    reason: 'too-large',
  });
});
