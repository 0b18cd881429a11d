/**
 * A text plan saved as UTF-16 without its byte order mark (some converters and
 * scripts write it so): told by where its NUL bytes fall, and drafted as the
 * same plan in UTF-8 is; other encodings and binary files are read as before.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPlanBytes } from '../../../src/node/docx/plan-document';
import { encodeWindows1258 } from '../../fixtures/windows-1258';
import { runCli } from '../../scripts/run-cli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-draft-utf16-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PLAN =
  [
    'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
    'Số: 15/KH-UBND',
    'KẾ HOẠCH',
    'Phát triển đội ngũ trí thức tỉnh Bắc Ninh đến năm 2030',
    '',
    'Phụ lục',
    'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH',
    '',
    [
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Kết quả cần đạt',
      'Thời hạn hoàn thành',
    ].join('\t'),
    [
      '1',
      'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
      'Sở Khoa học và Công nghệ',
      'Sở Nội vụ; Sở Giáo dục và Đào tạo',
      'Cơ sở dữ liệu được vận hành',
      'Quý II/2026',
    ].join('\t'),
    [
      '2',
      'Tổ chức hội nghị gặp mặt trí thức tiêu biểu',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Hội nghị',
      'Hằng năm',
    ].join('\t'),
  ].join('\r\n') + '\r\n';

/** The two rows, written out by hand. */
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
    partners: ['Sở Tài chính'],
    result: 'Hội nghị',
  },
];

/** UTF-16 with no BOM, in either byte order. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

function pick(t: Record<string, unknown>): Record<string, unknown> {
  return { stt: t.stt, task: t.task, lead: t.lead, partners: t.partners, result: t.result };
}

const paragraphTexts = (bytes: Uint8Array) => {
  const out = readPlanBytes(bytes, 'ke-hoach.txt');
  return out.ok ? out.doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])) : out.reason;
};

describe('phuluc draft reads a text plan saved as UTF-16 without a BOM', () => {
  it.each([
    ['little-endian', 'le'],
    ['big-endian', 'be'],
  ] as const)('%s: both tasks of the appendix, in Unicode', async (_what, order) => {
    const input = path.join(dir, `no-bom-${order}.txt`);
    fs.writeFileSync(input, utf16(PLAN, order));
    const run = await runCli(['draft', input, '--out', path.join(dir, `${order}.xlsx`), '--json'], dir);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.mode).toBe('table');
    expect(doc.notes).toEqual([]);
    expect(doc.plan.province).toBe('Bắc Ninh');
    expect(doc.files[0].tables[0].tasks.map(pick)).toEqual(EXPECTED);
    const deadlines = doc.files[0].tables[0].tasks.map(
      (t: { deadline: { raw?: string } | null }) => t.deadline,
    );
    expect(deadlines.every((d: unknown) => d !== null)).toBe(true);
  });
});

describe('readPlanBytes: UTF-16 without a BOM', () => {
  it('reads the same paragraphs as the UTF-8 file, in both byte orders', () => {
    const utf8 = paragraphTexts(Buffer.from(PLAN));
    expect(utf8).toContain('Phát triển đội ngũ trí thức tỉnh Bắc Ninh đến năm 2030');
    expect(paragraphTexts(utf16(PLAN, 'le'))).toEqual(utf8);
    expect(paragraphTexts(utf16(PLAN, 'be'))).toEqual(utf8);
  });

  it('reads text whose marks are stored apart from their letters (NFD), whose U+0300 has a NUL low byte', () => {
    const nfd = 'Kế hoạch triển khai nhiệm vụ năm 2026 của Sở Tư pháp và Ủy ban nhân dân huyện'.normalize(
      'NFD',
    );
    expect(paragraphTexts(utf16(nfd, 'le'))).toEqual([nfd.normalize('NFC')]);
    expect(paragraphTexts(utf16(nfd, 'be'))).toEqual([nfd.normalize('NFC')]);
  });

  it('reads a short line', () => {
    expect(paragraphTexts(utf16('KẾ HOẠCH', 'le'))).toEqual(['KẾ HOẠCH']);
    expect(paragraphTexts(utf16('KẾ HOẠCH', 'be'))).toEqual(['KẾ HOẠCH']);
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
