/**
 * The words the task index compares (task-index.ts), and what each weighs.
 * Only for matching a report row to a plan task: the shared text helpers
 * (compareKey) stay as they are for names, statuses and deadlines.
 *
 * - Abbreviations of administrative Vietnamese are spelt out, so "Ban hành
 *   KH thực hiện QĐ 2711/QĐ-TTg" has the words of "Ban hành Kế hoạch thực
 *   hiện Quyết định số 2711/QĐ-TTg". Only unambiguous ones: "CN" alone
 *   (công nghệ, công nhân, chủ nhật …) is read only in "KH&CN", "KH-CN".
 * - An agency's role in a task ("Phối hợp …", "Chủ trì …") says nothing of
 *   which task it is: dropped.
 * - Phrases every plan is full of ("tổ chức", "hội nghị", "xây dựng", "kế
 *   hoạch", "các", "của" …) become one generic word each, weighing little:
 *   two tasks sharing only them are not the same task. A syllable keeps its
 *   weight elsewhere ("chức" of "công chức", "hội" of "Hội thi").
 * - Codes (document numbers such as "2711", "STEM", "IoT") are rare and
 *   exact: they weigh more. Years and 1–2 digit numbers (dates, counts) are
 *   generic.
 */
import { compareKey } from '../text/compare-key';

/** Folded abbreviation (space-separated, as compareKey gives it) → its folded words. */
const ABBREVIATIONS: Record<string, string> = {
  // Read in context only: "KH" alone is "kế hoạch", "CN" alone is left as it is.
  'kh va cn': 'khoa hoc va cong nghe',
  'kh cn': 'khoa hoc cong nghe',
  khcn: 'khoa hoc cong nghe',
  'kh va kt': 'khoa hoc va ky thuat',
  'kh kt': 'khoa hoc ky thuat',
  khkt: 'khoa hoc ky thuat',
  'kh va dt': 'ke hoach va dau tu',
  'kh dt': 'ke hoach dau tu',
  'gd va dt': 'giao duc va dao tao',
  'gd dt': 'giao duc dao tao',
  gddt: 'giao duc dao tao',
  'kt xh': 'kinh te xa hoi',
  ktxh: 'kinh te xa hoi',
  'nn va ptnt': 'nong nghiep va phat trien nong thon',
  nnptnt: 'nong nghiep phat trien nong thon',
  'tn va mt': 'tai nguyen va moi truong',
  tnmt: 'tai nguyen moi truong',
  'vh tt va dl': 'van hoa the thao va du lich',
  vhttdl: 'van hoa the thao du lich',
  'ld tb va xh': 'lao dong thuong binh va xa hoi',
  ldtbxh: 'lao dong thuong binh xa hoi',
  'qp an': 'quoc phong an ninh',
  qpan: 'quoc phong an ninh',
  kh: 'ke hoach',
  qd: 'quyet dinh',
  nq: 'nghi quyet',
  nd: 'nghi dinh',
  ttg: 'thu tuong',
  cp: 'chinh phu',
  tw: 'trung uong',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  ubmttq: 'uy ban mat tran to quoc',
  mttq: 'mat tran to quoc',
  cbccvc: 'can bo cong chuc vien chuc',
  cbcc: 'can bo cong chuc',
  ccvc: 'cong chuc vien chuc',
  cntt: 'cong nghe thong tin',
  cds: 'chuyen doi so',
  dmst: 'doi moi sang tao',
  nckh: 'nghien cuu khoa hoc',
  shtt: 'so huu tri tue',
  csdl: 'co so du lieu',
  dn: 'doanh nghiep',
  htx: 'hop tac xa',
  kcn: 'khu cong nghiep',
  cnh: 'cong nghiep hoa',
  hdh: 'hien dai hoa',
  cchc: 'cai cach hanh chinh',
  tthc: 'thu tuc hanh chinh',
  nsnn: 'ngan sach nha nuoc',
  dvsn: 'don vi su nghiep',
  thcs: 'trung hoc co so',
  thpt: 'trung hoc pho thong',
  gdnn: 'giao duc nghe nghiep',
  bhxh: 'bao hiem xa hoi',
  bhyt: 'bao hiem y te',
  pccc: 'phong chay chua chay',
  attp: 'an toan thuc pham',
};

/** Words naming the agency's part in a task, not the task. */
const ROLE_PHRASES = ['phoi hop voi', 'phoi hop', 'chu tri'];

/** Phrases of administrative Vietnamese found in tasks of every kind. */
const GENERIC_PHRASES = [
  // Function words.
  'cac',
  'cua',
  'va',
  've',
  'trong',
  'tai',
  'cho',
  'voi',
  'nhung',
  'duoc',
  'la',
  'theo',
  'den',
  'tren',
  'nhu',
  'mot',
  'nay',
  'da',
  'se',
  'khi',
  'cung',
  'viec',
  'nham',
  'bang',
  'dong thoi',
  // Time and place.
  'nam',
  'ngay',
  'thang',
  'giai doan',
  'hang nam',
  'thuong xuyen',
  'tinh',
  'dia phuong',
  'dia ban',
  'tren dia ban',
  'phuong xa',
  'so ban nganh',
  'co quan',
  'don vi',
  // Acts and documents.
  'to chuc',
  'hoi nghi',
  'gap mat',
  'tieu bieu',
  'xay dung',
  'trien khai',
  'thuc hien',
  'ban hanh',
  'ke hoach',
  'quyet dinh',
  'thu tuong',
  'chinh phu',
  'uy ban nhan dan',
  'hoi dong nhan dan',
  'tang cuong',
  'nang cao',
  'day manh',
  'hoat dong',
  'cong tac',
  'chuong trinh',
  'nhiem vu',
  'giai phap',
  'tham muu',
  'de xuat',
  'huong dan',
  'kiem tra',
  'giam sat',
  'danh gia',
  'bao cao',
  'theo doi',
  'ra soat',
  'quan ly',
  'phat trien',
  'hieu qua',
  'tiep tuc',
  'hoan thien',
  'dam bao',
  'lien quan',
  'ho tro',
];

export type WordKind = 'word' | 'generic' | 'code';

interface Trie {
  next: Map<string, Trie>;
  /** The phrase ending here: its replacement words, or the phrase's own generic word. */
  end?: string[];
}

function trie(entries: [string, string[]][]): Trie {
  const root: Trie = { next: new Map() };
  for (const [phrase, out] of entries) {
    let node = root;
    for (const w of phrase.split(' ')) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    node.end = out;
  }
  return root;
}

/** Replaces, left to right, the longest phrase of the trie starting at each word. */
function rewrite(words: readonly string[], t: Trie): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let node: Trie | undefined = t;
    let found: string[] | undefined;
    let len = 0;
    for (let j = i; j < words.length; j++) {
      node = node.next.get(words[j]);
      if (!node) break;
      if (node.end) {
        found = node.end;
        len = j - i + 1;
      }
    }
    if (found) {
      out.push(...found);
      i += len;
    } else out.push(words[i++]);
  }
  return out;
}

/** Generic phrases become one word, its syllables joined by "_". */
const GENERIC_JOIN = '_';

// Through compareKey once more, so the lists follow its folding ("ky" is "ki").
const fold = (phrase: string) => compareKey(phrase).split(' ');
const ABBREVIATION_TRIE = trie(Object.entries(ABBREVIATIONS).map(([k, v]) => [fold(k).join(' '), fold(v)]));
const ROLE_TRIE = trie(ROLE_PHRASES.map((p) => [fold(p).join(' '), []]));
const GENERIC_TRIE = trie(GENERIC_PHRASES.map((p) => [fold(p).join(' '), [fold(p).join(GENERIC_JOIN)]]));
const GENERIC_WORDS: ReadonlySet<string> = new Set(GENERIC_PHRASES.map((p) => fold(p).join(GENERIC_JOIN)));

// A Vietnamese syllable once marks are folded: onset, vowels, final consonant.
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
const YEAR = /^(?:19|20)\d\d$/;

/** What a word of a task key weighs: generic, an exact code, or an ordinary word. */
export function wordKind(word: string): WordKind {
  if (GENERIC_WORDS.has(word)) return 'generic';
  if (/^\d+$/.test(word)) return word.length <= 2 || YEAR.test(word) ? 'generic' : 'code';
  return SYLLABLE.test(word) ? 'word' : 'code';
}

/** The distinct words a task or a report row is compared by. */
export function taskWords(text: string): string[] {
  const folded = compareKey(text).split(' ').filter(Boolean);
  const words = rewrite(rewrite(rewrite(folded, ABBREVIATION_TRIE), ROLE_TRIE), GENERIC_TRIE);
  return [...new Set(words)];
}
