/** Fixtures shared by the text tests, typed by hand. */

/** Each row: a vowel without tone, then acute, grave, hook above, tilde, dot below. */
export const VOWEL_ROWS = [
  'aáàảãạ',
  'ăắằẳẵặ',
  'âấầẩẫậ',
  'eéèẻẽẹ',
  'êếềểễệ',
  'iíìỉĩị',
  'oóòỏõọ',
  'ôốồổỗộ',
  'ơớờởỡợ',
  'uúùủũụ',
  'ưứừửữự',
  'yýỳỷỹỵ',
];

/** Every lower-case Vietnamese letter that is not plain ASCII: 66 marked vowels and đ (67). */
export const LOWER_MARKED = [...VOWEL_ROWS.join(''), 'đ'].filter((ch) => !/[a-z]/.test(ch));
/** Every lower-case vowel (72, with the six plain ones) and đ. */
export const LOWER_LETTERS = [...VOWEL_ROWS.join(''), 'đ'];
export const UPPER_LETTERS = LOWER_LETTERS.map((ch) => ch.toUpperCase());
export const ALL_LETTERS = [...LOWER_LETTERS, ...UPPER_LETTERS];

/** The combining tone marks in row order (none first). */
export const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** Words of real Vietnamese, for property tests. */
// prettier-ignore
export const WORDS = [
  'Sở', 'Khoa', 'học', 'và', 'Công', 'nghệ', 'Ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'Quyết', 'định',
  'Đà', 'Nẵng', 'người', 'Việt', 'Nam', 'thủy', 'hòa', 'khỏe', 'Quý', 'kỹ', 'thuật', 'lý', 'trường',
  'giữa', 'khuyến', 'nghị', 'hằng', 'năm', 'ĐỊA', 'PHƯƠNG', 'Đắk', 'Lắk', 'ưu', 'tiên', 'quốc', 'gia',
];
