/** Vietnamese messages: `phuluc fix` and `phuluc template`. Placeholders are named: {name}. */
export const tools = {
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
} as const;
