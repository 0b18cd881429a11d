/** Vietnamese messages: `phuluc fix` and `phuluc template`. Placeholders are named: {name}. */
export const tools = {
  'merge.outNotXlsx': 'báo cáo tổng hợp {file} phải có đuôi .xlsx (báo cáo luôn được ghi dạng .xlsx)',
  'fix.outNotXlsx': 'tệp kết quả {file} phải có đuôi .xlsx (bản sửa luôn được ghi dạng .xlsx)',
  'fix.unreadable': 'không đọc được {file}: {reason}',
  'fix.converted.sheetjs':
    'Tệp gốc dạng .{format}: bản sửa được ghi dạng .xlsx, giữ nội dung, ô gộp, độ rộng cột và định dạng số; phông chữ, màu, viền có thể không giữ được.',
  'fix.converted.values':
    'Tệp gốc dạng .{format}: bản sửa được ghi dạng .xlsx chỉ gồm nội dung, định dạng số và ô gộp.',
  'fix.macrosDropped': 'Macro của tệp gốc không được chép sang bản sửa.',
  'fix.nothing': 'Không có gì cần sửa; đã ghi bản sao: {output}',
  'fix.changes': 'Đã sửa {count} ô của {input}, ghi vào {output}:',
  'fix.skipped': 'Không sửa {cell}: {reason}',
  'fix.skip.formula': 'ô chứa công thức',
  'fix.skip.changed': 'nội dung ô khác với lúc kiểm tra',
  'fix.skip.missing': 'không tìm thấy ô trong tệp',
  'fix.remaining':
    'Còn {count} vấn đề cần xem và sửa tay ({errors} lỗi, {warnings} cảnh báo, {infos} lưu ý); chạy: phuluc validate "{output}"',
  'fix.clean': 'Bản sửa không còn vấn đề nào.',
  'fix.kind.legacy': 'phông chữ cũ sang Unicode',
  'fix.kind.nfc': 'chuẩn Unicode dựng sẵn',
  'fix.kind.spacing': 'khoảng trắng',
  'fix.kind.punctuation': 'dấu câu',
  'fix.kind.agency': 'tên cơ quan',
  'fix.kind.removePartner': 'bỏ cơ quan chủ trì khỏi cột phối hợp',
  'fix.kind.renumber': 'đánh lại số thứ tự',
  'template.outNotFolder': '{dir} là một tệp, không phải thư mục; hãy chọn thư mục chứa các mẫu',
  'template.noRecipients': 'phụ lục {plan} không giao nhiệm vụ cho cơ quan nào trong tỉnh; không tạo mẫu nào',
  'template.written': 'Đã tạo {count} mẫu báo cáo trong thư mục {dir} từ phụ lục {plan} ({tasks} nhiệm vụ):',
  'template.file': '{file} — {agency}: {tasks} nhiệm vụ (chủ trì {led}, phối hợp {supported})',
  'template.fileCollective':
    '{file} — {agency} (mẫu dùng chung cho các cơ quan trong nhóm): {tasks} nhiệm vụ',
  'template.unassigned': 'Không có trong mẫu nào (không giao cho cơ quan nào của tỉnh): {list}',
  'template.doc.title': 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
  'template.doc.fileTitle': 'Báo cáo kết quả thực hiện nhiệm vụ — {agency}',
  'template.doc.reporter': 'Đơn vị báo cáo: {agency}',
  'template.doc.reporterLabel': 'Đơn vị báo cáo:',
  'template.doc.planNumberDate': '(Thực hiện Kế hoạch số {number} ngày {date})',
  'template.doc.planNumber': '(Thực hiện Kế hoạch số {number})',
  'template.doc.planFile': '(Các nhiệm vụ theo phụ lục kế hoạch {file})',
  'template.doc.helpCollective':
    'Mẫu dùng chung cho các cơ quan trong nhóm: mỗi cơ quan ghi tên mình vào ô “Đơn vị báo cáo” và chỉ báo cáo phần việc của mình.',
  'template.doc.helpFill':
    'Hướng dẫn: chỉ điền vào các ô nền vàng — “Mức độ hoàn thành” (chọn trong danh sách), “Kết quả thực hiện”, “Khó khăn, vướng mắc”, “Đề xuất, kiến nghị”. Các cột của kế hoạch đã được khóa để tránh sửa nhầm.',
  'template.doc.helpRows':
    'Không thêm, xóa hay đổi thứ tự dòng, không đổi tên trang tính. Nhiệm vụ đã hoàn thành cần ghi rõ kết quả, sản phẩm (số, ngày văn bản nếu có).',
  'template.doc.helpSend': 'Lưu tệp dạng .xlsx, giữ nguyên tên tệp và gửi lại cơ quan tổng hợp đúng hạn.',
  'template.doc.statusPrompt':
    'Chọn mức độ hoàn thành trong danh sách; ghi chi tiết vào cột “Kết quả thực hiện”.',
  'template.doc.statusError': 'Hãy chọn một mức trong danh sách; ghi chi tiết vào cột “Kết quả thực hiện”.',
} as const;
