/**
 * OpenDocument repeats: "this row a million times, this cell sixteen thousand
 * times" in a file of a few kilobytes. What SheetJS would write out cell by
 * cell is counted first, and past the cell cap the file is too large — said
 * at once, not after minutes and gigabytes.
 */
import { strToU8, zipSync } from 'fflate';
import { readWorkbookBuffer } from '../../../src/node/read';
import { OdsRepeats } from '../../../src/node/read/ods-repeats';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

function ods(rows: string): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ),
    'styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS} office:version="1.2"/>`,
    ),
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.2"><office:body><office:spreadsheet><table:table table:name="S">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`,
    ),
  });
}

const cell = (text: string, repeat = 1) =>
  `<table:table-cell${repeat > 1 ? ` table:number-columns-repeated="${repeat}"` : ''} office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
const row = (cells: string, repeat = 1) =>
  `<table:table-row${repeat > 1 ? ` table:number-rows-repeated="${repeat}"` : ''}>${cells}</table:table-row>`;
const TABLE =
  row(cell('STT') + cell('Nội dung nhiệm vụ') + cell('Cơ quan chủ trì')) +
  row(cell('1') + cell('Việc') + cell('Sở Nội vụ'));

describe('repeated rows and cells in an .ods', () => {
  it('refuses a million rows of sixteen thousand cells as too large, at once', async () => {
    const outcome = await readWorkbookBuffer(ods(TABLE + row(cell('x', 16_000), 1_048_000)), 'x.ods');
    expect(outcome).toMatchObject({ ok: false, code: 'E_FILE_UNREADABLE', reason: 'too-large' });
  });

  it('reads the repeated empty cells LibreOffice ends a sheet with', async () => {
    const empty = row('<table:table-cell table:number-columns-repeated="16384"/>', 1_048_000);
    const outcome = await readWorkbookBuffer(ods(TABLE + empty), 'x.ods');
    expect(outcome.ok && outcome.workbook.sheets[0].cells.map((r) => r.map((c) => c?.value ?? null))).toEqual(
      [
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
        ['1', 'Việc', 'Sở Nội vụ'],
      ],
    );
  });

  it('counts a tag cut between two inflated chunks once', () => {
    const xml = row(cell('x', 3), 5);
    for (let cut = 1; cut < xml.length; cut++) {
      const watch = new OdsRepeats();
      const bytes = strToU8(xml);
      watch.inspect('content.xml', bytes.subarray(0, cut));
      watch.inspect('content.xml', bytes.subarray(cut));
      expect(watch.cells).toBe(15);
    }
  });

  it('does not let a row tag padded past any real one hide its repeats', () => {
    const watch = new OdsRepeats();
    watch.inspect('content.xml', strToU8(`<table:table-row${' '.repeat(10_000)}`));
    expect(watch.cells).toBe(Infinity);
  });
});
