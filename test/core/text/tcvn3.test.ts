import { decodeTcvn3, encodeTcvn3 } from '../../../src/core/text/legacy/tcvn3';
import { LOWER_LETTERS, UPPER_LETTERS, VOWEL_ROWS } from './letters';

// The 74 codes exactly as VIETNAMESE.md §1 lists them.
const DOC_TABLE = `
A1 Ă  A2 Â  A3 Ê  A4 Ô  A5 Ơ  A6 Ư  A7 Đ  A8 ă  A9 â  AA ê  AB ô  AC ơ  AD ư  AE đ
B5 à  B6 ả  B7 ã  B8 á  B9 ạ  BB ằ  BC ẳ  BD ẵ  BE ắ  C6 ặ
C7 ầ  C8 ẩ  C9 ẫ  CA ấ  CB ậ  CC è  CE ẻ  CF ẽ  D0 é  D1 ẹ
D2 ề  D3 ể  D4 ễ  D5 ế  D6 ệ  D7 ì  D8 ỉ  DC ĩ  DD í  DE ị
DF ò  E1 ỏ  E2 õ  E3 ó  E4 ọ  E5 ồ  E6 ổ  E7 ỗ  E8 ố  E9 ộ
EA ờ  EB ở  EC ỡ  ED ớ  EE ợ  EF ù  F1 ủ  F2 ũ  F3 ú  F4 ụ
F5 ừ  F6 ử  F7 ữ  F8 ứ  F9 ự  FA ỳ  FB ỷ  FC ỹ  FD ý  FE ỵ
`;
const CODES = [...DOC_TABLE.matchAll(/([0-9A-F]{2}) (\S)/g)].map(
  (m) => [String.fromCharCode(parseInt(m[1], 16)), m[2]] as const,
);

describe('TCVN3 table', () => {
  it('has the 74 codes of the standard', () => {
    expect(CODES).toHaveLength(74);
  });

  it.each(CODES)('decodes byte %j to %s', (byte, letter) => {
    expect(decodeTcvn3(byte)).toBe(letter);
  });

  it('leaves the bytes outside the 74 codes alone (Latin-1 letters, symbols, CP1252 punctuation)', () => {
    const unused = 'àÀÁÂÃÄÅÍÙÚÛðÿ°±²³´º¿¯\u0080“”‘’–—…€';
    expect(decodeTcvn3(unused)).toBe(unused);
  });

  it('leaves ASCII alone', () => {
    const ascii = 'KH&CN, KH-KT; 2.000 (1.1.) "UBND" #@!';
    expect(decodeTcvn3(ascii)).toBe(ascii);
  });
});

describe('decodeTcvn3', () => {
  it('decodes the VIETNAMESE.md test vectors', () => {
    expect(decodeTcvn3('Së Khoa häc vµ C«ng nghÖ')).toBe('Sở Khoa học và Công nghệ');
    expect(decodeTcvn3('Së Gi¸o dôc vµ §µo t¹o')).toBe('Sở Giáo dục và Đào tạo');
  });

  it('turns the soft-hyphen byte into ư', () => {
    expect(decodeTcvn3('ng\u00ADêi')).toBe('người');
  });

  it('upper-cases everything for the all-caps "…H" fonts', () => {
    expect(decodeTcvn3('ñy ban nh©n d©n tØnh', true)).toBe('ỦY BAN NHÂN DÂN TỈNH');
  });

  it('returns NFC', () => {
    const out = decodeTcvn3('ViÖt Nam');
    expect(out).toBe('Việt Nam');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('encodeTcvn3', () => {
  it('spells the vectors back', () => {
    expect(encodeTcvn3('Sở Khoa học và Công nghệ')).toBe('Së Khoa häc vµ C«ng nghÖ');
    expect(encodeTcvn3('Sở Giáo dục và Đào tạo')).toBe('Së Gi¸o dôc vµ §µo t¹o');
  });

  it('accepts NFD input', () => {
    expect(encodeTcvn3('Sở Giáo dục'.normalize('NFD'))).toBe('Së Gi¸o dôc');
  });

  it('writes an upper-case toned letter with its lower-case code, as for the "…H" fonts', () => {
    expect(encodeTcvn3('Ở')).toBe('ë');
  });
});

describe('round trip over every Vietnamese letter', () => {
  it.each(LOWER_LETTERS)('lower case %s', (letter) => {
    const encoded = encodeTcvn3(letter);
    expect([...encoded]).toHaveLength(1);
    expect(decodeTcvn3(encoded)).toBe(letter);
  });

  it.each(UPPER_LETTERS)('upper case %s through the H-font rule', (letter) => {
    expect(decodeTcvn3(encodeTcvn3(letter.toLowerCase()), true)).toBe(letter);
  });

  it('keeps the seven upper-case letters that have their own codes without the H font', () => {
    for (const letter of 'ĂÂÊÔƠƯĐ') expect(decodeTcvn3(encodeTcvn3(letter))).toBe(letter);
  });

  it('uses a single legacy code for each toned or marked vowel', () => {
    const marked = VOWEL_ROWS.join('').replace(/[aeiouy]/g, '');
    const codes = new Set([...marked].map(encodeTcvn3));
    expect(codes.size).toBe(marked.length);
  });
});
