/**
 * A plan saved as offices save text: UTF-16 (Notepad's "Unicode", or without its BOM), Windows
 * line endings, Windows-1258, or typed with a TCVN3 / VNI font — in a .txt or
 * in a Word document's runs. Every form must draft the same appendix, in Unicode.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeTcvn3 } from '../../../src/core/text/legacy/tcvn3';
import { encodeVni } from '../../../src/core/text/legacy/vni';
import { readPlanBytes } from '../../../src/node/docx/plan-document';
import { encodeWindows1258 } from '../../fixtures/windows-1258';
import { runCli } from '../../scripts/run-cli';
import { buildDocx } from './docx-builder';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-draft-enc-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TABLE_HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Kết quả cần đạt',
  'Thời hạn hoàn thành',
];
const TABLE_ROWS = [
  [
    '1',
    'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
    'Sở Khoa học và Công nghệ',
    'Sở Nội vụ; Sở Giáo dục và Đào tạo',
    'Cơ sở dữ liệu được vận hành',
    'Quý II/2026',
  ],
  [
    '2',
    'Tổ chức hội nghị gặp mặt trí thức tiêu biểu',
    'Sở Nội vụ',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Hội nghị được tổ chức',
    'Hằng năm',
  ],
];
const PLAN_LINES = [
  'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
  'Số: 15/KH-UBND',
  'Bắc Ninh, ngày 04 tháng 3 năm 2026',
  'KẾ HOẠCH',
  'Phát triển đội ngũ trí thức tỉnh Bắc Ninh đến năm 2030',
  '',
  'Phụ lục',
  'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH',
  '',
];
const PLAN = [...PLAN_LINES, ...[TABLE_HEADER, ...TABLE_ROWS].map((r) => r.join('\t'))].join('\n') + '\n';

/** What the two rows say, written out by hand. */
const EXPECTED = [
  {
    stt: '1',
    task: 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
    lead: ['Sở Khoa học và Công nghệ'],
    partners: ['Sở Nội vụ', 'Sở Giáo dục và Đào tạo'],
    result: 'Cơ sở dữ liệu được vận hành',
  },
  {
    stt: '2',
    task: 'Tổ chức hội nghị gặp mặt trí thức tiêu biểu',
    lead: ['Sở Nội vụ'],
    partners: ['Sở Văn hóa, Thể thao và Du lịch'],
    result: 'Hội nghị được tổ chức',
  },
];

/** UTF-16 in either byte order, with its byte order mark unless `bom` is false (some converters write none). */
function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

/** Characters below U+0100 as single bytes: a legacy-font text saved by an editor in a Western code page. */
function singleBytes(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
}

async function draft(name: string, bytes: Uint8Array) {
  const input = path.join(dir, name);
  fs.writeFileSync(input, bytes);
  const out = path.join(dir, `${name}.xlsx`);
  const run = await runCli(['draft', input, '--out', out, '--json'], dir);
  return { run, doc: JSON.parse(run.stdout) };
}

describe('phuluc draft reads a text plan in any encoding an office saves', () => {
  it.each([
    ['UTF-16 little-endian with its BOM (Notepad "Unicode")', 'le.txt', utf16(PLAN, 'le'), null],
    ['UTF-16 big-endian with its BOM', 'be.txt', utf16(PLAN, 'be'), null],
    ['UTF-16 little-endian without a BOM', 'le-no-bom.txt', utf16(PLAN, 'le', false), null],
    ['UTF-16 big-endian without a BOM', 'be-no-bom.txt', utf16(PLAN, 'be', false), null],
    ['Windows line endings', 'crlf.txt', Buffer.from(PLAN.replace(/\n/g, '\r\n')), null],
    ['Windows-1258', 'cp1258.txt', encodeWindows1258(PLAN), null],
    ['TCVN3 saved as single bytes', 'tcvn3.txt', singleBytes(encodeTcvn3(PLAN)), 'legacy-tcvn3'],
    ['TCVN3 letters saved as UTF-8', 'tcvn3-utf8.txt', Buffer.from(encodeTcvn3(PLAN)), 'legacy-tcvn3'],
    ['VNI saved as single bytes', 'vni.txt', singleBytes(encodeVni(PLAN)), 'legacy-vni'],
  ])('%s: both tasks, in Unicode', async (_what, name, bytes, note) => {
    const { run, doc } = await draft(name, bytes);
    expect(run.code).toBe(0);
    expect(doc.mode).toBe('table');
    expect(doc.notes).toEqual(note ? [note] : []);
    expect(doc.plan.province).toBe('Bắc Ninh');
    const tasks = doc.files[0].tables[0].tasks;
    expect(tasks.map(pick)).toEqual(EXPECTED);
    expect(doc.summary).toMatchObject({ tasks: 2, errors: 0, warnings: 0 });
  });

  it('says in its report that legacy text was converted', async () => {
    const input = path.join(dir, 'tcvn3-text.txt');
    fs.writeFileSync(input, singleBytes(encodeTcvn3(PLAN)));
    const run = await runCli(['draft', input, '--out', path.join(dir, 'tcvn3-text.xlsx')], dir);
    expect(run.stdout).toContain('bảng mã cũ TCVN3 (ABC)');
    expect(run.stdout).toContain('Đã đọc 2 nhiệm vụ');
  });

  it('leaves lines already in Unicode alone in a text that is otherwise TCVN3', async () => {
    // Row 2 pasted in Unicode into a TCVN3 text: "hóa" must not become "húa".
    const row2 = TABLE_ROWS[1].join('\t');
    const mixed = encodeTcvn3(PLAN).replace(encodeTcvn3(row2), row2);
    const { doc } = await draft('mixed.txt', Buffer.from(mixed));
    expect(doc.files[0].tables[0].tasks.map(pick)).toEqual(EXPECTED);
  });
});

describe('phuluc draft reads a Word plan typed with a legacy font', () => {
  it('converts table cells in .VnTime (TCVN3) to Unicode', async () => {
    // The text as the font stores it: the test vectors of VIETNAMESE.md.
    const docx = buildDocx([
      { runs: [{ text: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH' }] },
      { runs: [{ text: 'Phụ lục' }] },
      {
        kind: 'table',
        rows: [
          TABLE_HEADER,
          [
            '1',
            'Xây dựng cơ sở dữ liệu',
            'Së Khoa häc vµ C«ng nghÖ',
            'Së Gi¸o dôc vµ §µo t¹o',
            'Cơ sở dữ liệu',
            'Quý II/2026',
          ],
        ],
        cellFonts: [
          [1, 2, '.VnTime'],
          [1, 3, '.VnTime'],
        ],
      },
    ]);
    const { run, doc } = await draft('vntime.docx', docx);
    expect(run.code).toBe(0);
    expect(doc.notes).toEqual(['legacy-tcvn3']);
    const [task] = doc.files[0].tables[0].tasks;
    expect(task.lead).toEqual(['Sở Khoa học và Công nghệ']);
    expect(task.partners).toEqual(['Sở Giáo dục và Đào tạo']);
  });

  it('converts a paragraph in VNI-Times', async () => {
    const docx = buildDocx([
      { runs: [{ text: 'Phụ lục' }] },
      { runs: [{ text: 'Sôû Khoa hoïc vaø Coâng ngheä', font: 'VNI-Times' }] },
    ]);
    const out = readPlanBytes(docx, 'vni.docx');
    expect(out).toMatchObject({ ok: true, legacy: 'vni' });
    const texts = out.ok ? out.doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')) : [];
    expect(texts).toEqual(['Phụ lục', 'Sở Khoa học và Công nghệ']);
  });
});

function pick(t: Record<string, unknown>): Record<string, unknown> {
  return { stt: t.stt, task: t.task, lead: t.lead, partners: t.partners, result: t.result };
}

const paragraphTexts = (bytes: Uint8Array) => {
  const out = readPlanBytes(bytes, 'ke-hoach.txt');
  return out.ok ? out.doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])) : out.reason;
};

describe('readPlanBytes: UTF-16 without a BOM', () => {
  it('reads the same paragraphs as the UTF-8 file, in both byte orders', () => {
    const utf8 = paragraphTexts(Buffer.from(PLAN));
    expect(utf8).toContain('Phát triển đội ngũ trí thức tỉnh Bắc Ninh đến năm 2030');
    expect(paragraphTexts(utf16(PLAN, 'le', false))).toEqual(utf8);
    expect(paragraphTexts(utf16(PLAN, 'be', false))).toEqual(utf8);
  });

  it('reads text whose marks are stored apart from their letters (NFD), whose U+0300 has a NUL low byte', () => {
    const nfd = 'Kế hoạch triển khai nhiệm vụ năm 2026 của Sở Tư pháp và Ủy ban nhân dân huyện'.normalize(
      'NFD',
    );
    expect(paragraphTexts(utf16(nfd, 'le', false))).toEqual([nfd.normalize('NFC')]);
    expect(paragraphTexts(utf16(nfd, 'be', false))).toEqual([nfd.normalize('NFC')]);
  });

  it('reads a short line', () => {
    expect(paragraphTexts(utf16('KẾ HOẠCH', 'le', false))).toEqual(['KẾ HOẠCH']);
    expect(paragraphTexts(utf16('KẾ HOẠCH', 'be', false))).toEqual(['KẾ HOẠCH']);
  });

  it('still reads UTF-8 and Windows-1258 text as before', () => {
    expect(paragraphTexts(Buffer.from('Kế hoạch số 15'))).toEqual(['Kế hoạch số 15']);
    expect(paragraphTexts(encodeWindows1258('Kế hoạch số 15'))).toEqual(['Kế hoạch số 15']);
  });

  it('refuses a binary file with NUL bytes at both places of a unit', () => {
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0 : (i * 37) % 256;
    expect(readPlanBytes(bytes, 'ke-hoach.txt')).toEqual({ ok: false, reason: 'draft.reason.unsupported' });
  });

  it('refuses bytes whose NULs fall as UTF-16 but that decode to control characters', () => {
    // Every odd byte NUL, the even ones control codes (1 … 8): no text says that.
    const bytes = new Uint8Array(200).map((_, i) => (i % 2 ? 0 : 1 + (i % 8)));
    expect(readPlanBytes(bytes, 'ke-hoach.txt')).toEqual({ ok: false, reason: 'draft.reason.unsupported' });
  });
});
