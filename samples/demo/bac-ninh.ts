/**
 * The sample round `npm run demo` builds: the appendix of Bắc Ninh's plan
 * implementing Decision 2711/QĐ-TTg (seed 002, copied as written, typos
 * included), and what each agency reports on it at 10/12/2026. The reports
 * are invented for the demonstration; the plan is real.
 */

export const AS_OF = '2026-12-10';

export interface SampleTask {
  stt: string;
  task: string;
  lead: string[];
  partners: string[];
  result: string;
  deadline: string;
}

export const TITLE_LINES = [
  'Phụ lục',
  'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH',
  '(Kèm theo Kế hoạch số      /KH-UBND ngày     tháng 3 năm 2026 của UBND tỉnh Bắc Ninh)',
];

export const TASKS: SampleTask[] = [
  {
    stt: '1',
    task: 'Ban hành Kế hoạch triển khai thực hiện Quyết định số 2711/QĐ-TTg ngày 12/12/2025 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược quốc gia về phát triển đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hoá, hiện đại hoá đất nước đến năm 2030, tầm nhìn đến năm 2045 trên địa bàn tỉnh Bắc Ninh',
    lead: ['Sở Khoa học và Công nghệ'],
    partners: ['Các sở, ngành, địa phương'],
    result: 'Kế hoạch của UBND tỉnh',
    deadline: 'Quý I/2026',
  },
  {
    stt: '2',
    task: 'Xây dựng chính sách thu hút, ưu đãi, hỗ trợ đào tạo phát triển nguồn nhân lực chất lượng cao trên địa bàn tỉnh Bắc Ninh giai đoạn 2026-2030',
    lead: ['Sở Nội vụ'],
    partners: ['Các sở, ngành, địa phương'],
    result: 'Nghị quyết của HĐND tỉnh',
    deadline: 'Tháng 7/2026',
  },
  {
    stt: '3',
    task: 'Triển khai có hiệu quả Quyết định số 388/QĐ-UBND ngày 31/10/2025 của UBND tỉnh Bắc Ninh về việc phê duyệt Đề án “Phát triển giáo dục STEM/STEAM trong các cơ sở giáo dục mầm non và phổ thông tỉnh Bắc Ninh giai đoạn 2025-2030, định hướng đến năm 2035”',
    lead: ['Sở Giáo dục và Đào tạo'],
    partners: ['Các sở, ngành, địa phương'],
    result: 'Hoàn thành các mục tiêu, nhiệm vụ trong Đề án',
    deadline: 'Đến năm 2030',
  },
  {
    stt: '4',
    task: 'Đầu mối xây dựng và vận hành, khai thác, cập nhật cơ sở dữ liệu Hệ thống dữ liệu đội ngũ trí thức Việt Nam theo ngành, lĩnh vực',
    lead: ['Sở Khoa học và Công nghệ'],
    partners: [
      '- Bộ Khoa học và Công nghệ',
      '- Sở Nội vụ',
      '- Sở Văn hoá Thể thao và Du lịch',
      '- Văn phòng UBND tỉnh',
      '- Liên hiệp các Hội KH&KT tỉnh',
      '- Hội Văn học nghệ thuật tỉnh',
      '- Các sở, ngành, địa phương có liên quan',
    ],
    result: 'Hệ thống dữ liệu đội ngũ trí thức Việt Nam được xây dựng, vận hành, khai thác, cập nhật',
    deadline: 'Thường xuyên',
  },
  {
    stt: '5',
    task: 'Nghiên cứu, đề xuất, trình cấp có thẩm quyền sửa đổi, bổ sung, hoàn thiện các quy định và đơn giản hoá về xuất nhập cảnh, cấp thị thực, cư trú,... theo hướng tạo điều kiện thuận lợi cho trí thức là người Việt Nam, các nhà khoa học, chuyên gia quốc tế có trình độ cao và gia đình về nước làm việc, sinh sống',
    lead: ['Công an tỉnh'],
    partners: ['Các sở, ngành, địa phương có liên quan'],
    result: 'Các quy định do cấp có thẩm quyền ban hành',
    deadline: 'Thường xuyên',
  },
  {
    stt: '6',
    task: 'Các nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo đặt hàng, tuyển chọn chuyên gia giỏi quốc tế, người Việt Nam trong và ngoài nước làm chủ trì hoặc thành viên tham gia',
    lead: ['Sở Khoa học và Công nghệ'],
    partners: ['Các sở, ngành, địa phương có liên quan'],
    result: 'Các nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo được phê duyệt triển khai',
    deadline: 'Thường xuyên',
  },
  {
    stt: '7',
    task: 'Xây dựng các chương trình hoạt động tuyên truyền, nâng cao nhận thức của xã hội về đội ngũ trí thức Việt Nam, biểu dương các trí thức tiêu biểu, vai trò và đóng góp của trí thức trong công cuộc xây dựng và phát triển đất nước',
    lead: ['Báo, Phát thanh và Truyền hình Bắc Ninh'],
    partners: ['Các, sở, ngành, địa phương có liên quan'],
    result: 'Các chương trình, hoạt động tuyên truyền',
    deadline: 'Thường xuyên',
  },
];

export interface Filled {
  status: string;
  outcome: string;
}

/**
 * What the agencies that fill their template write, by agency and plan STT.
 * Sở Nội vụ is late: it still calls task 2 "in progress on time" in December.
 * Báo và Phát thanh, Truyền hình Bắc Ninh sends nothing.
 */
export const TEMPLATE_FILLS: Record<string, Record<string, Filled>> = {
  'Sở Khoa học và Công nghệ': {
    '1': { status: 'Đã hoàn thành đúng hạn', outcome: 'Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2026' },
    '4': {
      status: 'Đang thực hiện trong hạn',
      outcome: 'Đã xây dựng phần mềm; đang cập nhật dữ liệu của các sở, ngành',
    },
    '6': {
      status: 'Đã thực hiện trong kỳ',
      outcome: 'Đã đặt hàng 3 nhiệm vụ khoa học và công nghệ do chuyên gia chủ trì',
    },
  },
  'Sở Nội vụ': {
    '2': {
      status: 'Đang thực hiện trong hạn',
      outcome: 'Đã trình HĐND tỉnh dự thảo Nghị quyết; dự kiến thông qua tại kỳ họp cuối năm',
    },
    '4': {
      status: 'Đang thực hiện trong hạn',
      outcome: 'Đã cung cấp dữ liệu cán bộ, công chức có trình độ sau đại học',
    },
  },
  'Sở Văn hóa, Thể thao và Du lịch': {
    '4': {
      status: 'Đang thực hiện trong hạn',
      outcome: 'Đã rà soát danh sách văn nghệ sĩ, trí thức ngành văn hóa',
    },
  },
  'Văn phòng UBND tỉnh': {
    '4': {
      status: 'Đang thực hiện trong hạn',
      outcome: 'Đã kết nối dữ liệu với Hệ thống thông tin báo cáo của tỉnh',
    },
  },
  'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh': {
    '4': { status: 'Đang thực hiện trong hạn', outcome: 'Đã cập nhật thông tin của 1.250 hội viên' },
  },
  'Hội Văn học nghệ thuật tỉnh': {
    '4': { status: 'Chưa thực hiện', outcome: '' },
  },
};

/** The agency that sends nothing. */
export const SILENT_AGENCY = 'Báo và Phát thanh, Truyền hình Bắc Ninh';

/** Công an tỉnh still works in an old Excel: a legacy .xls with its own columns. */
export const LEGACY_XLS = {
  file: 'cong-an-tinh.xls',
  agency: 'Công an tỉnh',
  rows: [
    {
      plan: '5',
      status: 'Hoàn thành',
      outcome: 'Đã có văn bản đề xuất Bộ Công an đơn giản hoá thủ tục cấp thị thực cho chuyên gia',
    },
  ],
};

/**
 * Sở Giáo dục và Đào tạo writes its own report: its own title and reporter
 * line, its own numbering, a shortened task text, and a task that is not in
 * the plan (which the merge rejects).
 */
export const FREE_FORM = {
  file: 'Bao cao so GDDT nam 2026.xlsx',
  /** Its own headers, as agencies word them. */
  headers: [
    'TT',
    'Nội dung công việc',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Sản phẩm',
    'Thời gian thực hiện',
    'Tình trạng',
    'Kết quả triển khai',
  ],
  title: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026',
  reporter: 'Đơn vị báo cáo: Sở GD&ĐT',
  rows: [
    {
      stt: '1',
      plan: '3',
      task: 'Triển khai Quyết định số 388/QĐ-UBND ngày 31/10/2025 của UBND tỉnh Bắc Ninh phê duyệt Đề án “Phát triển giáo dục STEM/STEAM trong các cơ sở giáo dục mầm non và phổ thông tỉnh Bắc Ninh giai đoạn 2025-2030, định hướng đến năm 2035”',
      status: 'Đang triển khai',
      outcome: '100% trường trung học đã thành lập câu lạc bộ STEM',
    },
    {
      stt: '2',
      plan: null,
      task: 'Tổ chức Hội khỏe Phù Đổng tỉnh Bắc Ninh năm 2026',
      lead: 'Sở Giáo dục và Đào tạo',
      deadline: 'Năm 2026',
      status: 'Hoàn thành',
      outcome: 'Đã tổ chức với 3.000 vận động viên',
    },
  ],
};
