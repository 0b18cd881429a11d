import { strToU8, zipSync } from 'fflate';
import { readPlanBytes } from '../../../src/node/docx/plan-document';
import { encodeWindows1258 } from '../../fixtures/windows-1258';
import { buildDocx } from './docx-builder';

describe('readPlanBytes: the kind of plan file from its bytes', () => {
  it('reads a Word document whatever its name', () => {
    const out = readPlanBytes(buildDocx([{ runs: [{ text: 'KẾ HOẠCH' }] }]), 'ke-hoach.bin');
    expect(out).toMatchObject({ ok: true, format: 'docx' });
  });

  it('reads UTF-8 text and markdown, with or without a BOM', () => {
    expect(readPlanBytes(strToU8('\uFEFFKẾ HOẠCH'), 'a.txt')).toMatchObject({ ok: true, format: 'txt' });
    expect(readPlanBytes(strToU8('## KẾ HOẠCH'), 'a.md')).toMatchObject({ ok: true, format: 'md' });
  });

  it('reads text saved in UTF-16 with its BOM and in Windows-1258, as Unicode', () => {
    const paragraphText = (bytes: Uint8Array) => {
      const out = readPlanBytes(bytes, 'ke-hoach.txt');
      return out.ok ? out.doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')) : out.reason;
    };
    expect(paragraphText(Buffer.from('\uFEFFKẾ HOẠCH', 'utf16le'))).toEqual(['KẾ HOẠCH']);
    expect(paragraphText(encodeWindows1258('Kế hoạch'))).toEqual(['Kế hoạch']);
  });

  it.each([
    ['a PDF', strToU8('%PDF-1.7\n...'), 'ke-hoach.pdf', 'draft.reason.pdf'],
    ['a .docx that is not a zip', strToU8('Kế hoạch'), 'ke-hoach.docx', 'draft.reason.not-a-docx'],
    [
      'Rich Text Format, even named .doc',
      strToU8('{\\rtf1\\ansi K\\u7871?'),
      'ke-hoach.doc',
      'draft.reason.rtf',
    ],
    [
      'a web page saved as .doc',
      strToU8('<html><p>KẾ HOẠCH</p></html>'),
      'ke-hoach.doc',
      'draft.reason.legacy-doc',
    ],
    ['a binary file', new Uint8Array([0x41, 0x00, 0x42]), 'ke-hoach.txt', 'draft.reason.unsupported'],
    [
      'a workbook',
      zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }),
      'phu-luc.xlsx',
      'draft.reason.spreadsheet',
    ],
  ])('names the reason for %s', (_what, bytes, name, reason) => {
    expect(readPlanBytes(bytes, name)).toEqual({ ok: false, reason });
  });
});
