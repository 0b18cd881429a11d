/**
 * Tasks written out with labelled fields ("Chủ trì: …", "Thời gian: …"), on
 * their own lines as a PDF copy breaks them or inline in brackets, and
 * partner lists run together on one line ("- Sở A - Sở B -").
 */
import { createRegistry } from '../../../src/core/agency';
import { parsePlanText } from '../../../src/core/draft/plan-text';
import { proposeTasks, type DraftTask } from '../../../src/core/draft/propose';
import { taskFields } from '../../../src/core/draft/task-fields';

const registry = createRegistry({ province: 'Lạng Sơn' });
const propose = (text: string) => proposeTasks(parsePlanText(text), registry);
const row = (t: DraftTask) => ({
  task: t.task,
  lead: t.lead,
  partners: t.partners,
  result: t.result,
  deadline: t.deadline?.text ?? null,
});

describe('taskFields', () => {
  it('reads the labels of one line, the task before them', () => {
    expect(
      taskFields(
        'Xây dựng cơ sở dữ liệu (cơ quan chủ trì: Sở Nội vụ; phối hợp: Sở Tài chính; thời gian: Quý II/2026).',
      ),
    ).toEqual({
      task: 'Xây dựng cơ sở dữ liệu',
      lead: 'Sở Nội vụ',
      partners: 'Sở Tài chính',
      deadline: 'Quý II/2026',
    });
  });

  it('reads a line of labels only as fields with no task', () => {
    expect(taskFields('Sản phẩm: Kế hoạch được ban hành.')).toEqual({
      task: '',
      result: 'Kế hoạch được ban hành',
    });
  });

  it('takes no words inside a sentence for a label', () => {
    expect(taskFields('Tổng hợp, báo cáo kết quả: số lớp, số học viên.')).toBeNull();
    expect(taskFields('Hỗ trợ phát triển sản phẩm: chè, hồi, quế.')).toBeNull();
  });

  it('takes no sentence for a label: "Chủ trì, phối hợp với …" has no colon', () => {
    expect(taskFields('Chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch.')).toBeNull();
  });
});

const HEAD = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
KẾ HOẠCH
I. MỤC ĐÍCH, YÊU CẦU
Phát triển đội ngũ trí thức của tỉnh đến năm 2030.
`;

describe('proposeTasks: labelled fields on the lines below a task (a PDF copy)', () => {
  const plan = `${HEAD}II. TỔ CHỨC THỰC HIỆN
1. Xây dựng cơ sở dữ liệu về đội ngũ trí thức thuộc thẩm quyền quản lý
Chủ trì: Sở Khoa học và Công nghệ; phối hợp: Sở Nội vụ, Sở Tài chính.
Thời gian thực hiện: Quý II/2026.
2. Tổ chức Hội nghị gặp mặt trí thức tiêu biểu
Chủ trì: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh.
Thời gian: Hằng năm.
3. Xây dựng chính sách thu hút, trọng dụng nhân tài trên địa bàn tỉnh
- Cơ quan chủ trì: Sở Nội vụ
- Cơ quan phối hợp: - Sở Tài chính - Sở Tư pháp -
- Sản phẩm: Nghị quyết của HĐND tỉnh
- Thời gian hoàn thành: Tháng 7/2026
Nơi nhận:
`;

  it('gives each task its lead, partners, result and deadline, and no label line is a task', () => {
    expect(propose(plan).tasks.map(row)).toEqual([
      {
        task: 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức thuộc thẩm quyền quản lý',
        lead: ['Sở Khoa học và Công nghệ'],
        partners: ['Sở Nội vụ', 'Sở Tài chính'],
        result: '',
        deadline: 'Quý II/2026',
      },
      {
        task: 'Tổ chức Hội nghị gặp mặt trí thức tiêu biểu',
        lead: ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'],
        partners: [],
        result: '',
        deadline: 'Hằng năm',
      },
      {
        task: 'Xây dựng chính sách thu hút, trọng dụng nhân tài trên địa bàn tỉnh',
        lead: ['Sở Nội vụ'],
        partners: ['Sở Tài chính', 'Sở Tư pháp'],
        result: 'Nghị quyết của HĐND tỉnh',
        deadline: 'Tháng 7/2026',
      },
    ]);
  });

  it('lets a labelled lead under an agency heading win over the heading', () => {
    const tasks = propose(`${HEAD}II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì xây dựng chính sách thu hút nhân tài, trình HĐND tỉnh trong năm 2026.
- Xây dựng chương trình đào tạo, bồi dưỡng trí thức trẻ, trình UBND tỉnh
phê duyệt trong năm 2027.
Cơ quan chủ trì: Sở Giáo dục và Đào tạo
Nơi nhận:
`).tasks;
    expect(tasks.map((t) => [t.lead, t.partners])).toEqual([
      [['Sở Nội vụ'], []],
      [['Sở Giáo dục và Đào tạo'], []],
    ]);
  });
});

describe('proposeTasks: tasks with a labelled lead outside the implementation section', () => {
  it('proposes them, in the order of the document, under their own part', () => {
    const proposal = propose(`${HEAD}II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Xây dựng cơ sở dữ liệu về đội ngũ trí thức (chủ trì: Sở Khoa học và Công nghệ; phối hợp: Sở Nội vụ; thời gian: Quý II/2026).
2. Tổ chức Hội nghị gặp mặt trí thức tiêu biểu (Cơ quan chủ trì: Liên hiệp các Hội KH&KT tỉnh; thời gian: hằng năm).
III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế hoạch này.
Nơi nhận:
`);
    expect(proposal.tasks.map(row)).toEqual([
      {
        task: 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
        lead: ['Sở Khoa học và Công nghệ'],
        partners: ['Sở Nội vụ'],
        result: '',
        deadline: 'Quý II/2026',
      },
      {
        task: 'Tổ chức Hội nghị gặp mặt trí thức tiêu biểu',
        lead: ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'],
        partners: [],
        result: '',
        deadline: 'hằng năm',
      },
    ]);
    expect(proposal.tasks[0].source).toEqual({
      heading: 'II. NHIỆM VỤ VÀ GIẢI PHÁP',
      paragraph: 1,
      proposed: true,
    });
  });

  it('proposes them in a plan with no implementation section at all', () => {
    const proposal = propose(`${HEAD}II. NHIỆM VỤ
1. Ban hành Kế hoạch tuyên truyền. Chủ trì: Sở Văn hóa, Thể thao và Du lịch. Thời hạn: Quý I/2026.
`);
    expect(proposal.tasks.map(row)).toEqual([
      {
        task: 'Ban hành Kế hoạch tuyên truyền.',
        lead: ['Sở Văn hóa, Thể thao và Du lịch'],
        partners: [],
        result: '',
        deadline: 'Quý I/2026',
      },
    ]);
    expect(proposal.section).toBe('II. NHIỆM VỤ');
  });
});

describe('proposeTasks: a lead field that goes on to the partners', () => {
  it('reads "Chủ trì: A, phối hợp với B và UBND các xã, phường" as one lead and two partners', () => {
    const tasks = propose(`${HEAD}II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng cơ sở dữ liệu về đội ngũ trí thức.
Chủ trì: Sở Khoa học và Công nghệ, phối hợp với Sở Nội vụ và UBND các xã, phường.
Nơi nhận:
`).tasks;
    expect(tasks.map((t) => [t.lead, t.partners])).toEqual([
      [['Sở Khoa học và Công nghệ'], ['Sở Nội vụ', 'UBND các xã, phường']],
    ]);
  });
});

describe('proposeTasks: the lead named before "chủ trì" in brackets', () => {
  it('reads "(Sở Nội vụ chủ trì, phối hợp với …; thời gian: …)", "(do … chủ trì)" and "(… là cơ quan chủ trì)"', () => {
    const tasks = propose(`${HEAD}II. NHIỆM VỤ
1. Thu hút nhân tài (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính; thời gian: năm 2026).
2. Đào tạo chuyên gia (do Sở Giáo dục và Đào tạo chủ trì).
3. Tôn vinh trí thức (Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh là cơ quan chủ trì).
`).tasks;
    expect(tasks.map((t) => [t.task, t.lead, t.partners, t.deadline?.text ?? null])).toEqual([
      ['Thu hút nhân tài', ['Sở Nội vụ'], ['Sở Tài chính'], 'năm 2026'],
      ['Đào tạo chuyên gia', ['Sở Giáo dục và Đào tạo'], [], null],
      ['Tôn vinh trí thức', ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'], [], null],
    ]);
  });
});

describe('proposeTasks: partners listed with dashes on one line', () => {
  it('splits "phối hợp với: - Sở A - Sở B - …" into its agencies', () => {
    const tasks = propose(`${HEAD}II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì xây dựng chính sách thu hút nhân tài, phối hợp với: - Sở Tài chính - Sở Tư pháp - Sở Giáo dục và Đào tạo - trình HĐND tỉnh trong năm 2026.
- Chủ trì, phối hợp với Sở Y tế - Sở Tài chính tổ chức khám sức khỏe cho trí thức.
Nơi nhận:
`).tasks;
    expect(tasks.map((t) => t.partners)).toEqual([
      ['Sở Tài chính', 'Sở Tư pháp', 'Sở Giáo dục và Đào tạo'],
      ['Sở Y tế', 'Sở Tài chính'],
    ]);
  });
});

describe('labelled words that are not a task (review)', () => {
  const SECTION = [
    'IV. TỔ CHỨC THỰC HIỆN',
    '',
    '1. Sở Khoa học và Công nghệ',
    '',
    '- Xây dựng cơ sở dữ liệu về đội ngũ trí thức của tỉnh.',
    '',
    '- Tổ chức tôn vinh trí thức tiêu biểu hằng năm.',
    '',
    '2. Sở Nội vụ',
    '',
    '- Tham mưu khen thưởng trí thức có thành tích xuất sắc.',
  ];

  it("keeps the section's tasks when a 'Phụ lục' lists something else with one line naming its organiser", () => {
    const tasks = propose(
      [
        ...SECTION,
        '',
        'Phụ lục',
        '',
        'DANH SÁCH TRÍ THỨC TIÊU BIỂU NĂM 2025',
        '',
        '1. Ông Nguyễn Văn A, được tôn vinh tại Hội nghị (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính).',
      ].join('\n'),
    ).tasks;
    expect(tasks.map((t) => t.task)).toEqual([
      'Xây dựng cơ sở dữ liệu về đội ngũ trí thức của tỉnh.',
      'Tổ chức tôn vinh trí thức tiêu biểu hằng năm.',
      'Tham mưu khen thưởng trí thức có thành tích xuất sắc.',
    ]);
  });

  it('takes no task from the purposes and background, whoever they say led what', () => {
    const tasks = propose(
      [
        'I. MỤC ĐÍCH, YÊU CẦU',
        '',
        '1. Quán triệt Nghị quyết số 57-NQ/TW (do Bộ Chính trị chủ trì ban hành) đến cán bộ, đảng viên.',
        '',
        '2. Năm 2025, tỉnh đã tổ chức Hội nghị tổng kết (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính).',
        '',
        '3. Kết quả: năm 2025 có 120 trí thức được tôn vinh. Thời gian: từ năm 2021 đến năm 2025.',
        '',
        ...SECTION,
      ].join('\n'),
    ).tasks;
    expect(tasks).toHaveLength(3);
    expect(tasks.flatMap((t) => t.lead)).not.toContain('Bộ Chính trị');
  });

  it('does not take a numbered paragraph below for a field of the task above', () => {
    const tasks = propose(
      [
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '',
        '1. Tổ chức Hội nghị tổng kết công tác trí thức (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính).',
        '',
        '2. Kết quả: năm 2025 có 120 trí thức được tôn vinh. Thời gian: từ năm 2021 đến năm 2025.',
        '',
        ...SECTION,
      ].join('\n'),
    ).tasks;
    const conference = tasks.find((t) => t.task.startsWith('Tổ chức Hội nghị'));
    expect(conference).toMatchObject({ lead: ['Sở Nội vụ'], result: '' });
    expect(conference?.deadline).toBeNull();
  });
});

it('takes a numbered group heading with a lead line under it for a group, not a task', () => {
  const tasks = propose(
    [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '',
      '1. Nhóm nhiệm vụ về thể chế',
      '',
      'Chủ trì: Sở Tư pháp; phối hợp: Sở Nội vụ.',
      '',
      '2. Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
      '',
      'Chủ trì: Sở Khoa học và Công nghệ; thời gian: Quý II/2026.',
    ].join('\n'),
  ).tasks;
  expect(tasks.map((t) => t.task)).toEqual(['Xây dựng cơ sở dữ liệu về đội ngũ trí thức']);
  expect(tasks[0].source.heading).toBe('1. Nhóm nhiệm vụ về thể chế');
});
