import { createRegistry } from '../../../src/core/agency';
import { parsePlanText } from '../../../src/core/draft/plan-text';
import { proposeTasks } from '../../../src/core/draft/propose';

const registry = createRegistry({ province: 'Hà Tĩnh' });
// As `phuluc draft` calls it: no anchor year, so a recurring deadline has no single due date.
const propose = (text: string) => proposeTasks(parsePlanText(text), registry);

const PLAN = `III. NHIỆM VỤ, GIẢI PHÁP

1. Sở Nội vụ
- Đây là một giải pháp, không phải phân công.

IV. TỔ CHỨC THỰC HIỆN

Ủy ban nhân dân tỉnh giao các cơ quan thực hiện như sau:

1. Sở Khoa học và Công nghệ
- Là cơ quan đầu mối, chủ trì, phối hợp với các sở, ngành liên quan **triển khai** Kế hoạch.
- Tham mưu UBND tỉnh báo cáo Bộ Khoa học và Công nghệ trước ngày 15/12 hằng năm.
(Phụ lục chi tiết kèm theo)

2. Các sở, ban, ngành, UBND các xã, phường
Bên cạnh các nhiệm vụ chung, các cơ quan có nhiệm vụ như sau:
- Xây dựng kế hoạch của cơ quan, hoàn thành trong Quý II/2026.
- Báo cáo kết quả trước ngày 30/11 hằng năm gửi Sở Khoa học và Công nghệ tổng hợp.

3. Về công tác tuyên truyền
- Sở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền Kế hoạch.

4. Đề nghị Ủy ban MTTQ Việt Nam tỉnh
Phối hợp tuyên truyền, vận động.

UBND tỉnh yêu cầu các sở, ban, ngành, UBND các xã, phường triển khai thực hiện./.

Nơi nhận:
- Như trên;
`;

/** A duty shared by all: led by the collectives together, as the table reader reads the cell. */
const SHARED = ['Các sở, ban, ngành', 'UBND các xã, phường'];

describe('proposeTasks', () => {
  const p = propose(PLAN);

  it('finds the implementation section by its heading', () => {
    expect(p.section).toBe('IV. TỔ CHỨC THỰC HIỆN');
  });

  it('makes one task per bullet or paragraph under each agency heading, text whole and clean', () => {
    expect(p.tasks.map((t) => [t.lead, t.task])).toEqual([
      [
        ['Sở Khoa học và Công nghệ'],
        'Là cơ quan đầu mối, chủ trì, phối hợp với các sở, ngành liên quan triển khai Kế hoạch.',
      ],
      [
        ['Sở Khoa học và Công nghệ'],
        'Tham mưu UBND tỉnh báo cáo Bộ Khoa học và Công nghệ trước ngày 15/12 hằng năm.',
      ],
      [SHARED, 'Xây dựng kế hoạch của cơ quan, hoàn thành trong Quý II/2026.'],
      [SHARED, 'Báo cáo kết quả trước ngày 30/11 hằng năm gửi Sở Khoa học và Công nghệ tổng hợp.'],
      [['Sở Văn hóa, Thể thao và Du lịch'], 'Sở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền Kế hoạch.'],
      [['Ủy ban MTTQ Việt Nam tỉnh'], 'Phối hợp tuyên truyền, vận động.'],
    ]);
  });

  it('skips lead-ins, notes in brackets, context and the closing line', () => {
    const texts = p.tasks.map((t) => t.task).join('\n');
    expect(texts).not.toMatch(/như sau|Phụ lục chi tiết|Bên cạnh|UBND tỉnh yêu cầu|giải pháp, không phải/);
  });

  it('takes partners and deadlines from the sentence, and leaves results empty', () => {
    expect(p.tasks[0].partners).toEqual(['Các sở, ngành liên quan']);
    expect(p.tasks[0].deadline).toBeNull();
    expect(p.tasks[2].deadline).toMatchObject({ text: 'Quý II/2026', due: '2026-06-30' });
    expect(p.tasks[3].deadline).toMatchObject({ kind: 'recurring', due: null, every: '1y' });
    expect(p.tasks.every((t) => t.result === '')).toBe(true);
  });

  it('records each row’s heading and paragraph number', () => {
    expect(p.tasks[1].source).toEqual({
      heading: '1. Sở Khoa học và Công nghệ',
      paragraph: 2,
      proposed: true,
    });
    // The lead-in "Bên cạnh …" counts as paragraph 1 under heading 2.
    expect(p.tasks[2].source).toEqual({
      heading: '2. Các sở, ban, ngành, UBND các xã, phường',
      paragraph: 2,
      proposed: true,
    });
  });

  it('returns the reporting duty as the plan’s reporting deadline, and the focal agency', () => {
    expect(p.reportDeadlines.map((r) => [r.from, r.to, r.deadline.text])).toEqual([
      ['Các sở, ban, ngành; UBND các xã, phường', 'Sở Khoa học và Công nghệ', 'trước ngày 30/11 hằng năm'],
    ]);
    expect(p.focalAgency).toBe('Sở Khoa học và Công nghệ');
  });

  it('returns no section and no task for a plan without one', () => {
    expect(propose('I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n')).toEqual({
      section: null,
      tasks: [],
      reportDeadlines: [],
      focalAgency: null,
      appendixRead: false,
    });
  });
});

describe('proposeTasks: numbered paragraphs', () => {
  it('gives a numbered sentence that opens with an agency to that agency, and keeps a short numbered task', () => {
    const p = propose(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '',
        '1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính xây dựng chính sách thu hút nhân tài.',
        '',
        '2. Sở Y tế',
        '',
        'a) Xây dựng kế hoạch đào tạo bác sĩ trẻ',
        '',
        'b) Sở Tài chính bố trí kinh phí.',
        '',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.lead, t.partners, t.source.heading])).toEqual([
      [['Sở Nội vụ'], ['Sở Tài chính'], 'IV. TỔ CHỨC THỰC HIỆN'],
      [['Sở Y tế'], [], '2. Sở Y tế'],
      [['Sở Tài chính'], [], '2. Sở Y tế'],
    ]);
  });

  it('takes a lettered agency name as a heading', () => {
    const p = propose('IV. TỔ CHỨC THỰC HIỆN\n\na) Sở Y tế:\n\n- Tổ chức tập huấn.\n');
    expect(p.tasks.map((t) => [t.lead, t.source.heading])).toEqual([[['Sở Y tế'], 'a) Sở Y tế:']]);
  });
});

describe('proposeTasks: headings as typed in a hurry', () => {
  it('finds "IV.TỔ CHỨC THỰC HIỆN" and "IV- TỔ CHỨC THỰC HIỆN", and stops at "V.KINH PHÍ"', () => {
    for (const start of ['IV.TỔ CHỨC THỰC HIỆN', 'IV- TỔ CHỨC THỰC HIỆN', '**IV.TỔ CHỨC THỰC HIỆN**']) {
      const p = propose(
        [
          'III.NHIỆM VỤ',
          '',
          '1. Sở Y tế',
          '- Không phải phân công.',
          '',
          start,
          '',
          '1. Sở Nội vụ',
          '- Tham mưu chính sách thu hút nhân tài.',
          '',
          'V.KINH PHÍ',
          '',
          '1. Sở Tài chính',
          '- Bố trí kinh phí thực hiện.',
        ].join('\n'),
      );
      expect(p.section).toMatch(/^IV[.-] TỔ CHỨC THỰC HIỆN$/);
      expect(p.tasks.map((t) => [t.lead, t.task])).toEqual([
        [['Sở Nội vụ'], 'Tham mưu chính sách thu hút nhân tài.'],
      ]);
    }
  });
});

describe('proposeTasks: parts that assign nothing', () => {
  const funding = (heading: string) =>
    propose(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '',
        '1. Sở Nội vụ',
        '- Tham mưu chính sách thu hút nhân tài.',
        '',
        heading,
        '',
        '- Các cơ quan, đơn vị chủ động bố trí kinh phí từ nguồn ngân sách được giao.',
        '- Huy động nguồn xã hội hóa hợp pháp.',
        '',
        '2. Sở Y tế',
        '- Xây dựng đề án phát triển nhân lực y tế.',
      ].join('\n'),
    );

  it.each(['**KINH PHÍ THỰC HIỆN**', 'KINH PHÍ THỰC HIỆN', '3. Kinh phí thực hiện', '## Nguồn kinh phí'])(
    'takes no funding sentence under "%s" for a task, and goes on at the next agency',
    (heading) => {
      expect(funding(heading).tasks.map((t) => [t.lead, t.task])).toEqual([
        [['Sở Nội vụ'], 'Tham mưu chính sách thu hút nhân tài.'],
        [['Sở Y tế'], 'Xây dựng đề án phát triển nhân lực y tế.'],
      ]);
    },
  );

  it('never drafts a row without a lead', () => {
    const p = propose(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '',
        '**Về công tác tuyên truyền**',
        '- Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.',
        '- Sở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền Kế hoạch.',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.lead)).toEqual([['Sở Văn hóa, Thể thao và Du lịch']]);
  });
});

describe('proposeTasks: agency headings', () => {
  it('takes a plain "Đề nghị …" line and "3. Sở Tư pháp có trách nhiệm:" as agency headings', () => {
    const p = propose(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '',
        '1. Sở Nội vụ',
        '- Tham mưu chính sách thu hút nhân tài.',
        '',
        'Đề nghị Liên đoàn Lao động tỉnh',
        '- Tuyên truyền, vận động đoàn viên tham gia thực hiện Kế hoạch.',
        '',
        '3. Sở Tư pháp có trách nhiệm:',
        '- Thẩm định các văn bản quy phạm pháp luật.',
        '',
        '4. Sở Y tế chịu trách nhiệm:',
        '- Xây dựng đề án phát triển nhân lực y tế.',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.lead, t.source.heading])).toEqual([
      [['Sở Nội vụ'], '1. Sở Nội vụ'],
      [['Liên đoàn Lao động tỉnh'], 'Đề nghị Liên đoàn Lao động tỉnh'],
      [['Sở Tư pháp'], '3. Sở Tư pháp có trách nhiệm:'],
      [['Sở Y tế'], '4. Sở Y tế chịu trách nhiệm:'],
    ]);
  });

  it('keeps a plain sentence that starts with an agency a task, not a heading', () => {
    const p = propose(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '',
        '1. Sở Nội vụ',
        '',
        'Sở Nội vụ chủ trì tham mưu chính sách thu hút nhân tài.',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.lead, t.source.heading])).toEqual([[['Sở Nội vụ'], '1. Sở Nội vụ']]);
  });
});

describe('proposeTasks: the section in groups lettered "A.", "B."', () => {
  it('gives the tasks under "B. UBND CÁC XÃ, PHƯỜNG" to the communes, not to the agency above', () => {
    const p = propose(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        'A. CÁC SỞ, BAN, NGÀNH TỈNH',
        '1. Sở Tài chính',
        '- Tham mưu bố trí kinh phí thực hiện Kế hoạch hằng năm.',
        'B. UBND CÁC XÃ, PHƯỜNG',
        '- Xây dựng kế hoạch thực hiện tại địa phương trong Quý II/2026.',
        'Nơi nhận:',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.task, t.lead])).toEqual([
      ['Tham mưu bố trí kinh phí thực hiện Kế hoạch hằng năm.', ['Sở Tài chính']],
      ['Xây dựng kế hoạch thực hiện tại địa phương trong Quý II/2026.', ['UBND các xã, phường']],
    ]);
  });
});
