import { strToU8, zipSync } from 'fflate';
import type { PlanParagraph, PlanTable } from '../../../src/core/draft/document';
import { readDocx } from '../../../src/node/docx/read-docx';
import { buildDocx, BULLET_NUM, OUTLINE_NUM, type DocxBlock } from './docx-builder';

function read(blocks: DocxBlock[]) {
  const out = readDocx(buildDocx(blocks));
  if (!out.ok) throw new Error(`not read: ${out.reason}`);
  return out.doc;
}

const paras = (blocks: DocxBlock[]) =>
  read(blocks).blocks.filter((b): b is PlanParagraph => b.kind === 'paragraph');
const p = (text: string, extra: Partial<Extract<DocxBlock, { runs: unknown }>> = {}): DocxBlock => ({
  runs: [{ text }],
  ...extra,
});

describe('readDocx: numbering Word shows', () => {
  it('computes multi-level numbers, restarting deeper levels', () => {
    const ps = paras([
      p('TỔ CHỨC THỰC HIỆN', { num: { id: OUTLINE_NUM, level: 0 } }),
      p('Các sở, ban, ngành', { num: { id: OUTLINE_NUM, level: 1 } }),
      p('Sở Khoa học và Công nghệ', { num: { id: OUTLINE_NUM, level: 2 } }),
      p('Sở Nội vụ', { num: { id: OUTLINE_NUM, level: 2 } }),
      p('Báo và Phát thanh, Truyền hình', { num: { id: OUTLINE_NUM, level: 1 } }),
      p('Tuyên truyền', { num: { id: OUTLINE_NUM, level: 3 } }),
      p('KINH PHÍ', { num: { id: OUTLINE_NUM, level: 0 } }),
      p('Ngân sách', { num: { id: OUTLINE_NUM, level: 1 } }),
    ]);
    expect(ps.map((x) => x.label)).toEqual(['I.', '1.', '1.1.', '1.2.', '2.', 'a)', 'II.', '1.']);
  });

  it('reads bullets from the paragraph or from its style, without a label', () => {
    const ps = paras([
      p('Chủ trì xây dựng', { num: { id: BULLET_NUM, level: 0 } }),
      p('Phối hợp', { style: 'ListBullet' }),
    ]);
    expect(ps.map((x) => [x.label, x.bullet, x.text])).toEqual([
      [null, true, 'Chủ trì xây dựng'],
      [null, true, 'Phối hợp'],
    ]);
  });

  it('reads numbers and bullets typed by hand', () => {
    const ps = paras([p('1.1. Sở Khoa học và Công nghệ'), p('- Chủ trì')]);
    expect(ps.map((x) => [x.label, x.bullet, x.text])).toEqual([
      ['1.1.', false, 'Sở Khoa học và Công nghệ'],
      [null, true, 'Chủ trì'],
    ]);
  });
});

describe('readDocx: emphasis, headings, footnote marks', () => {
  it('is bold when every run with text is bold, by run or by style', () => {
    const ps = paras([
      {
        runs: [
          { text: '1. ', bold: true },
          { text: 'Sở Nội vụ', bold: true },
        ],
      },
      { runs: [{ text: 'Sở ', bold: true }, { text: 'Nội vụ' }] },
      { runs: [{ text: 'TỔ CHỨC THỰC HIỆN' }], style: 'Heading2' },
    ]);
    expect(ps.map((x) => x.bold)).toEqual([true, false, true]);
    expect(ps[2].heading).toBe(2);
  });

  it('drops a superscript footnote number from the text', () => {
    const [x] = paras([
      {
        runs: [
          { text: 'theo Nghị quyết số 42/2025/NQ-HĐND' },
          { text: '1', superscript: true },
          { text: ' ngày 10/12/2025' },
        ],
      },
    ]);
    expect(x.text).toBe('theo Nghị quyết số 42/2025/NQ-HĐND ngày 10/12/2025');
  });

  it('marks a paragraph opening with a superscript number as a footnote typed by hand', () => {
    const [body, note] = paras([
      p('Tham mưu chính sách thu hút nhân tài.'),
      { runs: [{ text: '1', superscript: true }, { text: ' Nghị quyết số 42/2025/NQ-HĐND.' }] },
    ]);
    expect(body.footnote).toBeUndefined();
    expect(note).toMatchObject({ text: 'Nghị quyết số 42/2025/NQ-HĐND.', footnote: true });
  });

  it('skips empty paragraphs', () => {
    expect(paras([p(''), p('  '), p('Nội dung')]).map((x) => x.text)).toEqual(['Nội dung']);
  });
});

describe('readDocx: tables', () => {
  it('reads cells, lines in a cell and bullet lists in a cell', () => {
    const doc = read([
      {
        kind: 'table',
        rows: [
          ['TT', 'Cơ quan phối hợp'],
          ['1', '- Sở Nội vụ\n- Sở Tài chính'],
        ],
      },
    ]);
    const t = doc.blocks[0] as PlanTable;
    expect(t.rows).toEqual([
      ['TT', 'Cơ quan phối hợp'],
      ['1', '- Sở Nội vụ\n- Sở Tài chính'],
    ]);
  });

  it('reads a cell Word numbers itself, with no typed text, as the number it shows', () => {
    const doc = read([
      {
        kind: 'table',
        rows: [
          ['STT', 'Nhiệm vụ'],
          ['', 'A'],
          ['', 'B'],
        ],
        autoNumbered: [
          [1, 0],
          [2, 0],
        ],
      },
    ]);
    expect((doc.blocks[0] as PlanTable).rows).toEqual([
      ['STT', 'Nhiệm vụ'],
      ['1', 'A'],
      ['2', 'B'],
    ]);
  });

  it('skips a Word-numbered empty paragraph outside a table', () => {
    expect(
      paras([{ runs: [], num: { id: OUTLINE_NUM, level: 1 } }, p('Nội dung')]).map((x) => x.text),
    ).toEqual(['Nội dung']);
  });

  it('places a cell spanning columns and records the merge', () => {
    const doc = read([
      {
        kind: 'table',
        rows: [
          ['I', 'NHÓM NHIỆM VỤ'],
          ['1', 'A', 'B'],
        ],
        spans: [[0, 1, 2]],
      },
    ]);
    const t = doc.blocks[0] as PlanTable;
    expect(t.rows).toEqual([
      ['I', 'NHÓM NHIỆM VỤ', ''],
      ['1', 'A', 'B'],
    ]);
    expect(t.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
  });

  it('reads a cell whose span is beyond any Word table (a damaged file) as spanning the widest table', () => {
    const doc = read([
      {
        kind: 'table',
        rows: [
          ['I', 'NHÓM'],
          ['1', 'A', 'B'],
        ],
        spans: [[0, 1, 100_000_000]],
      },
    ]);
    const t = doc.blocks[0] as PlanTable;
    expect(t.rows[0]).toHaveLength(64);
    expect(t.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 63 }]);
  });
});

describe('readDocx: what is not a Word document', () => {
  it('refuses bytes that are not a zip', () => {
    expect(readDocx(strToU8('Kế hoạch số 548/KH-UBND'))).toMatchObject({ ok: false, reason: 'not-a-docx' });
  });

  it('refuses a zip without a Word document part', () => {
    expect(readDocx(zipSync({ 'readme.txt': strToU8('x') }))).toMatchObject({
      ok: false,
      reason: 'not-a-docx',
    });
  });

  it('says a workbook is a spreadsheet', () => {
    expect(readDocx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toMatchObject({
      ok: false,
      reason: 'spreadsheet',
    });
  });

  it('refuses a document with an entity instead of expanding it', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "boom">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>';
    expect(readDocx(zipSync({ 'word/document.xml': strToU8(xml) }))).toMatchObject({
      ok: false,
      reason: 'bad-xml',
    });
  });

  it('refuses a cut-off file', () => {
    const bytes = buildDocx([p('Nội dung')]);
    expect(readDocx(bytes.subarray(0, bytes.length - 30)).ok).toBe(false);
  });
});

describe('readDocx: vertical merges', () => {
  it('leaves the covered cells empty and records the merge, as a workbook reader does', () => {
    const doc = read([
      {
        kind: 'table',
        rows: [
          ['4', 'Vận hành cơ sở dữ liệu', 'Sở Nội vụ'],
          ['', '', 'Sở Tài chính'],
        ],
        vMerges: [
          [0, 0, 2],
          [0, 1, 2],
        ],
      },
    ]);
    const t = doc.blocks[0] as PlanTable;
    expect(t.rows).toEqual([
      ['4', 'Vận hành cơ sở dữ liệu', 'Sở Nội vụ'],
      ['', '', 'Sở Tài chính'],
    ]);
    expect(t.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
    ]);
  });
});

describe('readDocx: items separated by line breaks inside one paragraph', () => {
  it('reads numbered and bulleted lines of one paragraph (Shift+Enter, a PDF made Word) as paragraphs', () => {
    const ps = paras([
      p(
        'IV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Chủ trì xây dựng chính sách thu hút nhân tài trên địa bàn tỉnh,\ntrình HĐND tỉnh trong năm 2026.\n- Phối hợp với Sở Tài chính.',
      ),
    ]);
    expect(ps.map((x) => [x.label, x.bullet, x.text])).toEqual([
      ['IV.', false, 'TỔ CHỨC THỰC HIỆN'],
      ['1.', false, 'Sở Nội vụ'],
      [
        null,
        true,
        'Chủ trì xây dựng chính sách thu hút nhân tài trên địa bàn tỉnh, trình HĐND tỉnh trong năm 2026.',
      ],
      [null, true, 'Phối hợp với Sở Tài chính.'],
    ]);
  });

  it('keeps a paragraph whose lines open no item one paragraph', () => {
    const ps = paras([p('KẾ HOẠCH\nThực hiện Quyết định số 2711/QĐ-TTg')]);
    expect(ps.map((x) => x.text)).toEqual(['KẾ HOẠCH Thực hiện Quyết định số 2711/QĐ-TTg']);
  });
});

describe('readDocx: a footnote typed with a superscript character', () => {
  it('marks a paragraph opening with "¹" as a footnote', () => {
    const ps = paras([p('¹ Nghị quyết số 42/2025/NQ-HĐND của HĐND tỉnh.'), p('Sở Nội vụ chủ trì.')]);
    expect(ps.map((x) => x.footnote ?? false)).toEqual([true, false]);
  });
});
