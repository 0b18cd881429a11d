/**
 * The preview's sample workbook: the Ninh Bình appendix (seed 003) as staff
 * typed it — title lines merged across the table, the "Thời gian\nhoàn thành"
 * header, a "(1) … (6)" column-number row, cells wrapped where the PDF wrapped
 * them, and the real defects kept: "Sở Khoa học và \nCong nghệ", the doubled
 * space in "kỹ  thuật", the same agencies as lead and partners in task 2,
 * empty results in tasks 3 and 9-13. Times New Roman throughout.
 */
import type { SheetCell, SheetModel, WorkbookModel } from '../core/model/sheet';

export const SAMPLE_NAME = 'phu-luc-ninh-binh.xlsx';
const FONT = 'Times New Roman';

const TITLE = [
  'Phụ lục',
  'CÁC NHIỆM VỤ TRIỂN KHAI CHIẾN LƯỢC VỀ PHÁT TRIỂN ĐỘI NGŨ TRÍ THỨC NINH BÌNH ',
  'TRONG THỜI KỲ ĐẨY MẠNH CNH – HĐH ĐẤT NƯỚC ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045',
  '(Kèm theo Kế hoạch số        /KH-UBND ngày     tháng 01 năm 2026 của UBND tỉnh Ninh Bình)',
];

const HEADER = [
  'Stt',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Kết quả cần đạt',
  'Thời gian\nhoàn thành',
];

const PARTNERS = 'Các sở ban ngành, \nphường, xã';
const LHH = 'Liên hiệp các Hội \nKH-KT';
const SKHCN = 'Sở Khoa học và \nCông nghệ';

/** Task, lead, partners, result, deadline; STT is the row's position. */
const TASKS: [string, string, string, string, string][] = [
  [
    'Ban hành Kế hoạch Thực hiện Quyết định số \n2711/QĐ-TTg ngày 12/12/2025 của Thủ \ntướng chính phủ về Chiến lược quốc gia về \nphát triển đội ngũ trí thức trong thời kỳ đẩy \nmạnh CNH, HĐH đất nước đến năm 2030, \ntầm nhìn đến năm 2045',
    'Sở Khoa học và \nCong nghệ',
    PARTNERS,
    'Kế hoạch được \nban hành',
    'Quý I/2026',
  ],
  [
    'Xây dựng cơ sở dữ liệu về đội ngũ trí thức \nthuộc thẩm quyền quản lý',
    'Các sở ban ngành, \nUBND các \nphường xã',
    PARTNERS,
    'Hệ thống thông tin \ndữ liệu về đội ngũ \ntrí thức',
    'Quý II/2026',
  ],
  ['Xây dựng trường Chính trị đạt chuẩn mức II', 'Trường Chính trị \ntỉnh', PARTNERS, '', '2028'],
  [
    'Xây dựng các chương trình, kế hoạch đẩy \nmạnh hoạt động nghiên cứu khoa học, công \nnghệ và đổi mới sáng tạo',
    SKHCN,
    PARTNERS,
    'Các nhiệm vụ \nKHCN được triển \nkhai ',
    'Thường \nxuyên',
  ],
  [
    'Tham mưu ban hành các cơ chế, chính sách \nvề khoa học, công nghệ và sáng tạo phù hợp \nvới địa phương',
    SKHCN,
    PARTNERS,
    'Các văn bản quy \nphạm pháp luật \nđược ban hành',
    'Thường \nxuyên',
  ],
  [
    'Xây dựng các chương trình, hoạt động tuyên \n truyền về vai trò, đóng góp của đội ngũ trí \nthức tiêu biểu. ',
    'Báo và Đài PTTH',
    'Các sở ban ngành, \nphường xã',
    'Các chuyên mục \nđược phát sóng',
    'Thường \nxuyên',
  ],
  [
    'Tổ chức Hội nghị gặp mặt và tôn vinh trí \nthức tiêu biểu của tỉnh',
    LHH,
    PARTNERS,
    'Quy chế, kế hoạch \nvà hội nghị được \ntổ chức',
    'Hàng năm',
  ],
  [
    'Tổ chức hoạt động tư vấn, phản biện và \ngiám định xã hội',
    LHH,
    PARTNERS,
    'Các hội nghị, hội \nthảo',
    'Hàng năm \ntheo nhiệm \nvụ được giao',
  ],
  ['Tổ chức giải thưởng khoa học và công nghệ \nHoa Lư', LHH, PARTNERS, '', '5 năm/lần'],
  ['Tổ chức Hội thi sáng tạo khoa học kỹ  thuật \ntỉnh', LHH, PARTNERS, '', '2 năm/lần'],
  ['Tổ chức Cuộc thi Sáng tạo thanh, thiếu niên \nvà nhi đồng', LHH, PARTNERS, '', 'Hàng năm'],
  [
    'Kế hoạch Đào tạo, bồi dưỡng cán bộ,\ncông chức, viên chức tỉnh Ninh Bình',
    'Sở Nội vụ',
    PARTNERS,
    '',
    'Hàng năm',
  ],
  [
    'Triển khai các hoạt động đào tạo kiến thức, \nkỹ năng về khoa học, công nghệ và đổi mới \nsáng tạo, đào tạo STEM/STEAM trong các \ntrường phổ thông',
    'Sở Giáo dục và \nĐào tạo',
    PARTNERS,
    '',
    'Hàng năm',
  ],
];

const cell = (value: string | number): SheetCell | undefined =>
  value === '' ? undefined : { value, format: 'General', font: FONT };

/** Rows (0-based): title 0-3, blank 4, header 5, column numbers 6, tasks 7-19 — Excel rows 8-20. */
export function sampleWorkbook(): WorkbookModel {
  const width = HEADER.length;
  const cells: (SheetCell | undefined)[][] = [
    ...TITLE.map((line) => [cell(line)]),
    [],
    HEADER.map(cell),
    HEADER.map((_, i) => cell(`(${i + 1})`)),
    ...TASKS.map((task, i) => [cell(i + 1), ...task.map(cell)]),
  ];
  const sheet: SheetModel = {
    name: 'Phụ lục',
    cells,
    merges: TITLE.map((_, row) => ({ top: row, left: 0, bottom: row, right: width - 1 })),
    hiddenRows: [],
    hiddenCols: [],
    colCount: width,
  };
  return { format: 'xlsx', sheets: [sheet] };
}
