import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { readWorkbookBuffer, readWorkbookFile } from '../../../src/node/read';
import { listCfbStreams } from '../../../src/node/read/cfb';
import { sniffFormat } from '../../../src/node/read/sniff';
import { encryptedOoxml, exceljsBuffer, sheetjsBuffer, zipParts } from './fixtures';
import { buildAppendixWorkbook, seedTable } from '../../fixtures';

function xlsBytes(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Sở Y tế', 1]]), 'S');
  return sheetjsBuffer(wb, 'biff8');
}

function docxBytes(): Uint8Array {
  return zipParts({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml':
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  });
}

describe('what is not a readable spreadsheet gets a specific reason', () => {
  it('a Word document (.docx), even renamed .xlsx', async () => {
    expect(await readWorkbookBuffer(docxBytes(), 'phu-luc.xlsx')).toMatchObject({
      ok: false,
      code: 'E_FILE_UNREADABLE',
      reason: 'word-document',
    });
  });

  it('a PDF', async () => {
    const pdf = strToU8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
    expect(await readWorkbookBuffer(pdf, 'ke-hoach.pdf')).toMatchObject({
      ok: false,
      code: 'E_FILE_UNREADABLE',
      reason: 'pdf',
    });
  });

  it('random bytes', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect(await readWorkbookBuffer(random, 'bao-cao.xlsx')).toMatchObject({
      ok: false,
      code: 'E_FILE_UNREADABLE',
      reason: 'not-a-spreadsheet',
    });
  });

  it('an .xlsx cut in half is truncated', async () => {
    const xlsx = await exceljsBuffer((wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 200; r++) ws.getRow(r).values = [r, `Nhiệm vụ ${r}`, 'Sở Tài chính'];
    });
    expect(await readWorkbookBuffer(xlsx.subarray(0, xlsx.length >> 1), 'x.xlsx')).toMatchObject({
      ok: false,
      code: 'E_FILE_UNREADABLE',
      reason: 'truncated',
    });
  });

  it('an .xls cut short is truncated', async () => {
    const xls = xlsBytes();
    expect(await readWorkbookBuffer(xls.subarray(0, xls.length - 1024), 'x.xls')).toMatchObject({
      ok: false,
      reason: 'truncated',
    });
  });

  it('an .xlsx with a damaged sheet part is corrupt', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(await exceljsBuffer((wb) => (wb.addWorksheet('S').getCell('A1').value = 1)));
    files['xl/worksheets/sheet1.xml'] = strToU8(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>',
    );
    files['xl/workbook.xml'] = strToU8('<workbook><sheets><sheet');
    expect(await readWorkbookBuffer(zipSync(files), 'x.xlsx')).toMatchObject({
      ok: false,
      reason: 'corrupt',
    });
  });

  // exceljs rejects the XML; SheetJS, asked next, returns the sheet empty without a word. Read as an empty
  // sheet, the appendix was told "no task table found" (E_TABLE_NOT_FOUND) instead of "the file is damaged".
  it('an appendix whose sheet XML is cut off mid-tag is corrupt, not an empty sheet', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(await buildAppendixWorkbook(seedTable('bac-ninh'), { titleRows: true }));
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('</sheetData>', '</sheetDat>'));
    expect(await readWorkbookBuffer(zipSync(files), 'phu-luc-bac-ninh.xlsx')).toMatchObject({
      ok: false,
      reason: 'corrupt',
    });
  });

  it('an Apple Numbers file is an unsupported format', async () => {
    const numbers = zipParts({
      'Index/Document.iwa': new Uint8Array([1, 2, 3]),
      'Metadata/Properties.plist': 'x',
    });
    expect(await readWorkbookBuffer(numbers, 'bang.numbers')).toMatchObject({
      ok: false,
      reason: 'unsupported-format',
    });
  });
});

describe('password-protected workbooks', () => {
  it('an encrypted .xlsx (OLE2 with EncryptionInfo) is E_FILE_ENCRYPTED', async () => {
    const bytes = encryptedOoxml();
    expect(listCfbStreams(bytes).map((s) => s.name)).toContain('EncryptionInfo');
    expect(await readWorkbookBuffer(bytes, 'mat-khau.xlsx')).toMatchObject({
      ok: false,
      code: 'E_FILE_ENCRYPTED',
      reason: 'encrypted',
    });
  });
});

describe('files that are skipped, not errors', () => {
  it('an Excel lock file', async () => {
    const lock = new Uint8Array(165).fill(0x20);
    expect(await readWorkbookBuffer(lock, '~$bao-cao.xlsx')).toEqual({
      ok: false,
      code: 'SKIPPED',
      reason: 'lock-file',
    });
  });

  it('a zero-byte file', async () => {
    expect(await readWorkbookBuffer(new Uint8Array(0), 'dang-ghi.xlsx')).toEqual({
      ok: false,
      code: 'SKIPPED',
      reason: 'empty',
    });
  });

  it('hidden files (macOS ._ companions, .DS_Store)', async () => {
    expect(await readWorkbookBuffer(new Uint8Array(4096), '._bao-cao.xlsx')).toEqual({
      ok: false,
      code: 'SKIPPED',
      reason: 'hidden',
    });
  });

  it('a real workbook whose name merely starts with ~$ is read', async () => {
    const bytes = await exceljsBuffer((wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 300; r++) ws.getRow(r).values = [r, `Nhiệm vụ số ${r} của kế hoạch`];
    });
    expect(bytes.length).toBeGreaterThan(4096);
    expect((await readWorkbookBuffer(bytes, '~$ten-la.xlsx')).ok).toBe(true);
  });
});

describe('sniffing goes by content, not by extension', () => {
  it('an .xlsx renamed .xls is read as .xlsx', async () => {
    const bytes = await exceljsBuffer((wb) => (wb.addWorksheet('S').getCell('A1').value = 'x'));
    expect(sniffFormat(bytes, 'bao-cao.xls')).toMatchObject({ kind: 'zip', format: 'xlsx' });
  });

  it('an .xls renamed .xlsx is read as .xls', async () => {
    const outcome = await readWorkbookBuffer(xlsBytes(), 'bao-cao.xlsx');
    expect(outcome.ok && outcome.workbook.format).toBe('xls');
  });

  it('text with a non-spreadsheet name is not read as CSV', () => {
    expect(sniffFormat(strToU8('a,b\n1,2\n'), 'ghi-chu.md')).toMatchObject({
      kind: 'refuse',
      reason: 'not-a-spreadsheet',
    });
  });
});

describe('readWorkbookFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'phuluc-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file from disk', async () => {
    const file = path.join(dir, 'phu-luc.xls');
    writeFileSync(file, xlsBytes());
    const outcome = await readWorkbookFile(file);
    expect(outcome.ok && outcome.workbook.sheets[0].cells[0][0]?.value).toBe('Sở Y tế');
  });

  it('skips a lock file without reading it', async () => {
    const file = path.join(dir, '~$phu-luc.xlsx');
    writeFileSync(file, new Uint8Array(165));
    expect(await readWorkbookFile(file)).toMatchObject({ code: 'SKIPPED', reason: 'lock-file' });
  });

  it('refuses a file over the size cap before reading it', async () => {
    const file = path.join(dir, 'lon.csv');
    writeFileSync(file, 'a,b\n'.repeat(1000));
    expect(await readWorkbookFile(file, { maxFileBytes: 1000 })).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('answers a missing file or a folder with a reason, not a throw', async () => {
    expect(await readWorkbookFile(path.join(dir, 'khong-co.xlsx'))).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    mkdirSync(path.join(dir, 'thu-muc.xlsx'));
    // A folder is named as one, not taken for a permissions problem.
    expect(await readWorkbookFile(path.join(dir, 'thu-muc.xlsx'))).toMatchObject({
      ok: false,
      reason: 'folder',
    });
  });
});

describe('never throws', () => {
  it('on arbitrary bytes under any spreadsheet name (property)', async () => {
    const names = fc.constantFrom('a.xlsx', 'a.xls', 'a.csv', 'a.ods', 'a.xlsb', 'a.bin');
    // Starts that reach the deeper readers: zip, OLE2, BIFF, text.
    const prefix = fc.constantFrom(
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      [0x09, 0x08],
      [0x3c],
      [],
    );
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 2048 }), names, async (head, body, name) => {
        const outcome = await readWorkbookBuffer(new Uint8Array([...head, ...body]), name, {
          maxSheetJSSeconds: 5,
        });
        expect(['E_FILE_UNREADABLE', 'E_FILE_ENCRYPTED', 'SKIPPED', undefined]).toContain(
          outcome.ok ? undefined : outcome.code,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('on a damaged copy of a real workbook (property: flipped bytes)', async () => {
    const good = xlsBytes();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async (flips) => {
          const bad = good.slice();
          for (const [at, b] of flips) bad[at] = b;
          // A copy SheetJS never finishes is called damaged after the limit (see below).
          const outcome = await readWorkbookBuffer(bad, 'x.xls', { maxSheetJSSeconds: 5 });
          expect(typeof outcome.ok).toBe('boolean');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('on a damaged copy SheetJS never finishes: damaged, after the time limit, and the next file reads', async () => {
    // Found by the property above: a formula's tokens jump past its end, and SheetJS' parser loops.
    const bad = xlsBytes();
    bad[2051] = 33;
    bad[1052] = 0;
    expect(await readWorkbookBuffer(bad, 'x.xls', { maxSheetJSSeconds: 1 })).toMatchObject({
      ok: false,
      code: 'E_FILE_UNREADABLE',
      reason: 'corrupt',
      detail: 'SheetJS did not finish within 1 s',
    });
    const next = await readWorkbookBuffer(xlsBytes(), 'y.xls');
    expect(next.ok && next.workbook.sheets[0].cells[0].map((c) => c?.value)).toEqual(['Sở Y tế', 1]);
  });

  it('on the damaged copy that once made it loop forever (found by the property above in CI)', async () => {
    const bad = xlsBytes();
    // A shared string's 16-bit character cut by a record boundary: the font walker read nothing, and went on.
    bad[2999] = 163;
    expect(await readWorkbookBuffer(bad, 'x.xls')).toMatchObject({
      ok: false,
      code: 'E_FILE_UNREADABLE',
      reason: 'corrupt',
    });
  });
});
