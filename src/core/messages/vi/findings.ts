/**
 * Vietnamese messages: findings (DOMAIN.md §7). One id per code, `finding.<CODE>`;
 * a few codes have variants (`finding.<CODE>.<variant>`). Placeholders are named.
 */
export const findings = {
  'severity.error': 'Lỗi',
  'severity.warning': 'Cảnh báo',
  'severity.info': 'Lưu ý',
  'field.stt': 'STT',
  'field.task': 'Nội dung nhiệm vụ',
  'field.lead': 'Cơ quan chủ trì',
  'field.partners': 'Cơ quan phối hợp',
  'field.result': 'Kết quả',
  'field.deadline': 'Thời hạn',
  'field.note': 'Ghi chú',
  'field.status': 'Mức độ hoàn thành',
  'field.outcome': 'Kết quả thực hiện',
  'field.issues': 'Khó khăn, vướng mắc',
  'field.proposals': 'Đề xuất, kiến nghị',
  'field.taskId': 'Mã nhiệm vụ',
  'finding.E_FILE_UNREADABLE': 'Không đọc được tệp: {reason}',
  'finding.E_FILE_ENCRYPTED': 'Tệp được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại',
  'finding.E_TABLE_NOT_FOUND':
    'Không tìm thấy bảng nhiệm vụ (cần dòng tiêu đề có các cột như "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn")',
  'finding.E_TABLE_NOT_FOUND.empty': 'Bảng nhiệm vụ chưa có dòng nhiệm vụ nào dưới dòng tiêu đề',
  'finding.E_COLUMN_MISSING': 'Bảng thiếu cột "{column}"',
  'finding.W_COLUMN_DUPLICATE': 'Hai cột {first} và {second} cùng là cột "{column}"; chỉ dùng cột {first}',
  'finding.E_TASK_EMPTY': 'Dòng {row} có thông tin nhưng không có nội dung nhiệm vụ',
  'finding.E_TASK_EMPTY.formulaError':
    'Ô nội dung nhiệm vụ chỉ có lỗi công thức “{error}”, không có nội dung',
  'finding.E_LEAD_EMPTY': 'Nhiệm vụ chưa có cơ quan chủ trì',
  'finding.E_LEAD_EMPTY.formulaError':
    'Ô cơ quan chủ trì chỉ có lỗi công thức “{error}”, chưa ghi cơ quan nào',
  'finding.E_DEADLINE_EMPTY': 'Nhiệm vụ chưa có thời hạn hoàn thành',
  'finding.E_DEADLINE_UNPARSED':
    'Không hiểu được thời hạn “{text}” (ví dụ cách ghi: Quý II/2026, Tháng 7/2026, 10/12/2026, Hằng năm, Thường xuyên)',
  'finding.E_DEADLINE_UNPARSED.formulaError': 'Ô thời hạn chỉ có lỗi công thức “{text}”, không có thời hạn',
  'finding.E_DEADLINE_UNPARSED.conditional': 'Thời hạn “{text}” phụ thuộc điều kiện, không có ngày cụ thể',
  'finding.W_DEADLINE_AMBIGUOUS': 'Thời hạn “{text}” chưa rõ ngày cụ thể',
  'finding.W_DEADLINE_AMBIGUOUS.bareNumber':
    'Ô thời hạn chứa số {number}, Excel hiển thị là số chứ không phải ngày; đã hiểu là ngày {date}. Hãy định dạng ô kiểu ngày (dd/mm/yyyy) hoặc nhập lại thời hạn',
  'finding.W_DEADLINE_BEFORE_PLAN': 'Thời hạn “{text}” ({due}) sớm hơn ngày ban hành kế hoạch ({planDate})',
  'finding.W_DEADLINE_BEFORE_PLAN.month':
    'Thời hạn “{text}” ({due}) sớm hơn tháng ban hành kế hoạch (tháng {planDate})',
  'finding.W_DEADLINE_AFTER_HORIZON':
    'Thời hạn “{text}” ({due}) vượt quá thời kỳ của kế hoạch (đến năm {horizon})',
  'finding.W_RESULT_EMPTY': 'Nhiệm vụ chưa có kết quả, sản phẩm cần đạt',
  'finding.W_STT_SEQUENCE': 'Số thứ tự “{stt}” không liền mạch (mong đợi {expected})',
  'finding.W_STT_SEQUENCE.empty': 'Nhiệm vụ chưa có số thứ tự (mong đợi {expected})',
  'finding.W_TASK_DUPLICATE': 'Nhiệm vụ trùng với nhiệm vụ ở dòng {otherRow}',
  'finding.W_AGENCY_UNKNOWN': 'Không có “{name}” trong danh sách cơ quan',
  'finding.W_AGENCY_UNKNOWN.suggest': 'Không có “{name}” trong danh sách cơ quan; có phải là “{suggestion}”?',
  'finding.W_AGENCY_UNKNOWN.former':
    '“{name}” không còn từ năm 2025 (đã hợp nhất vào “{suggestion}”); kiểm tra lại cơ quan thực hiện',
  'finding.W_AGENCY_SPELLING': 'Tên cơ quan có thể viết sai: “{name}”',
  'finding.I_AGENCY_ALIAS': '“{name}” là tên viết tắt hoặc cách viết khác của “{canonical}”',
  'finding.W_LEAD_MULTIPLE':
    'Nhiệm vụ có {count} cơ quan chủ trì; nên giao một cơ quan chịu trách nhiệm chính',
  'finding.I_LEAD_COLLECTIVE': 'Cơ quan chủ trì là một nhóm (“{name}”), không phải một cơ quan cụ thể',
  'finding.W_LEAD_IS_PARTNER': 'Cơ quan chủ trì cũng có trong danh sách phối hợp: {names}',
  'finding.W_LEGACY_ENCODING': 'Chữ đang ở bảng mã cũ {encoding} (phông {font}); nên chuyển sang Unicode',
  'finding.W_LEGACY_ENCODING.noFont':
    'Chữ có vẻ đang ở bảng mã cũ {encoding} (nhận ra qua các chữ cái vì ô không ghi tên phông); nên chuyển sang Unicode',
  'finding.I_TEXT_NOT_NFC':
    'Chữ tiếng Việt ở dạng tổ hợp (NFD); nên chuẩn hoá về dạng dựng sẵn (NFC) để tìm kiếm, so sánh đúng',
  'finding.I_TEXT_SPACING': 'Có khoảng trắng thừa, khoảng trắng đặc biệt hoặc ký tự ẩn',
  'finding.W_TEXT_PUNCTUATION': 'Dấu câu thừa hoặc đặt sai chỗ: “{text}”',
  'finding.E_STATUS_EMPTY': 'Chưa ghi mức độ hoàn thành',
  'finding.E_STATUS_INVALID':
    'Mức độ hoàn thành “{text}” không có trong danh mục (ví dụ: Đã hoàn thành đúng hạn, Đang thực hiện trong hạn, Chưa thực hiện)',
  'finding.W_STATUS_INCONSISTENT':
    'Ghi “{status}” nhưng thời hạn là {due} (tính đến {asOf}); nên là “{expected}”',
  'finding.W_STATUS_INCONSISTENT.notYetDue':
    'Ghi “{status}” nhưng thời hạn {due} đã qua (tính đến {asOf}): nhiệm vụ đã đến hạn mà chưa thực hiện, tức là quá hạn; nên ghi “{expected}” và nêu lý do chậm',
  'finding.W_OUTCOME_EMPTY': 'Báo cáo đã hoàn thành nhưng chưa ghi kết quả thực hiện',
  'finding.W_OVERDUE': 'Nhiệm vụ đã quá hạn ({due}) mà chưa hoàn thành (tính đến {asOf})',
  'finding.E_TASK_NOT_IN_PLAN': 'Nhiệm vụ báo cáo không có trong kế hoạch: “{task}”',
  'finding.E_TASK_NOT_IN_PLAN.nearest':
    'Nhiệm vụ báo cáo không có trong kế hoạch: “{task}”; gần nhất là nhiệm vụ {stt} “{nearest}”, đề nghị kiểm tra lại',
  'finding.W_TASK_NOT_REPORTED': 'Chưa báo cáo nhiệm vụ {stt} được giao: “{task}”',
  'finding.W_TASK_AMBIGUOUS':
    'Nhiệm vụ báo cáo giống nhiều nhiệm vụ trong kế hoạch ({candidates}); đã chọn nhiệm vụ {chosen}',
  'finding.W_FORMULA_NO_VALUE':
    'Ô có công thức {formula} nhưng tệp không lưu kết quả của công thức (thường do tệp được phần mềm tạo ra, chưa mở và lưu bằng Excel); phuluc không tự tính được công thức này nên chưa kiểm tra ô. Hãy mở tệp bằng Excel, lưu lại rồi kiểm tra lại',
  'finding.hidden.sheet': 'trang tính đang ẩn',
  'finding.hidden.row': 'dòng đang ẩn',
  'finding.hidden.column': 'cột đang ẩn',
  'finding.hidden.rowColumn': 'dòng và cột đang ẩn',
  'finding.W_TEXT_TRUNCATED': 'Ô có {length} ký tự, quá giới hạn 32.767 của Excel; chỉ đọc phần đầu',
  'suggestion.removePartners': 'Bỏ {names} khỏi cột phối hợp',
  'suggestion.convertUnicode': 'Chuyển sang Unicode: “{text}”',
  'suggestion.nfc': 'Chuẩn hoá sang NFC',
  'suggestion.trim': 'Bỏ khoảng trắng thừa',
} as const;
