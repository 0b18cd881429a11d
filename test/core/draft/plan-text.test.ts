import { parsePlanText, cellText } from '../../../src/core/draft/plan-text';
import type { PlanParagraph, PlanTable } from '../../../src/core/draft/document';

const paras = (text: string) =>
  parsePlanText(text).blocks.filter((b): b is PlanParagraph => b.kind === 'paragraph');
const tables = (text: string) => parsePlanText(text).blocks.filter((b): b is PlanTable => b.kind === 'table');

describe('parsePlanText: paragraphs', () => {
  it('reads markdown headings, their numbers and bold markers', () => {
    const [iv, sub] = paras('## **IV. TỔ CHỨC THỰC HIỆN**\n\n#### **1.1. Sở Khoa học và Công nghệ**\n');
    expect(iv).toMatchObject({
      label: 'IV.',
      text: 'TỔ CHỨC THỰC HIỆN',
      heading: 2,
      bold: true,
      bullet: false,
    });
    expect(sub).toMatchObject({ label: '1.1.', text: 'Sở Khoa học và Công nghệ', heading: 4, bold: true });
  });

  it('reads "- " bullets one per line, without the mark', () => {
    const ps = paras('1. Sở Nội vụ\n- Chủ trì xây dựng kế hoạch;\n- Phối hợp với Sở Tài chính.\n');
    expect(ps.map((p) => [p.label, p.bullet, p.text])).toEqual([
      ['1.', false, 'Sở Nội vụ'],
      [null, true, 'Chủ trì xây dựng kế hoạch;'],
      [null, true, 'Phối hợp với Sở Tài chính.'],
    ]);
  });

  it('joins a line going on in lower case after a long line, even past ";" or ":" where the page broke it', () => {
    const ps = paras(
      [
        '- Chủ trì, tham mưu cho UBND tỉnh về công tác quản lý đội ngũ trí thức trong khu vực công;',
        'trong đó quan tâm xây dựng chính sách thu hút, trọng dụng trí thức.',
        '- Đổi mới nội dung và phương thức hoạt động, nâng cao chất lượng các hoạt động:',
        'tư vấn, phản biện và giám định xã hội.',
        '- Phối hợp thực hiện.',
        'Tiếp tục triển khai.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.text)).toEqual([
      'Chủ trì, tham mưu cho UBND tỉnh về công tác quản lý đội ngũ trí thức trong khu vực công; trong đó quan tâm xây dựng chính sách thu hút, trọng dụng trí thức.',
      'Đổi mới nội dung và phương thức hoạt động, nâng cao chất lượng các hoạt động: tư vấn, phản biện và giám định xã hội.',
      'Phối hợp thực hiện.',
      'Tiếp tục triển khai.',
    ]);
  });

  it('keeps a numbered heading well short of the page width apart from the capitalised line under it', () => {
    const wrapped =
      'Chủ trì, phối hợp với các sở, ban, ngành liên quan tổ chức triển khai thực hiện có hiệu quả';
    const ps = paras(
      [
        '9. Đề nghị Báo và Phát thanh, Truyền hình Lạng Sơn',
        'Tăng cường tuyên truyền nội dung Kế hoạch của UBND tỉnh trên các phương tiện thông tin.',
        wrapped,
        'Kế hoạch này.',
        wrapped,
        'các nhiệm vụ được giao.',
      ].join('\n'),
    );
    expect(ps.map((p) => p.text)).toEqual([
      'Đề nghị Báo và Phát thanh, Truyền hình Lạng Sơn',
      'Tăng cường tuyên truyền nội dung Kế hoạch của UBND tỉnh trên các phương tiện thông tin.',
      `${wrapped} Kế hoạch này.`,
      `${wrapped} các nhiệm vụ được giao.`,
    ]);
  });

  it('reads across the page breaks of a PDF copy: form feeds and page numbers are not paragraphs', () => {
    const ps = paras(
      [
        '- Chủ trì, tham mưu cho UBND tỉnh về công tác quản lý đội ngũ trí thức trong khu vực',
        '',
        '2',
        '',
        '\fcông, xây dựng chính sách thu hút, trọng dụng trí thức.',
        '- Phối hợp với Sở Tài chính bố trí kinh phí.',
        '- 3 -',
        '\f- Tổ chức hội nghị gặp mặt trí thức.',
        'Trang 4',
      ].join('\n'),
    );
    expect(ps.map((p) => p.text)).toEqual([
      'Chủ trì, tham mưu cho UBND tỉnh về công tác quản lý đội ngũ trí thức trong khu vực công, xây dựng chính sách thu hút, trọng dụng trí thức.',
      'Phối hợp với Sở Tài chính bố trí kinh phí.',
      'Tổ chức hội nghị gặp mặt trí thức.',
    ]);
  });

  it('joins a heading cut before a lower-case word, however short ("… Kỹ thuật↵tỉnh")', () => {
    const ps = paras(
      '1. Liên hiệp các Hội Khoa học và Kỹ thuật\ntỉnh\n- Chủ trì tổ chức Hội thi.\nNơi nhận:\n- Như trên;',
    );
    expect(ps.map((p) => [p.label, p.text])).toEqual([
      ['1.', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'],
      [null, 'Chủ trì tổ chức Hội thi.'],
      [null, 'Nơi nhận:'],
      [null, 'Như trên;'],
    ]);
  });

  it('keeps a footnote wrapped over two lines a footnote, not a paragraph of the body', () => {
    const ps = paras(
      [
        '¹ Nghị quyết số 42/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh Lạng Sơn quy định',
        'chính sách khuyến khích đào tạo, thu hút nguồn nhân lực chất lượng cao.',
        'Sở Nội vụ chủ trì thực hiện.',
      ].join('\n'),
    );
    expect(ps.map((p) => [p.footnote ?? false, p.text.slice(0, 20)])).toEqual([
      [true, 'Nghị quyết số 42/202'],
      [false, 'Sở Nội vụ chủ trì th'],
    ]);
  });

  it('joins lines a PDF copy wrapped mid-sentence, but keeps short lines apart', () => {
    const text =
      '- Cơ quan đầu mối chủ trì, tổng hợp, báo cáo UBND tỉnh tình hình thực \nhiện kế hoạch hàng năm và khi có yêu cầu.\n\nPhụ lục\nCÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH\n';
    expect(paras(text).map((p) => p.text)).toEqual([
      'Cơ quan đầu mối chủ trì, tổng hợp, báo cáo UBND tỉnh tình hình thực hiện kế hoạch hàng năm và khi có yêu cầu.',
      'Phụ lục',
      'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH',
    ]);
  });

  it('ends a paragraph at a markdown hard break', () => {
    expect(paras('**Phụ lục**  \n**CÁC NHIỆM VỤ**  \n').map((p) => p.text)).toEqual([
      'Phụ lục',
      'CÁC NHIỆM VỤ',
    ]);
  });

  it('marks footnote lines and removes footnote marks from the text', () => {
    const ps = paras(
      'Theo Nghị quyết số 42/2025/NQ-HĐND¹ ngày 10/12/2025;\n\n¹ Nghị quyết số 42/2025/NQ-HĐND của HĐND tỉnh.\n',
    );
    expect(ps[0].text).toBe('Theo Nghị quyết số 42/2025/NQ-HĐND ngày 10/12/2025;');
    expect(ps[0].footnote).toBeUndefined();
    expect(ps[1].footnote).toBe(true);
  });

  it('strips HTML a converter left and makes the text NFC', () => {
    const [p] = paras('- Lưu: VT, VX<sub>(MT)</sub> Sở Khoa học và Công nghe\u0323\u0302');
    expect(p.text).toBe('Lưu: VT, VX (MT) Sở Khoa học và Công nghệ');
  });
});

describe('parsePlanText: tables', () => {
  it('reads lines indented with tabs as paragraphs, and a row whose first cell is empty as a row', () => {
    const text = [
      '\t\tIV. TỔ CHỨC THỰC HIỆN',
      '\t1. Sở Nội vụ',
      '\t\t- Chủ trì xây dựng kế hoạch.',
      'STT\tNội dung\tChủ trì',
      '1\tNhiệm vụ một\tSở Nội vụ',
      '\ta) Nhiệm vụ con\tSở Y tế',
    ].join('\n');
    expect(paras(text).map((p) => [p.label, p.text])).toEqual([
      ['IV.', 'TỔ CHỨC THỰC HIỆN'],
      ['1.', 'Sở Nội vụ'],
      [null, 'Chủ trì xây dựng kế hoạch.'],
    ]);
    expect(tables(text).map((t) => t.rows)).toEqual([
      [
        ['STT', 'Nội dung', 'Chủ trì'],
        ['1', 'Nhiệm vụ một', 'Sở Nội vụ'],
        ['', 'a) Nhiệm vụ con', 'Sở Y tế'],
      ],
    ]);
  });

  it('reads tab-separated rows as one table across blank lines, skipping the separator row', () => {
    const text =
      'Phụ lục\n\nTT\tNội dung\tChủ trì\n1\tA\tSở Nội vụ\n\n2\tB\tSở Tài chính\n---\t---\t---\n\nNơi nhận:\n';
    const [t] = tables(text);
    expect(t.rows).toEqual([
      ['TT', 'Nội dung', 'Chủ trì'],
      ['1', 'A', 'Sở Nội vụ'],
      ['2', 'B', 'Sở Tài chính'],
    ]);
    expect(paras(text).map((p) => p.text)).toEqual(['Phụ lục', 'Nơi nhận:']);
  });

  it('reads markdown pipe tables', () => {
    const [t] = tables('| STT | Nhiệm vụ | Chủ trì |\n|---|---|---|\n| 1 | A | Sở Y tế |\n');
    expect(t.rows).toEqual([
      ['STT', 'Nhiệm vụ', 'Chủ trì'],
      ['1', 'A', 'Sở Y tế'],
    ]);
  });

  it('does not take a line with one tab ("1.<tab>Sở …") for a table row', () => {
    expect(tables('1.\tSở Nội vụ\n')).toEqual([]);
    expect(paras('1.\tSở Nội vụ\n')[0]).toMatchObject({ label: '1.', text: 'Sở Nội vụ' });
  });
});

describe('cellText', () => {
  it('turns a flattened HTML list (Bắc Ninh row 4) into one "- " line per item', () => {
    expect(
      cellText('<ul style="list-style-type: none"> - Bộ Khoa học và Công nghệ - Sở Nội vụ - Các sở, ngành  '),
    ).toBe('- Bộ Khoa học và Công nghệ\n- Sở Nội vụ\n- Các sở, ngành');
  });

  it('keeps "<br>" as a line break', () => {
    expect(cellText('Sở Nội vụ<br>Sở Tài chính')).toBe('Sở Nội vụ\nSở Tài chính');
  });
});

describe('parsePlanText: a roman heading typed without a space or with a dash', () => {
  it('starts a new paragraph even after a line that reads as wrapped', () => {
    const doc = parsePlanText(
      [
        '- Các cơ quan, đơn vị chủ động bố trí kinh phí từ nguồn ngân sách được giao hằng năm',
        'V.KINH PHÍ THỰC HIỆN',
        'IV- TỔ CHỨC THỰC HIỆN',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.label, b.text] : null))).toEqual([
      [null, 'Các cơ quan, đơn vị chủ động bố trí kinh phí từ nguồn ngân sách được giao hằng năm'],
      ['V.', 'KINH PHÍ THỰC HIỆN'],
      ['IV-', 'TỔ CHỨC THỰC HIỆN'],
    ]);
  });
});

it('reads the paragraph after a long run of blank lines, the run passed over once', () => {
  const text = [
    'IV. TỔ CHỨC THỰC HIỆN',
    '',
    '- Tham mưu khen thưởng.',
    ...Array(50_000).fill(''),
    '- Tổ chức hội nghị.',
  ];
  const doc = parsePlanText(text.join('\n'));
  const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  expect(texts).toEqual(['TỔ CHỨC THỰC HIỆN', 'Tham mưu khen thưởng.', 'Tổ chức hội nghị.']);
});
