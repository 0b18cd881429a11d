/**
 * `phuluc draft` on a plan copied out of a PDF, its tasks laid out with
 * labelled lines ("Chủ trì: …", "Thời gian: …") broken where the page broke
 * them: every task drafted once, and `phuluc validate` reading the workbook back.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../scripts/run-cli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-draft-labelled-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PLAN = `ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
Số: 77/KH-UBND
Cao Bằng, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phát triển đội ngũ trí thức tỉnh Cao Bằng đến năm 2030
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng đội ngũ trí thức.
II. TỔ CHỨC THỰC HIỆN
1. Xây dựng cơ sở dữ liệu về đội ngũ trí thức thuộc thẩm quyền quản lý của
các cơ quan, đơn vị trên địa bàn tỉnh
Chủ trì: Sở Khoa học và Công nghệ; phối hợp: - Sở Nội vụ - Sở Tài chính -
Thời gian thực hiện: Quý II/2026.
2. Tổ chức Hội nghị gặp mặt trí thức tiêu biểu
Cơ quan chủ trì: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh
Sản phẩm: Hội nghị được tổ chức
Thời gian: Hằng năm.
3. Xây dựng chính sách thu hút nhân tài
Cơ quan chủ trì:
Sở Nội vụ
Thời hạn hoàn thành: Tháng 7/2026
Nơi nhận:
- Như trên;
`;

describe('phuluc draft on a PDF copy whose tasks have labelled lines', () => {
  it('drafts the three tasks with their leads, and validate finds only the missing results', async () => {
    const input = path.join(dir, 'pdf-copy.txt');
    fs.writeFileSync(input, PLAN.replace(/\n/g, '\r\n'));
    const out = path.join(dir, 'pdf-copy.xlsx');
    const run = await runCli(['draft', input, '--out', out, '--json'], dir);
    const doc = JSON.parse(run.stdout);
    const tasks = doc.files[0].tables[0].tasks;
    expect(
      tasks.map((t: { task: string; lead: string[]; partners: string[] }) => [t.task, t.lead, t.partners]),
    ).toEqual([
      [
        'Xây dựng cơ sở dữ liệu về đội ngũ trí thức thuộc thẩm quyền quản lý của các cơ quan, đơn vị trên địa bàn tỉnh',
        ['Sở Khoa học và Công nghệ'],
        ['Sở Nội vụ', 'Sở Tài chính'],
      ],
      ['Tổ chức Hội nghị gặp mặt trí thức tiêu biểu', ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'], []],
      ['Xây dựng chính sách thu hút nhân tài', ['Sở Nội vụ'], []],
    ]);
    const validate = await runCli(['validate', '--json', out], dir);
    const codes = JSON.parse(validate.stdout).files[0].issues.map((i: { code: string; row: number }) => [
      i.code,
      i.row,
    ]);
    expect(codes).toEqual([
      ['W_RESULT_EMPTY', 7],
      ['W_RESULT_EMPTY', 9],
    ]);
    expect(validate.code).toBe(0);
  });
});

describe('phuluc draft on a plan whose appendix is written out as paragraphs', () => {
  it('drafts the appendix tasks, in their groups, and does not say the appendix was unreadable', async () => {
    const plan = `${PLAN.slice(0, PLAN.indexOf('II. TỔ CHỨC THỰC HIỆN'))}II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
- Là cơ quan đầu mối, theo dõi, tổng hợp tình hình thực hiện Kế hoạch.
Nơi nhận:
- Như trên;
KT. CHỦ TỊCH
Phụ lục
CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH
I. NHÓM GIẢI PHÁP THỂ CHẾ
1. Ban hành Kế hoạch tuyên truyền về đội ngũ trí thức.
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch
- Thời gian hoàn thành: Quý I/2026
II. NHÓM GIẢI PHÁP ĐÀO TẠO
2. Tổ chức hội nghị gặp mặt trí thức.
- Cơ quan chủ trì: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh
- Thời gian hoàn thành: Hằng năm
`;
    const input = path.join(dir, 'appendix-paragraphs.txt');
    fs.writeFileSync(input, plan);
    const run = await runCli(
      ['draft', input, '--out', path.join(dir, 'appendix-paragraphs.xlsx'), '--json'],
      dir,
    );
    const doc = JSON.parse(run.stdout);
    expect(doc.notes).toEqual([]);
    expect(doc.plan.focalAgency).toBe('Sở Khoa học và Công nghệ');
    const tasks = doc.files[0].tables[0].tasks;
    expect(
      tasks.map((t: { group: string; task: string; lead: string[] }) => [t.group, t.task, t.lead]),
    ).toEqual([
      [
        'I. NHÓM GIẢI PHÁP THỂ CHẾ',
        'Ban hành Kế hoạch tuyên truyền về đội ngũ trí thức.',
        ['Sở Văn hóa, Thể thao và Du lịch'],
      ],
      [
        'II. NHÓM GIẢI PHÁP ĐÀO TẠO',
        'Tổ chức hội nghị gặp mặt trí thức.',
        ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'],
      ],
    ]);
    expect(doc.summary).toMatchObject({ errors: 0 });
  });
});
