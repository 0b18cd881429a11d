/** Vietnamese messages: why a file could not be read. `read.reason.<reason>` matches the reader's reasons. */
export const read = {
  'read.reason.not-a-spreadsheet': 'đây không phải là tệp bảng tính (.xlsx, .xls, .ods, .csv)',
  'read.reason.word-document':
    'đây là văn bản Word, không phải bảng tính; để lập phụ lục từ văn bản, dùng lệnh phuluc draft',
  'read.reason.pdf': 'đây là tệp PDF, không phải bảng tính',
  'read.reason.truncated': 'tệp bị cắt cụt hoặc chưa tải về hết; hãy xin gửi lại',
  'read.reason.corrupt': 'tệp bị hỏng, không mở được; hãy mở bằng Excel và lưu lại',
  'read.reason.zip-bomb':
    'tệp bung ra quá lớn so với kích thước (có thể là tệp độc hại); đã dừng đọc để bảo vệ máy',
  'read.reason.too-large': 'tệp quá lớn (quá nhiều dòng, cột hoặc ô) để xử lý an toàn',
  'read.reason.merged-area-too-large':
    'tệp có vùng ô gộp quá lớn (gộp cả cột hoặc cả trang tính) để sửa an toàn: hãy bỏ gộp vùng đó trong Excel rồi chạy lại',
  'read.reason.encrypted': 'tệp được đặt mật khẩu',
  'read.reason.unsupported-format': 'định dạng tệp này chưa được hỗ trợ; hãy lưu lại dưới dạng .xlsx',
  'read.reason.lock-file': 'đây là tệp khóa tạm của Excel (~$…), không phải báo cáo',
  'read.reason.empty': 'tệp rỗng (0 byte)',
  'read.reason.hidden': 'tệp ẩn của hệ thống',
  'read.reason.plan': 'đây là tệp kế hoạch (--plan), không phải báo cáo của cơ quan',
  'read.reason.phuluc-report': 'đây là báo cáo tổng hợp do phuluc tạo, không phải báo cáo của cơ quan',
  'read.reason.not-found': 'không tìm thấy tệp',
  'read.reason.folder': 'đây là một thư mục; hãy chỉ ra các tệp trong đó (ví dụ thu-muc/*.xlsx)',
  'read.reason.io-error': 'không mở được tệp (kiểm tra quyền truy cập)',
  'read.reason.timeout': 'đọc tệp quá lâu nên đã dừng',
} as const;
