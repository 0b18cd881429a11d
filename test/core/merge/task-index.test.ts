import { planFromTables } from '../../../src/core/merge/plan';
import { MATCH_THRESHOLD, TaskIndex } from '../../../src/core/merge/task-index';
import type { PlanTask } from '../../../src/core/merge/types';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { COL, SEED_IDS, seedTable } from '../../fixtures';
import { PLAN_HEADER, sheet, workbook } from '../rules/helpers';
import { bacNinhPlan, registry } from './helpers';

function seedPlan(id: (typeof SEED_IDS)[number]) {
  return planFromTables(
    id,
    readWorkbookTables(workbook(sheet([PLAN_HEADER, ...seedTable(id).rows])), registry).tables,
  );
}

function task(stt: string, text: string): PlanTask {
  return {
    id: `id-${stt}`,
    stt,
    group: null,
    task: text,
    lead: [],
    partners: [],
    result: '',
    deadline: null,
    sheet: 'P',
    row: 1,
    deadlineCell: null,
  };
}

describe('TaskIndex', () => {
  it('matches a template row exactly by its hidden id', () => {
    const plan = bacNinhPlan();
    const index = new TaskIndex(plan.tasks);
    expect(index.match({ taskId: plan.tasks[4].id, task: 'anything at all' })).toEqual({
      kind: 'id',
      task: 4,
      score: 1,
    });
  });

  it('falls back to the text when the id is not in the plan (a template of another plan)', () => {
    const plan = bacNinhPlan();
    const m = new TaskIndex(plan.tasks).match({ taskId: 'ffffffffffff', task: plan.tasks[2].task });
    expect(m).toMatchObject({ kind: 'text', task: 2, score: 1 });
  });

  it('matches by content whatever the STT, through case, marks and punctuation', () => {
    const plan = bacNinhPlan();
    const index = new TaskIndex(plan.tasks);
    const text = seedTable('bac-ninh').rows[1][COL.task];
    expect(index.match({ task: text.toUpperCase().normalize('NFD'), stt: '7' })).toMatchObject({
      kind: 'text',
      task: 1,
      score: 1,
    });
  });

  it('matches a shortened wording of a task above the threshold', () => {
    const index = new TaskIndex(bacNinhPlan().tasks);
    const m = index.match({
      task: 'Xây dựng chính sách thu hút, ưu đãi nguồn nhân lực chất lượng cao giai đoạn 2026-2030',
    });
    expect(m.kind).toBe('text');
    expect(m.kind === 'text' && m.task).toBe(1);
  });

  it('rejects a task the plan does not have, even when it shares common words', () => {
    const index = new TaskIndex(bacNinhPlan().tasks);
    expect(index.match({ task: 'Tổ chức Hội nghị tổng kết công tác cán bộ năm 2026' }).kind).toBe('none');
    expect(index.match({ task: '' })).toEqual({ kind: 'none', best: null, score: 0 });
  });

  it.each(SEED_IDS)('tells every task of the %s plan from the others', (id) => {
    const plan = seedPlan(id);
    plan.tasks.forEach((t, i) => {
      expect(new TaskIndex(plan.tasks).match({ task: t.task })).toMatchObject({
        kind: 'text',
        task: i,
        score: 1,
      });
      const others = plan.tasks.filter((_, j) => j !== i);
      expect(new TaskIndex(others).match({ task: t.task }).score).toBeLessThan(MATCH_THRESHOLD);
    });
  });

  it('finds the Hưng Yên tasks in the Ninh Bình plan, which has the same ones reworded', () => {
    const nb = new TaskIndex(seedPlan('ninh-binh').tasks);
    const found = seedPlan('hung-yen').tasks.map((t) => {
      const m = nb.match({ task: t.task });
      return m.kind === 'text' ? m.task + 1 : null;
    });
    // Hand-read: HY 1 = NB 2, HY 2..11 = NB 4..13.
    expect(found).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  describe('two near-equal candidates', () => {
    const twins = [
      task('1', 'Tổ chức hội nghị tôn vinh trí thức tiêu biểu'),
      task('2', 'Tổ chức hội nghị tôn vinh trí thức tiêu biểu'),
    ];

    it('prefers the one assigned to the reporting agency, without a finding', () => {
      const m = new TaskIndex(twins).match({ task: twins[0].task, assigned: new Set([1]) });
      expect(m).toMatchObject({ kind: 'text', task: 1, ambiguous: [] });
    });

    it('then the one with the same STT', () => {
      expect(new TaskIndex(twins).match({ task: twins[0].task, stt: '2' })).toMatchObject({
        task: 1,
        ambiguous: [],
      });
    });

    it('decides each row on its own evidence, though the text was scored before', () => {
      const index = new TaskIndex(twins);
      expect(index.match({ task: twins[0].task, assigned: new Set([1]) })).toMatchObject({
        task: 1,
        ambiguous: [],
      });
      expect(index.match({ task: twins[0].task, stt: '1' })).toMatchObject({ task: 0, ambiguous: [] });
      expect(index.match({ task: twins[0].task })).toMatchObject({ task: 0, ambiguous: [0, 1] });
    });

    it('else takes the first and reports the ambiguity', () => {
      expect(new TaskIndex(twins).match({ task: twins[0].task, stt: '9' })).toMatchObject({
        kind: 'text',
        task: 0,
        ambiguous: [0, 1],
      });
    });
  });

  describe('rows as agencies write them, against a Ninh Bình appendix', () => {
    // The seed's tasks and a few more, as a department's appendix has them (0-based below).
    const plan = [
      'Ban hành Kế hoạch Thực hiện Quyết định số 2711/QĐ-TTg ngày 12/12/2025 của Thủ tướng chính phủ về Chiến lược quốc gia về phát triển đội ngũ trí thức trong thời kỳ đẩy mạnh CNH, HĐH đất nước đến năm 2030, tầm nhìn đến năm 2045',
      'Xây dựng cơ sở dữ liệu về đội ngũ trí thức thuộc thẩm quyền quản lý',
      'Xây dựng trường Chính trị đạt chuẩn mức II',
      'Xây dựng các chương trình, kế hoạch đẩy mạnh hoạt động nghiên cứu khoa học, công nghệ và đổi mới sáng tạo',
      'Tham mưu ban hành các cơ chế, chính sách về khoa học, công nghệ và sáng tạo phù hợp với địa phương',
      'Xây dựng các chương trình, hoạt động tuyên truyền về vai trò, đóng góp của đội ngũ trí thức tiêu biểu',
      'Tổ chức Hội nghị gặp mặt và tôn vinh trí thức tiêu biểu của tỉnh',
      'Tổ chức hoạt động tư vấn, phản biện và giám định xã hội',
      'Tổ chức giải thưởng khoa học và công nghệ Hoa Lư',
      'Tổ chức Hội thi sáng tạo khoa học kỹ thuật tỉnh',
      'Tổ chức Cuộc thi Sáng tạo thanh, thiếu niên và nhi đồng',
      'Kế hoạch Đào tạo, bồi dưỡng cán bộ, công chức, viên chức tỉnh Ninh Bình',
      'Triển khai các hoạt động đào tạo kiến thức, kỹ năng về khoa học, công nghệ và đổi mới sáng tạo, đào tạo STEM/STEAM trong các trường phổ thông',
      'Xây dựng Đề án thu hút, trọng dụng chuyên gia, nhà khoa học giỏi về làm việc tại tỉnh',
      'Bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên ngân sách tỉnh',
      'Xây dựng chính sách thu hút bác sĩ, dược sĩ có trình độ sau đại học về công tác tại tỉnh',
      'Sơ kết giữa kỳ việc thực hiện Kế hoạch',
      'Rà soát, sắp xếp đội ngũ viên chức khoa học tại các đơn vị sự nghiệp công lập',
      'Xây dựng cơ sở dữ liệu chuyên gia y tế',
    ].map((text, i) => task(String(i + 1), text));
    const index = new TaskIndex(plan);
    // Each agency's tasks, as lead or partner.
    const KHCN = new Set([0, 1, 3, 4, 7, 8, 12, 13, 14, 16, 17, 18]);
    const TAI_CHINH = new Set([11, 13, 14, 15, 17]);
    const NOI_VU = new Set([2, 6, 11, 13, 15, 16, 17]);
    const GIAO_DUC = new Set([9, 10, 12]);
    const LIEN_HIEP = new Set([6, 7, 8, 9, 10]);
    const Y_TE = new Set([15, 18]);
    const matched = (text: string, assigned: ReadonlySet<number>, stt?: string) => {
      const m = index.match({ task: text, assigned, stt });
      return m.kind === 'none' ? null : m.task;
    };

    it.each([
      ['Ban hành KH thực hiện QĐ 2711/QĐ-TTg', KHCN, 0],
      ['Kế hoạch thực hiện QĐ 2711', KHCN, 0],
      ['Ban hành Kế hoạch triển khai Chiến lược phát triển đội ngũ trí thức', KHCN, 0],
      ['Tham mưu cơ chế, chính sách KH&CN', KHCN, 4],
      ['Tham mưu cơ chế chính sách KHCN', KHCN, 4],
      ['Xây dựng chương trình đẩy mạnh nghiên cứu KH, CN và ĐMST', KHCN, 3],
      ['Kế hoạch đào tạo, bồi dưỡng CBCCVC năm 2026', NOI_VU, 11],
      ['Bố trí kinh phí', TAI_CHINH, 14],
      ['Phối hợp bố trí kinh phí', KHCN, 14],
      ['Giáo dục STEM', GIAO_DUC, 12],
      ['Đào tạo STEM/STEAM trong trường phổ thông', GIAO_DUC, 12],
      ['Hội nghị tôn vinh trí thức', LIEN_HIEP, 6],
      ['Giải thưởng Hoa Lư', LIEN_HIEP, 8],
      ['Đề án thu hút chuyên gia', NOI_VU, 13],
      ['Chính sách thu hút bác sĩ', Y_TE, 15],
      ['Xây dựng cơ sở dữ liệu', Y_TE, 18],
    ])('matches "%s" to the agency\'s own task', (text, assigned, expected) => {
      expect(matched(text, assigned)).toBe(expected);
    });

    it('does not match a task on generic words, however many', () => {
      // Only "tổ chức", "hội nghị", "gặp mặt", "tiêu biểu", "của tỉnh" are in task 7.
      expect(matched('Tổ chức Hội nghị gặp mặt doanh nhân tiêu biểu của tỉnh', LIEN_HIEP)).toBeNull();
      expect(matched('Tổ chức hội nghị', LIEN_HIEP)).toBeNull();
      expect(matched('Ban hành Kế hoạch', KHCN)).toBeNull();
    });

    it.each([
      ['Xây dựng chính sách thu hút, trọng dụng nhân tài', NOI_VU],
      ['Tổ chức Hội nghị khoa học ngành y tế', Y_TE],
      ['Xây dựng Đề án phát triển thị trường khoa học và công nghệ', KHCN],
      ['Tổ chức Hội nghị tổng kết ngành khoa học và công nghệ năm 2026', KHCN],
      ['Xây dựng cơ sở dữ liệu về doanh nghiệp khoa học và công nghệ của tỉnh', KHCN],
    ])('rejects "%s", a task the plan does not have, though of the agency\'s field', (text, assigned) => {
      expect(matched(text, assigned)).toBeNull();
    });

    it('takes another document number for another task', () => {
      expect(matched('Ban hành Kế hoạch thực hiện Quyết định số 1234/QĐ-TTg', KHCN)).toBeNull();
    });

    it("takes a short row only for a task of the agency's, and only when one of them holds it", () => {
      // STEM is in task 13 only, which is not the Liên hiệp's.
      expect(matched('Giáo dục STEM', LIEN_HIEP)).toBeNull();
      const two = new TaskIndex([
        task('1', 'Bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên ngân sách tỉnh'),
        task('2', 'Bố trí kinh phí tổ chức Giải thưởng Hoa Lư từ nguồn sự nghiệp khoa học'),
      ]);
      const both = new Set([0, 1]);
      expect(two.match({ task: 'Bố trí kinh phí', assigned: both }).kind).toBe('none');
      expect(two.match({ task: 'Bố trí kinh phí', assigned: both, stt: '2' })).toMatchObject({
        kind: 'text',
        task: 1,
        ambiguous: [],
      });
      expect(two.match({ task: 'Bố trí kinh phí', assigned: new Set([1]) })).toMatchObject({
        kind: 'text',
        task: 1,
      });
    });

    it('names the nearest task of a row it rejects, when one is close and shares more than generic words', () => {
      const none = (text: string, assigned?: ReadonlySet<number>) => {
        const m = index.match({ task: text, assigned });
        return m.kind === 'none' ? (m.nearest ?? null) : 'matched';
      };
      expect(none('Xây dựng chính sách thu hút nhân lực y tế chất lượng cao', Y_TE)).toBe(15);
      // Task 1 is not the Sở Nội vụ's: rejected, but the number names it.
      expect(none('Ban hành KH thực hiện QĐ 2711/QĐ-TTg', NOI_VU)).toBe(0);
      expect(none('Giáo dục STEM', LIEN_HIEP)).toBe(12);
      expect(none('Tổ chức Hội nghị gặp mặt doanh nhân tiêu biểu của tỉnh', LIEN_HIEP)).toBeNull();
      expect(none('Phòng chống thiên tai, tìm kiếm cứu nạn')).toBeNull();
    });

    it('still matches the plan wording from any agency', () => {
      plan.forEach((t, i) => expect(matched(t.task, new Set())).toBe(i));
    });
  });
});
