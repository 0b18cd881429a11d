import { strToU8, zipSync } from 'fflate';
import { readPlanBytes } from '../../../src/node/docx/plan-document';
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

  it.each([
    ['a PDF', strToU8('%PDF-1.7\n...'), 'ke-hoach.pdf', 'draft.reason.pdf'],
    ['a .docx that is not a zip', strToU8('Kế hoạch'), 'ke-hoach.docx', 'draft.reason.not-a-docx'],
    [
      'text in another code page',
      new Uint8Array([0x4b, 0xea, 0x20, 0xf2]),
      'ke-hoach.txt',
      'draft.reason.not-utf8',
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
