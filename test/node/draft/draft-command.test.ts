/**
 * `phuluc draft` as users run it: on the seed plans as text and as Word
 * documents built from them, then `phuluc validate` on what it wrote.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRegistry } from '../../../src/core/agency';
import { readWorkbookBuffer } from '../../../src/node/read';
import { runCli } from '../../scripts/run-cli';
import { buildDocx } from './docx-builder';
import { seedDocx, seedText, SEEDS_DIR } from './seed-docx';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-draft-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

interface DraftedTask {
  row: number;
  lead: string[];
  partners: string[];
  task: string;
  deadline: { text: string; kind: string; due: string | null } | null;
  source: { heading: string; paragraph: number; proposed: boolean } | null;
}

async function draftJson(input: string, out: string, ...args: string[]) {
  const run = await runCli(['draft', input, '--out', out, '--json', ...args], dir);
  return { ...run, doc: JSON.parse(run.stdout) };
}

/** What `validate` calls a real gap in a drafted appendix: staff fill these in. */
const GAPS = new Set(['E_DEADLINE_EMPTY', 'W_RESULT_EMPTY', 'I_LEAD_COLLECTIVE']);

const seeds = seedText('000') && seedText('001');
if (!seeds)
  console.warn(`seed plans not found in ${SEEDS_DIR}: the draft command tests on the seeds are skipped`);
const describeSeeds = seeds ? describe : describe.skip;

describeSeeds.each([
  ['Cao Bằng', '000', 'text', 26, ['Trước ngày 10 tháng 12 hàng năm']],
  ['Cao Bằng', '000', 'numbered docx', 26, ['Trước ngày 10 tháng 12 hàng năm']],
  ['Lạng Sơn', '001', 'text', 16, ['Trước ngày 15/12 hằng năm', 'Trước ngày 30/11 hằng năm']],
  ['Lạng Sơn', '001', 'typed docx', 16, ['Trước ngày 15/12 hằng năm', 'Trước ngày 30/11 hằng năm']],
] as const)('phuluc draft on the %s plan (seed %s) as %s', (province, key, form, count, deadlines) => {
  let run: Awaited<ReturnType<typeof draftJson>>;
  let out: string;
  beforeAll(async () => {
    const text = seedText(key) as string;
    const input =
      form === 'text'
        ? write(`${key}.txt`, text)
        : write(
            `${key}-${form.split(' ')[0]}.docx`,
            seedDocx(text, form === 'typed docx' ? 'typed' : 'numbered'),
          );
    out = path.join(dir, `${key}-${form.replace(' ', '-')}.xlsx`);
    run = await draftJson(input, out);
  });

  it('writes the appendix and prints only JSON on standard output', () => {
    expect(fs.existsSync(out)).toBe(true);
    expect(run.doc.schemaVersion).toBe(1);
    expect(run.doc.mode).toBe('proposed');
    expect(run.doc.files[0].tables[0].tasks).toHaveLength(count);
  });

  it('gives every row a lead agency in canonical form and a source', () => {
    const registry = createRegistry({ province });
    for (const t of run.doc.files[0].tables[0].tasks as DraftedTask[]) {
      expect(t.lead.length).toBeGreaterThan(0);
      for (const lead of t.lead) expect(registry.resolve(lead).canonical).toBe(lead);
      expect(t.source).toMatchObject({ proposed: true });
      expect(t.source?.paragraph).toBeGreaterThan(0);
    }
  });

  it('writes the deadlines the sentences give, and only those', () => {
    const written = (run.doc.files[0].tables[0].tasks as DraftedTask[])
      .filter((t) => t.deadline)
      .map((t) => t.deadline?.text);
    expect(written).toEqual(deadlines);
  });

  it('reports only the real gaps, and exits 1 for the missing deadlines', () => {
    const codes = new Set<string>(run.doc.files[0].issues.map((i: { code: string }) => i.code));
    expect([...codes].filter((c) => !GAPS.has(c))).toEqual([]);
    expect(codes.has('E_DEADLINE_EMPTY')).toBe(true);
    expect(run.code).toBe(1);
  });

  it('returns the plan’s metadata', () => {
    expect(run.doc.plan).toMatchObject({
      province,
      issuer: `UBND tỉnh ${province}`,
      focalAgency: 'Sở Khoa học và Công nghệ',
      horizon: 2030,
    });
    expect(run.doc.plan.implements).toBe('Quyết định số 2711/QĐ-TTg ngày 12/12/2025');
  });

  it('is read back by phuluc validate: the table is found, the same tasks, only the real gaps', async () => {
    const v = await runCli(['validate', '--json', '--province', province, out], dir);
    const doc = JSON.parse(v.stdout);
    const tasks = doc.files[0].tables[0].tasks as DraftedTask[];
    const drafted = run.doc.files[0].tables[0].tasks as DraftedTask[];
    expect(tasks.map((t) => [t.row, t.task, t.lead, t.partners, t.deadline])).toEqual(
      drafted.map((t) => [t.row, t.task, t.lead, t.partners, t.deadline]),
    );
    expect(
      doc.files[0].issues.map((i: { code: string }) => i.code).filter((c: string) => !GAPS.has(c)),
    ).toEqual([]);
  });
});

describeSeeds('phuluc draft: the text output', () => {
  it('starts with the plan’s metadata, then says what it did', async () => {
    const input = write('cao-bang.txt', seedText('000') as string);
    const run = await runCli(['draft', input, '--out', path.join(dir, 'cao-bang-text.xlsx')], dir);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Kế hoạch: cao-bang.txt');
    expect(lines.slice(1, 10)).toEqual([
      '  Số văn bản: 548/KH-UBND',
      '  Ngày ban hành: 04/03/2026',
      '  Tỉnh: Cao Bằng',
      '  Cơ quan ban hành: UBND tỉnh Cao Bằng',
      '  Thực hiện: Quyết định số 2711/QĐ-TTg ngày 12/12/2025',
      '  Đến năm: 2030',
      '  Cơ quan đầu mối: Sở Khoa học và Công nghệ',
      '  Hạn báo cáo: Các sở, ban, ngành; UBND các xã, phường gửi Sở Khoa học và Công nghệ trước ngày 10 tháng 12 hàng năm',
      '',
    ]);
    expect(run.stdout).toContain('Đã đề xuất 26 nhiệm vụ từ mục "IV. TỔ CHỨC THỰC HIỆN"');
    expect(run.stdout).toContain('Đã ghi phụ lục vào cao-bang-text.xlsx.');
    expect(run.stdout).toContain('[E_DEADLINE_EMPTY]');
  });
});

describe('phuluc draft: bad input gets a clear message and an exit code, never a stack trace', () => {
  const expectOneLine = (stderr: string, text: RegExp) => {
    expect(stderr).toMatch(text);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  };

  it('an empty document', async () => {
    const run = await runCli(['draft', write('rong.txt', ''), '--out', path.join(dir, 'rong.xlsx')], dir);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /^phuluc: rong\.txt không có nội dung nào để lập phụ lục/);
    expect(fs.existsSync(path.join(dir, 'rong.xlsx'))).toBe(false);
  });

  it('a paragraph longer than a cell can hold: cut with "…" at Excel\'s limit, never a crash', async () => {
    const long = 'Tổ chức rà soát, cập nhật cơ sở dữ liệu về đội ngũ trí thức trên địa bàn tỉnh. '.repeat(
      11_000,
    );
    const text = `KẾ HOẠCH\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Khoa học và Công nghệ\n\n- Chủ trì ${long}\n`;
    const out = path.join(dir, 'dai.xlsx');
    const run = await runCli(['draft', write('dai.txt', text), '--out', out], dir);
    expect(run.code).toBeLessThan(2);
    const read = await readWorkbookBuffer(fs.readFileSync(out), 'dai.xlsx');
    if (!read.ok) throw new Error(read.reason);
    const texts = read.workbook.sheets[0].cells
      .flat()
      .map((c) => (typeof c?.value === 'string' ? c.value : ''));
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(longest).toHaveLength(32_767);
    expect(longest.endsWith('…')).toBe(true);
  });

  it('a .docx that is not a zip', async () => {
    const run = await runCli(
      ['draft', write('hong.docx', 'Kế hoạch số 548/KH-UBND'), '--out', path.join(dir, 'hong.xlsx')],
      dir,
    );
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /^phuluc: không đọc được hong\.docx: tệp không phải văn bản Word \(\.docx\)/);
  });

  it('a damaged Word file is to be saved again in Word, not in Excel', async () => {
    const bytes = buildDocx([{ runs: [{ text: 'KẾ HOẠCH '.repeat(400) }] }]);
    // Scramble the middle of the file, where document.xml's compressed bytes are.
    for (let i = Math.floor(bytes.length / 3); i < Math.floor(bytes.length / 2); i++) bytes[i] ^= 0x5a;
    const run = await runCli(
      ['draft', write('hong-word.docx', bytes), '--out', path.join(dir, 'hw.xlsx')],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Word/);
    expect(run.stderr).not.toMatch(/Excel/);
  });

  it('a document with neither a table nor an implementation section', async () => {
    const text =
      'KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n- Nâng cao nhận thức về vai trò của đội ngũ trí thức.\n';
    const run = await runCli(
      ['draft', write('muc-dich.md', text), '--out', path.join(dir, 'muc-dich.xlsx'), '--lang', 'en'],
      dir,
    );
    expect(run.code).toBe(1);
    expectOneLine(
      run.stderr,
      /^phuluc: muc-dich\.md has neither an appendix table nor an implementation section/,
    );
  });

  it('an input that does not exist', async () => {
    const run = await runCli(
      ['draft', path.join(dir, 'khong-co.docx'), '--out', path.join(dir, 'x.xlsx')],
      dir,
    );
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /không tìm thấy tệp/);
  });

  it('answers --json with a JSON error on standard output', async () => {
    const run = await runCli(
      ['draft', write('rong2.txt', '\n\n'), '--out', path.join(dir, 'rong2.xlsx'), '--json'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      schemaVersion: 1,
      output: null,
      files: [{ path: 'rong2.txt', tables: [], issues: [{ code: 'E_DRAFT_EMPTY', severity: 'error' }] }],
      summary: { files: 1, tables: 0, tasks: 0, errors: 1 },
    });
  });
});

describe('phuluc draft: output safety', () => {
  const plan = 'IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Xây dựng kế hoạch đào tạo trong Quý II/2026.\n';

  it('refuses to overwrite an existing output without --force (exit 2), and overwrites with it', async () => {
    const input = write('ngan.txt', plan);
    const out = write('da-co.xlsx', 'cũ');
    const refused = await runCli(['draft', input, '--out', out], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/đã có; thêm --force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('cũ');
    const forced = await runCli(['draft', input, '--out', out, '--force'], dir);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an output equal to the input (exit 2)', async () => {
    const input = write('trung.txt', plan);
    const run = await runCli(['draft', input, '--out', input, '--force'], dir);
    expect(run.code).toBe(2);
    expect(fs.readFileSync(input, 'utf8')).toBe(plan);
  });
});

describe('phuluc draft on a plan whose appendix table was flattened by a PDF copy', () => {
  it('proposes from the implementation section and says the table could not be read', async () => {
    const text = [
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Nội vụ',
      '',
      '- Xây dựng kế hoạch đào tạo trong Quý II/2026.',
      '',
      'Phụ lục',
      'Stt Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp',
      '1 Ban hành Kế hoạch Sở Nội vụ Các sở, ngành',
      '',
    ].join('\n');
    const input = write('pdf-copy.txt', text);
    const run = await runCli(['draft', input, '--out', path.join(dir, 'pdf-copy.xlsx'), '--json'], dir);
    const doc = JSON.parse(run.stdout);
    expect(doc.mode).toBe('proposed');
    expect(doc.notes).toEqual(['appendix-unread']);
    expect(
      doc.files[0].tables[0].tasks.map((t: { lead: string[]; deadline: { text: string } }) => [
        t.lead,
        t.deadline.text,
      ]),
    ).toEqual([[['Sở Nội vụ'], 'Quý II/2026']]);
    expect(run.code).toBe(0);
  });
});

describe('phuluc draft: a Word table whose STT column Word numbers itself', () => {
  it('reads the numbers Word shows as the rows’ STT', async () => {
    const rows = [
      [
        'TT',
        'Nội dung nhiệm vụ',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Kết quả cần đạt',
        'Thời hạn hoàn thành',
      ],
      ['', 'Xây dựng chính sách thu hút nhân tài', 'Sở Nội vụ', 'Sở Tài chính', 'Nghị quyết', 'Quý II/2026'],
      ['', 'Xây dựng đề án nhân lực y tế', 'Sở Y tế', 'Sở Nội vụ', 'Đề án', 'Tháng 9/2026'],
    ];
    const input = write(
      'stt-tu-dong.docx',
      buildDocx([
        { runs: [{ text: 'KẾ HOẠCH', bold: true }] },
        { runs: [{ text: 'Phụ lục', bold: true }] },
        {
          kind: 'table',
          rows,
          autoNumbered: [
            [1, 0],
            [2, 0],
          ],
        },
      ]),
    );
    const { doc } = await draftJson(input, path.join(dir, 'stt-tu-dong.xlsx'));
    const tasks = doc.files[0].tables[0].tasks as { stt: string | null; lead: string[] }[];
    expect(tasks.map((t) => [t.stt, t.lead])).toEqual([
      ['1', ['Sở Nội vụ']],
      ['2', ['Sở Y tế']],
    ]);
  });
});

describe('phuluc draft --province against the province the document names', () => {
  const plan = [
    'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG',
    '',
    'Số: 12/KH-UBND',
    '',
    'Cao Bằng, ngày 15 tháng 01 năm 2026',
    '',
    'KẾ HOẠCH',
    '',
    'IV. TỔ CHỨC THỰC HIỆN',
    '',
    '1. Sở Văn hóa, Thể thao và Du lịch',
    '',
    '- Chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Cao Bằng tuyên truyền Kế hoạch trong Quý II/2026.',
    '',
  ].join('\n');

  it('uses the document’s province for both the metadata and the names when none is given', async () => {
    const input = write('tinh-van-ban.txt', plan);
    const { doc } = await draftJson(input, path.join(dir, 'tinh-van-ban.xlsx'));
    expect(doc.plan.province).toBe('Cao Bằng');
    expect(doc.files[0].tables[0].tasks[0].partners).toEqual(['Báo và Phát thanh, Truyền hình Cao Bằng']);
  });

  it('lets --province win for both, and says so in the text output', async () => {
    const input = write('tinh-khac.txt', plan);
    const { doc } = await draftJson(input, path.join(dir, 'tinh-khac.xlsx'), '--province', 'Bắc Ninh');
    expect(doc.plan.province).toBe('Bắc Ninh');
    expect(doc.files[0].tables[0].tasks[0].partners).toEqual(['Báo và Phát thanh, Truyền hình Bắc Ninh']);

    const text = await runCli(
      ['draft', input, '--out', path.join(dir, 'tinh-khac-2.xlsx'), '--province', 'Bắc Ninh'],
      dir,
    );
    expect(text.stdout).toMatch(/dùng tỉnh Bắc Ninh theo --province; văn bản ghi tỉnh Cao Bằng/);
    const same = await runCli(
      ['draft', input, '--out', path.join(dir, 'tinh-cung.xlsx'), '--province', 'Cao Bằng'],
      dir,
    );
    expect(same.stdout).not.toMatch(/--province/);
  });
});

describe('phuluc draft: a hand-made footnote in a Word plan', () => {
  it('is not taken for a task', async () => {
    const input = write(
      'chu-thich.docx',
      buildDocx([
        { runs: [{ text: 'IV. TỔ CHỨC THỰC HIỆN', bold: true }] },
        { runs: [{ text: '1. Sở Nội vụ', bold: true }] },
        { runs: [{ text: 'Tham mưu chính sách thu hút nhân tài trong Quý II/2026.' }] },
        {
          runs: [
            { text: '1', superscript: true },
            { text: ' Nghị quyết số 42/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh.' },
          ],
        },
      ]),
    );
    const { doc } = await draftJson(input, path.join(dir, 'chu-thich.xlsx'));
    expect(doc.files[0].tables[0].tasks.map((t: DraftedTask) => t.task)).toEqual([
      'Tham mưu chính sách thu hút nhân tài trong Quý II/2026.',
    ]);
  });
});

describe('phuluc draft: an output that cannot be written', () => {
  it('names the output plainly, without the system’s error text or the temporary file', async () => {
    const input = write(
      'ghi-loi.txt',
      'IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Tham mưu trong Quý II/2026.\n',
    );
    const run = await runCli(['draft', input, '--out', path.join('khong-co-thu-muc', 'ra.xlsx')], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `phuluc: không ghi được ${path.join('khong-co-thu-muc', 'ra.xlsx')}: thư mục chứa tệp không tồn tại`,
    );
    expect(run.stderr).not.toMatch(/ENOENT|\.tmp|open '/);
  });
});
