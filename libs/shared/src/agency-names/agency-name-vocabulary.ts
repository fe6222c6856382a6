/**
 * Word lists used to normalise agency names. All entries are folded (see foldVietnamese) and have
 * their joiners removed, so "KH&ĐT", "KH-ĐT" and "khđt" all look up "khdt".
 */

/** Abbreviations expanded into words, so "Sở TN&MT" and "Sở Tài nguyên và Môi trường" share a key. */
export const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    ubnd: 'uy ban nhan dan',
    hdnd: 'hoi dong nhan dan',
    vp: 'van phong',
    tp: 'thanh pho',
    tx: 'thi xa',
    bql: 'ban quan ly',
    kkt: 'khu kinh te',
    kcn: 'khu cong nghiep',
    tnmt: 'tai nguyen moi truong',
    khdt: 'ke hoach dau tu',
    ldtbxh: 'lao dong thuong binh xa hoi',
    tttt: 'thong tin truyen thong',
    gtvt: 'giao thong van tai',
    nnptnt: 'nong nghiep phat trien nong thon',
    vhttdl: 'van hoa the thao du lich',
    vh: 'van hoa',
    ttdl: 'the thao du lich',
    gddt: 'giao duc dao tao',
    khcn: 'khoa hoc cong nghe',
    ptth: 'phat thanh truyen hinh',
    ttdt: 'thong tin dien tu',
    bhxh: 'bao hiem xa hoi',
    kbnn: 'kho bac nha nuoc',
  }).map(([abbreviation, expansion]) => [abbreviation, expansion.split(' ')]),
);

/** Words that only link list items; they separate candidates and never count in a key. */
export const CONJUNCTION_WORDS: ReadonlySet<string> = new Set(['va', 'hoac']);

/** Words dropped from keys: "Các Sở, ban, ngành" and "Sở, ban, ngành" mean the same set. */
export const STOPWORDS: ReadonlySet<string> = new Set(['cac']);

const PEOPLES_COMMITTEE = ['uy', 'ban', 'nhan', 'dan'];
const UNIT_LEVELS: readonly (readonly string[])[] = [
  ['huyen'],
  ['thi', 'xa'],
  ['thanh', 'pho'],
  ['xa'],
  ['phuong'],
  ['thi', 'tran'],
];

/**
 * Leading words naming the kind of body. Stripping them gives the bare subject ("noi vu", "nui thanh"),
 * which is how lists are written once the head has been said ("Sở Tài chính, Kế hoạch và Đầu tư").
 * Longest first so that "uy ban nhan dan huyen" wins over "uy ban nhan dan".
 */
export const STRIPPABLE_HEADS: readonly (readonly string[])[] = [
  ...UNIT_LEVELS.map((level) => [...PEOPLES_COMMITTEE, ...level]),
  PEOPLES_COMMITTEE,
  ['so'],
  ['ban'],
].sort((a, b) => b.length - a.length);

/** First words that say what kind of body a name is; fuzzy matching never edits them ("Bộ" ≠ "Sở"). */
export const ORGANISATION_HEAD_WORDS: ReadonlySet<string> = new Set([
  'so',
  'bo',
  'ban',
  'cuc',
  'chi',
  'van',
  'dai',
  'bao',
  'cong',
  'trung',
  'uy',
  'thanh',
  'kho',
  'vien',
  'truong',
  'hoi',
  'lien',
  'phong',
  'tong',
  'toa',
]);

/** Place words at the end of a name that do not change which body is meant. */
export const LOCALITY_SUFFIXES: readonly (readonly string[])[] = [
  ['tinh', 'quang', 'nam'],
  ['quang', 'nam'],
  ['tinh'],
];

/** Trailing qualifiers that narrow a body or group without naming another one. */
export const QUALIFIER_SUFFIXES: readonly (readonly string[])[] = [
  ['co', 'lien', 'quan'],
  ['lien', 'quan'],
  ['duoc', 'chon', 'thi', 'diem'],
  ['thuoc', 'tinh'],
  ['tren', 'dia', 'ban', 'tinh'],
  ['tren', 'dia', 'ban'],
  ['cap', 'tinh'],
  ...LOCALITY_SUFFIXES,
];

/** Keys too generic to identify a body on their own, even when a stripping rule produces them. */
export const GENERIC_KEYS: ReadonlySet<string> = new Set([
  'tinh',
  'quang nam',
  'tinh quang nam',
  'uy ban nhan dan',
  'van phong',
  'so',
  'ban',
  'nganh',
  'huyen',
  'thi xa',
  'thanh pho',
  'xa',
  'phuong',
  'thi tran',
  'cap huyen',
  'cap xa',
  'cap tinh',
]);

/**
 * The heads a list prefix distributes over its items: "Sở: TNMT, Xây dựng" → "so";
 * "Ủy ban nhân dân các huyện, thị xã, thành phố: Núi Thành, Hội An" → "uy ban nhan dan huyen", … .
 */
export function distributedHeads(prefixWords: readonly string[]): string[][] {
  const heads: string[][] = [];
  const add = (head: readonly string[]): void => {
    if (!heads.some((h) => h.join(' ') === head.join(' '))) heads.push([...head]);
  };
  let hasCommittee = false;
  const levels: (readonly string[])[] = [];
  for (let i = 0; i < prefixWords.length; i++) {
    const word = prefixWords[i];
    if (startsWithAt(prefixWords, i, PEOPLES_COMMITTEE)) {
      hasCommittee = true;
      i += PEOPLES_COMMITTEE.length - 1;
      continue;
    }
    if (word === 'so') add(['so']);
    if (word === 'ban') add(['ban']);
    const level = UNIT_LEVELS.find((l) => startsWithAt(prefixWords, i, l));
    if (level) {
      levels.push(level);
      i += level.length - 1;
    }
  }
  if (hasCommittee || levels.length > 0) {
    for (const level of levels) add([...PEOPLES_COMMITTEE, ...level]);
    if (hasCommittee) add(PEOPLES_COMMITTEE);
  }
  return heads;
}

export function startsWithAt(words: readonly string[], at: number, part: readonly string[]): boolean {
  if (at + part.length > words.length) return false;
  return part.every((w, i) => words[at + i] === w);
}

export function endsWith(words: readonly string[], part: readonly string[]): boolean {
  return words.length > part.length && startsWithAt(words, words.length - part.length, part);
}
