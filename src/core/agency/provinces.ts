/**
 * Province names, so that "Công an tỉnh Bắc Ninh" matches "Công an tỉnh" and the
 * press body is recognised with any province after it.
 */

/** The 34 provincial units since 1 July 2025 (28 provinces, 6 cities), in Vietnamese order. */
// prettier-ignore
export const PROVINCES: readonly string[] = [
  'An Giang', 'Bắc Ninh', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Điện Biên',
  'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Nội', 'Hà Tĩnh', 'Hải Phòng', 'Hồ Chí Minh', 'Huế',
  'Hưng Yên', 'Khánh Hòa', 'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Nghệ An', 'Ninh Bình',
  'Phú Thọ', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sơn La', 'Tây Ninh', 'Thái Nguyên',
  'Thanh Hóa', 'Tuyên Quang', 'Vĩnh Long',
];

/** The six centrally-run cities: their bodies say "Thành phố" and "Thành ủy" where a province's say "tỉnh". */
export const CITIES: readonly string[] = ['Cần Thơ', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế'];

/** Provinces merged away in 2025, still named in older files, and short forms of city names. */
// prettier-ignore
export const FORMER_PROVINCES: readonly string[] = [
  'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bến Tre', 'Bình Định', 'Bình Dương',
  'Bình Phước', 'Bình Thuận', 'Đắk Nông', 'Hà Giang', 'Hà Nam', 'Hải Dương', 'Hậu Giang',
  'Hòa Bình', 'Kiên Giang', 'Kon Tum', 'Long An', 'Nam Định', 'Ninh Thuận', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Sóc Trăng', 'Thái Bình', 'Thừa Thiên Huế', 'Tiền Giang',
  'Trà Vinh', 'Vĩnh Phúc', 'Yên Bái', 'HCM',
];
