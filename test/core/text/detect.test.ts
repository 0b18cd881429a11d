import type { SheetCell } from '../../../src/core/model/sheet';
import {
  convertLegacy,
  decodeCell,
  detectLegacy,
  legacyFromFont,
} from '../../../src/core/text/legacy/detect';
import { encodeTcvn3 } from '../../../src/core/text/legacy/tcvn3';
import { encodeVni } from '../../../src/core/text/legacy/vni';

const PLAN_LINES = [
  'Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành liên quan',
  'Ủy ban nhân dân các xã, phường tổ chức triển khai thực hiện',
  'Hoàn thành việc số hóa hồ sơ thủ tục hành chính trong năm 2026',
  'Quyết định phê duyệt đề án phát triển nguồn nhân lực',
];

describe('legacyFromFont', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    [' .vntime ', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['vni times', 'vni'],
    ['Times New Roman', null],
    ['Arial', null],
    ['VnTime', null],
    ['VNITimes', null],
    ['', null],
  ])('%j → %j', (font, expected) => {
    expect(legacyFromFont(font)).toBe(expected);
  });

  it('knows nothing without a font', () => {
    expect(legacyFromFont(undefined)).toBeNull();
    expect(legacyFromFont(null)).toBeNull();
  });
});

describe('convertLegacy', () => {
  it('converts TCVN3 and VNI', () => {
    expect(convertLegacy('Së Gi¸o dôc vµ §µo t¹o', 'tcvn3', '.VnTime')).toBe('Sở Giáo dục và Đào tạo');
    expect(convertLegacy('Ñaø Naüng', 'vni', 'VNI-Times')).toBe('Đà Nẵng');
  });

  it('upper-cases runs in an all-caps "…H" TCVN3 font', () => {
    expect(convertLegacy('kÕ ho¹ch', 'tcvn3', '.VnTimeH')).toBe('KẾ HOẠCH');
    expect(convertLegacy('kÕ ho¹ch', 'tcvn3', '.VnTime')).toBe('kế hoạch');
  });

  it('returns NFC', () => {
    const out = convertLegacy('ViÖt Nam'.normalize('NFD'), 'tcvn3');
    expect(out).toBe('Việt Nam'.normalize('NFC'));
  });

  it('leaves text alone without an encoding', () => {
    expect(convertLegacy('Së', null)).toBe('Së');
  });
});

describe('detectLegacy with a font', () => {
  it('follows a legacy font', () => {
    expect(detectLegacy('Së Y tÕ', '.VnTime')).toBe('tcvn3');
    expect(detectLegacy('vµ', '.VnTime')).toBe('tcvn3');
    expect(detectLegacy('Sôû Y teá', 'VNI-Times')).toBe('vni');
  });

  it('takes any other font as Unicode, whatever the characters', () => {
    expect(detectLegacy('Së Khoa häc vµ C«ng nghÖ', 'Times New Roman')).toBeNull();
  });

  it('never converts real Unicode, even in a legacy font', () => {
    expect(detectLegacy('Sở Khoa học và Công nghệ', '.VnTime')).toBeNull();
    expect(detectLegacy('Sở Khoa học'.normalize('NFD'), 'VNI-Times')).toBeNull();
  });

  it('reports nothing when conversion would change nothing', () => {
    expect(detectLegacy('STT', '.VnTime')).toBeNull();
    expect(detectLegacy('2026', 'VNI-Times')).toBeNull();
    expect(detectLegacy('', '.VnTime')).toBeNull();
  });

  it('reports lower-case ASCII in an all-caps font, which shows as capitals', () => {
    expect(detectLegacy('stt', '.VnTimeH')).toBe('tcvn3');
  });

  it('keeps CP1252 punctuation inside legacy text', () => {
    expect(detectLegacy('“Së Y tÕ” – 2026', '.VnTime')).toBe('tcvn3');
    expect(convertLegacy('“Së Y tÕ” – 2026', 'tcvn3')).toBe('“Sở Y tế” – 2026');
  });
});

describe('detectLegacy by statistics (no font)', () => {
  it.each([
    ['Së Khoa häc vµ C«ng nghÖ', 'tcvn3'],
    ['Së Gi¸o dôc vµ §µo t¹o', 'tcvn3'],
    ['Sôû Khoa hoïc vaø Coâng ngheä', 'vni'],
    ['UÛY BAN NHAÂN DAÂN TÆNH', 'vni'],
    ['Quyeát ñònh', 'vni'],
    ['Ñaø Naüng', 'vni'],
  ])('recognises the vector %j', (text, expected) => {
    expect(detectLegacy(text)).toBe(expected);
  });

  it.each(PLAN_LINES)('recognises plan text in both encodings: %s', (line) => {
    expect(detectLegacy(encodeTcvn3(line))).toBe('tcvn3');
    expect(detectLegacy(encodeVni(line))).toBe('vni');
  });

  it('recognises legacy text that keeps HĐND-style acronyms', () => {
    expect(detectLegacy(encodeTcvn3('Thường trực HĐND tỉnh; Lãnh đạo VP UBND tỉnh'))).toBe('tcvn3');
  });

  it('does not guess on a very short text', () => {
    expect(detectLegacy('vµ')).toBeNull();
    expect(detectLegacy('Soá')).toBeNull();
  });

  it.each([
    'Hà Tây',
    'Café',
    'Ngô',
    'Cà Mau',
    'Lào Cai',
    'Tây Ninh',
    'Yên Bái',
    'Hòa Bình',
    'Phú Yên',
    'Tây Nguyên',
    'Kiên Giang',
    'Hà Tây, Cà Mau, Lào Cai, Tây Ninh, Yên Bái, Hòa Bình, Khánh Hòa, Phú Yên, Kiên Giang, Thái Bình, Chí Linh, Tân Phú',
    'Ông Tô Lâm chào Anh Tú tại Hà Tây',
  ])('never flags Latin-1-only Vietnamese Unicode: %s', (text) => {
    expect(detectLegacy(text)).toBeNull();
  });

  it.each(PLAN_LINES)('never flags real Unicode, NFC or NFD: %s', (line) => {
    expect(detectLegacy(line)).toBeNull();
    expect(detectLegacy(line.normalize('NFD'))).toBeNull();
  });

  it.each([
    'The quick brown fox jumps over the lazy dog',
    'Department of Science and Technology; Provincial People’s Committee',
    'résumé, café, naïve, coöperate, Zoë, fiancée',
    'Où est passé le goût de la crème brûlée à Noël ? Déjà vu, façade, garçon, maître, où, où, où.',
    'Où? Où? Où? Là-bas, où la forêt est épaisse.',
    'Müller Straße für Öffentlichkeit über Äpfel',
    'mañana, año, niño, señor, España',
    'Desenvolver permanentemente a força de vendas; Ainda não aprovado; Criação do material; mãe, pão',
    'Slovenské paradajky, Náhrobné svetlo, Zimné pneumatiky, sleva z úroku -50%',
    'où va où la où',
    'mãe da mãe da mãe',
    'nª nª nª',
  ])('never flags English or other Latin-1 languages: %s', (text) => {
    expect(detectLegacy(text)).toBeNull();
  });

  it.each([
    '2.000.000',
    '15/12/2025',
    '1.1.',
    '10,5%',
    '½ ¼ ¾',
    '© 2024',
    '§ 3, § 4, § 5',
    '£100 €200',
    '“Kế hoạch” – 2026',
    '',
    '   ',
  ])('never flags numbers and symbols: %j', (text) => {
    expect(detectLegacy(text)).toBeNull();
  });
});

describe('decodeCell', () => {
  it('returns non-string values as text, unchanged', () => {
    expect(decodeCell({ value: 46022, format: 'dd/mm/yyyy', font: '.VnTime' })).toEqual({
      text: '46022',
      encoding: null,
    });
    expect(decodeCell({ value: true })).toEqual({ text: 'true', encoding: null });
    expect(decodeCell({ value: null, error: '#N/A' })).toEqual({ text: '', encoding: null });
  });

  it('converts by the cell font', () => {
    expect(decodeCell({ value: 'Së Y tÕ', font: '.VnTime' })).toEqual({ text: 'Sở Y tế', encoding: 'tcvn3' });
    expect(decodeCell({ value: 'Sôû Y teá', font: 'VNI-Times' })).toEqual({
      text: 'Sở Y tế',
      encoding: 'vni',
    });
    expect(decodeCell({ value: 'kÕ ho¹ch', font: '.VnTimeH' })).toEqual({
      text: 'KẾ HOẠCH',
      encoding: 'tcvn3',
    });
  });

  it('leaves Unicode cells alone', () => {
    expect(decodeCell({ value: 'Sở Y tế', font: 'Times New Roman' })).toEqual({
      text: 'Sở Y tế',
      encoding: null,
    });
    expect(decodeCell({ value: 'Hà Tây' })).toEqual({ text: 'Hà Tây', encoding: null });
  });

  it('judges each rich-text run by its own font', () => {
    const cell: SheetCell = {
      value: 'Së Y tÕ và Sôû Taøi chính',
      font: 'Times New Roman',
      runs: [
        { text: 'Së Y tÕ', font: '.VnTime' },
        { text: ' và ', font: 'Times New Roman' },
        { text: 'Sôû Taøi chính', font: 'VNI-Times' },
      ],
    };
    expect(decodeCell(cell)).toEqual({ text: 'Sở Y tế và Sở Tài chính', encoding: 'tcvn3' });
  });

  it('gives a run without a font the cell font', () => {
    const cell: SheetCell = {
      value: 'STT: Së Y tÕ',
      font: '.VnTime',
      runs: [{ text: 'STT: ', font: 'Arial' }, { text: 'Së Y tÕ' }],
    };
    expect(decodeCell(cell)).toEqual({ text: 'STT: Sở Y tế', encoding: 'tcvn3' });
  });

  it('upper-cases only the run in the all-caps font', () => {
    const cell: SheetCell = {
      value: 'kÕ ho¹ch vµ',
      runs: [
        { text: 'kÕ ho¹ch', font: '.VnTimeH' },
        { text: ' vµ', font: '.VnTime' },
      ],
    };
    expect(decodeCell(cell).text).toBe('KẾ HOẠCH và');
  });

  it('uses statistics on the whole text when no font is known', () => {
    const legacy = encodeTcvn3(PLAN_LINES[0]);
    expect(decodeCell({ value: legacy })).toEqual({ text: PLAN_LINES[0], encoding: 'tcvn3' });
    const runs = [{ text: legacy.slice(0, 10) }, { text: legacy.slice(10) }];
    expect(decodeCell({ value: legacy, runs })).toEqual({ text: PLAN_LINES[0], encoding: 'tcvn3' });
  });

  it('returns NFC for converted text', () => {
    const { text } = decodeCell({ value: 'Sôû Y teá'.normalize('NFD'), font: 'VNI-Times' });
    expect(text).toBe('Sở Y tế'.normalize('NFC'));
  });
});
