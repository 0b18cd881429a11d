/**
 * A lead, partners or deadline written once under a group heading ("1. Nhóm
 * nhiệm vụ về thể chế" and "Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn
 * thành: năm 2026") belong to every task listed below it that does not say its
 * own, up to the next group heading or a heading as shallow as it.
 */
import { createRegistry } from '../../../src/core/agency';
import { parsePlanText } from '../../../src/core/draft/plan-text';
import { proposeTasks, type DraftTask } from '../../../src/core/draft/propose';

const registry = createRegistry({ province: 'Hà Tĩnh' });
const propose = (lines: string[]) => proposeTasks(parsePlanText(lines.join('\n')), registry);

/** What a reader checks in the appendix: the task, who leads, who takes part, the deadline as written and its last day. */
const row = (t: DraftTask) => ({
  task: t.task,
  lead: t.lead,
  partners: t.partners,
  deadline: t.deadline ? [t.deadline.text, t.deadline.due] : null,
});

const IMPLEMENTATION = [
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Nội vụ',
  '- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.',
];

const GROUPS = [
  '1. Nhóm nhiệm vụ về thể chế',
  'Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: năm 2026',
  'a) Rà soát, hệ thống hóa các văn bản quy phạm pháp luật của tỉnh',
  'b) Xây dựng quy định về cơ chế phối hợp (chủ trì: Sở Nội vụ)',
  'c) Ban hành quy chế quản lý cơ sở dữ liệu trong Quý II/2027',
  '2. Nhóm nhiệm vụ về hạ tầng số',
  'Chủ trì: Sở Khoa học và Công nghệ',
  'Thời hạn: Quý IV/2027',
  '- Đầu tư nâng cấp trung tâm dữ liệu của tỉnh',
  '- Triển khai nền tảng tích hợp, chia sẻ dữ liệu',
  '3. Nhóm nhiệm vụ về truyền thông',
  '- Tuyên truyền rộng rãi nội dung Kế hoạch',
];

/** Read off GROUPS by hand. */
const EXPECTED = [
  {
    task: 'Rà soát, hệ thống hóa các văn bản quy phạm pháp luật của tỉnh',
    lead: ['Sở Tư pháp'],
    partners: [],
    deadline: ['năm 2026', '2026-12-31'],
  },
  {
    // Its own lead wins; the group's deadline still holds.
    task: 'Xây dựng quy định về cơ chế phối hợp',
    lead: ['Sở Nội vụ'],
    partners: [],
    deadline: ['năm 2026', '2026-12-31'],
  },
  {
    // Its own deadline, in the sentence, wins.
    task: 'Ban hành quy chế quản lý cơ sở dữ liệu trong Quý II/2027',
    lead: ['Sở Tư pháp'],
    partners: [],
    deadline: ['Quý II/2027', '2027-06-30'],
  },
  {
    task: 'Đầu tư nâng cấp trung tâm dữ liệu của tỉnh',
    lead: ['Sở Khoa học và Công nghệ'],
    partners: [],
    deadline: ['Quý IV/2027', '2027-12-31'],
  },
  {
    task: 'Triển khai nền tảng tích hợp, chia sẻ dữ liệu',
    lead: ['Sở Khoa học và Công nghệ'],
    partners: [],
    deadline: ['Quý IV/2027', '2027-12-31'],
  },
];

describe('a group heading with its lead and deadline on the lines under it', () => {
  it('gives them to the tasks of the part "Nhiệm vụ, giải pháp", before the implementation section', () => {
    const out = propose(['II. NHIỆM VỤ, GIẢI PHÁP', ...GROUPS, ...IMPLEMENTATION]);
    const groupTasks = out.tasks.filter((t) => t.source.heading.includes('Nhóm'));
    expect(groupTasks.map(row)).toEqual(EXPECTED);
    expect(groupTasks.map((t) => t.source.heading)).toEqual([
      '1. Nhóm nhiệm vụ về thể chế',
      '1. Nhóm nhiệm vụ về thể chế',
      '1. Nhóm nhiệm vụ về thể chế',
      '2. Nhóm nhiệm vụ về hạ tầng số',
      '2. Nhóm nhiệm vụ về hạ tầng số',
    ]);
    // The implementation section's own task is still drafted, with its own lead.
    expect(out.tasks.map((t) => t.task)).toContain('Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.');
    expect(out.tasks.find((t) => t.task.startsWith('Chủ trì theo dõi'))?.lead).toEqual(['Sở Nội vụ']);
  });

  it('gives them in a plan with no implementation section', () => {
    expect(propose(['II. NHIỆM VỤ, GIẢI PHÁP', ...GROUPS]).tasks.map(row)).toEqual(EXPECTED);
  });

  it('gives them inside the implementation section', () => {
    const out = propose(['III. TỔ CHỨC THỰC HIỆN', ...GROUPS, 'IV. KINH PHÍ', 'Ngân sách tỉnh.']);
    expect(out.tasks.map(row)).toEqual(EXPECTED);
  });

  it('stops at the next group heading: a group without a lead line lends none', () => {
    const out = propose(['II. NHIỆM VỤ, GIẢI PHÁP', ...GROUPS]);
    expect(out.tasks.map((t) => t.task)).not.toContain('Tuyên truyền rộng rãi nội dung Kế hoạch');
    expect(out.tasks.every((t) => !t.source.heading.startsWith('3.'))).toBe(true);
  });

  it('stops at the next unnumbered group heading inside the implementation section', () => {
    const out = propose([
      'III. TỔ CHỨC THỰC HIỆN',
      'Lĩnh vực y tế',
      'Cơ quan chủ trì: Sở Y tế; thời hạn: năm 2026',
      '- Nâng cấp trạm y tế xã',
      'Lĩnh vực giáo dục',
      '- Sở Giáo dục và Đào tạo chủ trì xây dựng trường chuẩn quốc gia',
      '- Tổ chức ngày hội đọc sách',
    ]);
    expect(out.tasks.map(row)).toEqual([
      {
        task: 'Nâng cấp trạm y tế xã',
        lead: ['Sở Y tế'],
        partners: [],
        deadline: ['năm 2026', '2026-12-31'],
      },
      {
        task: 'Sở Giáo dục và Đào tạo chủ trì xây dựng trường chuẩn quốc gia',
        lead: ['Sở Giáo dục và Đào tạo'],
        partners: [],
        deadline: null,
      },
    ]);
  });

  it('stops at a numbered line as shallow as the group heading', () => {
    const out = propose([
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Nhóm nhiệm vụ về thể chế',
      'Chủ trì: Sở Tư pháp',
      '- Rà soát văn bản quy phạm pháp luật',
      '2. Các nhiệm vụ khác',
      '- Tổ chức hội nghị sơ kết',
    ]);
    expect(out.tasks.map(row)).toEqual([
      { task: 'Rà soát văn bản quy phạm pháp luật', lead: ['Sở Tư pháp'], partners: [], deadline: null },
    ]);
  });

  it('gives the partners written once to each task, beside the ones the task names', () => {
    const out = propose([
      'II. NHIỆM VỤ, GIẢI PHÁP',
      'Lĩnh vực y tế',
      'Cơ quan chủ trì: Sở Y tế',
      'Cơ quan phối hợp: Sở Tài chính',
      '- Nâng cấp trạm y tế xã',
      '- Đào tạo bác sĩ gia đình (phối hợp: Sở Nội vụ)',
    ]);
    expect(out.tasks.map(row)).toEqual([
      { task: 'Nâng cấp trạm y tế xã', lead: ['Sở Y tế'], partners: ['Sở Tài chính'], deadline: null },
      {
        task: 'Đào tạo bác sĩ gia đình',
        lead: ['Sở Y tế'],
        partners: ['Sở Nội vụ', 'Sở Tài chính'],
        deadline: null,
      },
    ]);
  });

  it('reads "Cơ quan chủ trì:" with the name on the next line, and a lead in the heading itself', () => {
    const out = propose([
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Nhóm nhiệm vụ về thể chế',
      'Cơ quan chủ trì:',
      'Sở Tư pháp',
      'a) Rà soát văn bản quy phạm pháp luật',
      '2. Nhóm nhiệm vụ về chuyển đổi số (Sở Khoa học và Công nghệ chủ trì; thời hạn: năm 2027)',
      'a) Xây dựng nền tảng số dùng chung',
    ]);
    expect(out.tasks.map(row)).toEqual([
      { task: 'Rà soát văn bản quy phạm pháp luật', lead: ['Sở Tư pháp'], partners: [], deadline: null },
      {
        task: 'Xây dựng nền tảng số dùng chung',
        lead: ['Sở Khoa học và Công nghệ'],
        partners: [],
        deadline: ['năm 2027', '2027-12-31'],
      },
    ]);
  });

  it('gives them to the tasks of an appendix written out as paragraphs, in its groups', () => {
    const out = propose([
      'Phụ lục',
      'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH',
      'I. NHÓM NHIỆM VỤ VỀ THỂ CHẾ',
      'Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: năm 2026',
      '1. Rà soát văn bản quy phạm pháp luật',
      '2. Xây dựng quy chế phối hợp',
      'II. NHÓM NHIỆM VỤ VỀ HẠ TẦNG SỐ',
      '1. Đầu tư trung tâm dữ liệu (chủ trì: Sở Khoa học và Công nghệ; thời gian: năm 2028)',
    ]);
    expect(out.appendixRead).toBe(true);
    expect(out.tasks.map((t) => [t.group, ...Object.values(row(t))])).toEqual([
      [
        'I. NHÓM NHIỆM VỤ VỀ THỂ CHẾ',
        'Rà soát văn bản quy phạm pháp luật',
        ['Sở Tư pháp'],
        [],
        ['năm 2026', '2026-12-31'],
      ],
      [
        'I. NHÓM NHIỆM VỤ VỀ THỂ CHẾ',
        'Xây dựng quy chế phối hợp',
        ['Sở Tư pháp'],
        [],
        ['năm 2026', '2026-12-31'],
      ],
      [
        'II. NHÓM NHIỆM VỤ VỀ HẠ TẦNG SỐ',
        'Đầu tư trung tâm dữ liệu',
        ['Sở Khoa học và Công nghệ'],
        [],
        ['năm 2028', '2028-12-31'],
      ],
    ]);
  });

  it('takes no lead-in ending with ":" under the group for a task', () => {
    const out = propose([
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Nhóm nhiệm vụ về thể chế',
      'Chủ trì: Sở Tư pháp',
      'a) Rà soát các văn bản sau:',
      '- Quy chế phối hợp liên ngành',
    ]);
    expect(out.tasks.map((t) => t.task)).toEqual(['Quy chế phối hợp liên ngành']);
  });
});
