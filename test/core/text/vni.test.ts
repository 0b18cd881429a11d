import { decodeVni, encodeVni } from '../../../src/core/text/legacy/vni';
import { ALL_LETTERS } from './letters';

describe('decodeVni', () => {
  it.each([
    ['Sôû Khoa hoïc vaø Coâng ngheä', 'Sở Khoa học và Công nghệ'],
    ['UÛY BAN NHAÂN DAÂN TÆNH', 'ỦY BAN NHÂN DÂN TỈNH'],
    ['Quyeát ñònh', 'Quyết định'],
    ['Ñaø Naüng', 'Đà Nẵng'],
  ])('decodes the VIETNAMESE.md vector %j', (vni, unicode) => {
    expect(decodeVni(vni)).toBe(unicode);
  });

  it('reads ơ and ư as single bytes that take tones (ôù = ớ, öï = ự)', () => {
    expect(decodeVni('ngöôøi')).toBe('người');
    expect(decodeVni('lôùp')).toBe('lớp');
    expect(decodeVni('söï')).toBe('sự');
  });

  it('reads the single-byte i and y letters', () => {
    expect(decodeVni('ó ò æ î í ì Ó Ò Æ Î')).toBe('ĩ ị ỉ ỵ í ì Ĩ Ị Ỉ Ỵ');
  });

  it('leaves ASCII alone', () => {
    const ascii = 'KH&CN, KH-KT; 2.000 (1.1.) "UBND" #@!';
    expect(decodeVni(ascii)).toBe(ascii);
  });

  it('decodes text that was decomposed after it was written', () => {
    expect(decodeVni('Quyeát ñònh'.normalize('NFD'))).toBe('Quyết định');
  });
});

describe('encodeVni', () => {
  it.each([
    ['ơ', 'ô'],
    ['Ơ', 'Ô'],
    ['ư', 'ö'],
    ['Ư', 'Ö'],
    ['đ', 'ñ'],
    ['Đ', 'Ñ'],
    ['ớ', 'ôù'],
    ['ự', 'öï'],
    ['ắ', 'aé'],
    ['ẵ', 'aü'],
    ['ấ', 'aá'],
    ['ậ', 'aä'],
    ['Ặ', 'AË'],
    ['Ầ', 'AÀ'],
    ['ỳ', 'yø'],
    ['Ý', 'YÙ'],
    ['ỉ', 'æ'],
    ['Ỉ', 'Æ'],
    ['í', 'í'],
    ['ỵ', 'î'],
  ])('spells %s as %j', (letter, vni) => {
    expect(encodeVni(letter)).toBe(vni);
  });

  it('spells the vectors back, from NFC or NFD', () => {
    expect(encodeVni('Sở Khoa học và Công nghệ')).toBe('Sôû Khoa hoïc vaø Coâng ngheä');
    expect(encodeVni('ỦY BAN NHÂN DÂN TỈNH'.normalize('NFD'))).toBe('UÛY BAN NHAÂN DAÂN TÆNH');
  });
});

describe('round trip over every Vietnamese letter', () => {
  it.each(ALL_LETTERS)('%s', (letter) => {
    expect(decodeVni(encodeVni(letter))).toBe(letter);
  });

  it('every letter inside a word', () => {
    for (const letter of ALL_LETTERS) {
      const word = `Ng${letter}nh`;
      expect(decodeVni(encodeVni(word))).toBe(word);
    }
  });
});
