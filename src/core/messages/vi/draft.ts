/** Vietnamese messages: draft. Placeholders are named: {name}. */
export const draft = {
  // Written in the appendix workbook itself (document content, always Vietnamese).
  'draft.proposedMark': 'Đề xuất — cần rà soát',
  'draft.sourceHeader': 'Nguồn trong văn bản kế hoạch',
  'draft.source.paragraph': '{heading} — đoạn {paragraph}',
  'draft.source.row': '{heading} — dòng {paragraph} của bảng',

  // The plan's metadata, at the top of the text output.
  'draft.plan': 'Kế hoạch: {path}',
  'draft.meta.number': 'Số văn bản: {value}',
  'draft.meta.date': 'Ngày ban hành: {value}',
  'draft.meta.province': 'Tỉnh: {value}',
  'draft.meta.issuer': 'Cơ quan ban hành: {value}',
  'draft.meta.implements': 'Thực hiện: {value}',
  'draft.meta.horizon': 'Đến năm: {value}',
  'draft.meta.focal': 'Cơ quan đầu mối: {value}',
  'draft.meta.report': 'Hạn báo cáo: {from} gửi {to} {deadline}',
  'draft.meta.blank': '(để trống trong văn bản)',
  'draft.meta.none': '(không thấy trong văn bản)',

  'draft.mode.table': 'Đã đọc {tasks} nhiệm vụ từ bảng phụ lục trong văn bản.',
  'draft.mode.proposed':
    'Đã đề xuất {tasks} nhiệm vụ từ mục "{section}". Đây là bản nháp: cần rà soát từng dòng, bổ sung kết quả cần đạt và thời hạn còn thiếu.',
  'draft.appendixUnread':
    'Văn bản có phần "Phụ lục" nhưng không đọc được bảng nhiệm vụ trong đó (bảng chép từ PDF đã mất cột); nếu có bản .docx của kế hoạch, hãy dùng bản đó.',
  'draft.provinceGiven': 'Lưu ý: dùng tỉnh {given} theo --province; văn bản ghi tỉnh {document}.',
  'draft.written': 'Đã ghi phụ lục vào {path}.',
  'draft.check': 'Kiểm tra phụ lục vừa lập:',

  'draft.fail.unreadable': 'không đọc được {path}: {reason}',
  'draft.fail.empty': '{path} không có nội dung nào để lập phụ lục',
  'draft.fail.noSection':
    'trong {path} không có bảng phụ lục, cũng không có mục "Tổ chức thực hiện" giao nhiệm vụ cho các cơ quan: không có gì để lập phụ lục',
  'draft.fail.noTasks': 'mục "{section}" trong {path} không giao nhiệm vụ cụ thể nào cho cơ quan nào',
  'draft.fail.write': 'không ghi được {path}: {detail}',
  'draft.outNotXlsx':
    'tệp kết quả {file} phải là bảng tính Excel có đuôi .xlsx (ví dụ --out phu-luc.xlsx); phuluc draft chỉ ghi tệp .xlsx',
  'draft.writeReason.denied': 'không có quyền ghi vào thư mục này hoặc vào tệp đó',
  'draft.writeReason.noFolder': 'thư mục chứa tệp không tồn tại',
  'draft.writeReason.full': 'ổ đĩa đã đầy',
  'draft.writeReason.readOnly': 'ổ đĩa chỉ cho phép đọc',
  'draft.writeReason.busy': 'tệp đang được mở ở chương trình khác (Excel?); hãy đóng lại rồi chạy lại',
  'draft.writeReason.isFolder': 'đó là một thư mục, không phải tệp',
  'draft.writeReason.other': 'không thể ghi tệp ở vị trí này',

  'draft.reason.not-a-docx': 'tệp không phải văn bản Word (.docx)',
  'draft.reason.legacy-doc': 'đây là văn bản Word đời cũ (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx',
  'draft.reason.bad-xml': 'nội dung bên trong văn bản Word bị hỏng; hãy mở bằng Word và lưu lại',
  'draft.reason.not-utf8': 'tệp văn bản không ở bảng mã UTF-8; hãy lưu lại với bảng mã UTF-8',
  'draft.reason.pdf':
    'tệp PDF chưa đọc được; hãy dùng bản .docx của kế hoạch, hoặc chép nội dung ra tệp .txt',
  'draft.reason.spreadsheet': 'đây là bảng tính; để kiểm tra bảng phụ lục, dùng lệnh phuluc validate',
  'draft.reason.unsupported': 'chỉ đọc được văn bản .docx, .txt hoặc .md',
  'draft.reason.too-large': 'tệp quá lớn để là một văn bản kế hoạch',
  'draft.legacyConverted':
    'Văn bản gõ bằng bảng mã cũ {encoding}; đã chuyển sang Unicode để lập phụ lục (nên lưu lại văn bản bằng phông Unicode).',
  'draft.reason.rtf': 'đây là văn bản RTF; hãy mở bằng Word và lưu lại dưới dạng .docx',
  'draft.source.plan': 'Kế hoạch',
} as const;
