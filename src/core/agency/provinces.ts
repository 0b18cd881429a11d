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

/** The province each former one (and each short form) is part of since 1 July 2025 (VIETNAMESE.md §3). */
// prettier-ignore
export const PROVINCE_NOW: ReadonlyMap<string, string> = new Map([
  ['Hà Giang', 'Tuyên Quang'], ['Yên Bái', 'Lào Cai'], ['Bắc Kạn', 'Thái Nguyên'],
  ['Vĩnh Phúc', 'Phú Thọ'], ['Hòa Bình', 'Phú Thọ'], ['Bắc Giang', 'Bắc Ninh'], ['Thái Bình', 'Hưng Yên'],
  ['Hải Dương', 'Hải Phòng'], ['Hà Nam', 'Ninh Bình'], ['Nam Định', 'Ninh Bình'], ['Quảng Bình', 'Quảng Trị'],
  ['Quảng Nam', 'Đà Nẵng'], ['Kon Tum', 'Quảng Ngãi'], ['Bình Định', 'Gia Lai'], ['Ninh Thuận', 'Khánh Hòa'],
  ['Đắk Nông', 'Lâm Đồng'], ['Bình Thuận', 'Lâm Đồng'], ['Phú Yên', 'Đắk Lắk'], ['Bình Dương', 'Hồ Chí Minh'],
  ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'], ['HCM', 'Hồ Chí Minh'], ['Bình Phước', 'Đồng Nai'], ['Long An', 'Tây Ninh'],
  ['Sóc Trăng', 'Cần Thơ'], ['Hậu Giang', 'Cần Thơ'], ['Bến Tre', 'Vĩnh Long'], ['Trà Vinh', 'Vĩnh Long'],
  ['Tiền Giang', 'Đồng Tháp'], ['Bạc Liêu', 'Cà Mau'], ['Kiên Giang', 'An Giang'], ['Thừa Thiên Huế', 'Huế'],
]);
