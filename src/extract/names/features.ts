// Character features of the person-name tagger, shared by training and tagging.
//
// Every character is first mapped to a normalized code (one code per UTF-16 unit, so offsets
// never move): full-width ASCII → ASCII, every digit → '0', every Latin letter → 'a', the
// several middle dots of transliterated names (· • ・ ‧) → '·', all white space → ' ', line
// breaks → '\n'. The 1998 People's Daily writes digits full-width and modern provincial papers
// half-width; without this the model would not carry over.
//
// Besides the characters themselves the tagger sees coarser "alphabets": how each character
// behaves in the training names (profile: starts a name / stands inside one / is a common
// surname; foreignness: is part of transliterated names), whether it lies in a known place or
// organization word (lexicon), and how the n-grams around it recur in the whole text (doc).
// They let the model read a name it never saw from characters it did.
//
// A feature is an n-gram of one alphabet at an offset from the position tagged (c-1c0,
// c+1c+2, …). Features are stored by n-gram: one table row per n-gram holds the weights of all
// its offsets (a Group), so tagging costs one lookup per group and position, not one per
// feature — what makes it faster than nodejieba's tag().

export function normalizeCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII
  if (c >= 0x30 && c <= 0x39) return 0x30; // digit
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 0x61; // Latin letter
  switch (c) {
    case 0x00b7: // ·
    case 0x2022: // •
    case 0x30fb: // ・
    case 0x2027: // ‧
    case 0xff65: // ･
    case 0x2219: // ∙
    case 0x22c5: // ⋅
      return 0xb7;
    case 0x20:
    case 0x09:
    case 0x3000:
    case 0xa0:
      return 0x20;
    case 0x0a:
    case 0x0d:
      return 0x0a;
    default:
      return c;
  }
}

/** normalizeCode of every UTF-16 unit, looked up rather than computed a character at a time */
const NORMALIZED = ((): Uint16Array => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = normalizeCode(c);
  return t;
})();

/** a coarse class of a normalized code: 0 CJK, 1 digit, 2 Latin, 3 space, 4 line break, 5 dot, 6 other punctuation/symbol */
export function charClass(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return 0;
  if (c >= 0x3400 && c <= 0x4dbf) return 0;
  if (c === 0x30) return 1;
  if (c === 0x61) return 2;
  if (c === 0x20) return 3;
  if (c === 0x0a) return 4;
  if (c === 0xb7) return 5;
  return 6;
}

/** Counts of one character in training text: all, as a name's first character, inside a name (not first), in a transliterated name. */
export interface CharCounts {
  n: number;
  first: number;
  inside: number;
  foreign: number;
}

function level(x: number, cuts: number[]): number {
  let l = 0;
  while (l < cuts.length && x >= cuts[l]!) l++;
  return l;
}

/** profile code of a character: class × start-of-name level × inside-name level; 0–2 reserved */
export function profileCode(c: number, k: CharCounts | undefined): number {
  const cls = charClass(c);
  if (cls !== 0) return 3 + cls;
  const std = SURNAMES.has(c) ? 48 : 0;
  if (!k || k.n === 0) return 11 + std; // a character training never saw
  const first = level((k.first + 0.05) / (k.n + 1), [0.003, 0.03, 0.12, 0.35, 0.7]);
  const inside = level((k.inside + 0.05) / (k.n + 1), [0.003, 0.03, 0.12, 0.35, 0.7]);
  return 12 + first * 6 + inside + std;
}

// Common Chinese surnames (the usual modern frequency lists and 百家姓), general knowledge
// rather than anything learned: lets the tagger start a name at a surname the 1998 training
// text rarely used as one (习 is mostly 学习 there).
export const SURNAMES = new Set<number>(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习',
    (ch) => ch.charCodeAt(0),
  ),
);

/** foreignness code: class, or for CJK how often the character is part of a transliterated name */
export function foreignCode(c: number, k: CharCounts | undefined): number {
  const cls = charClass(c);
  if (cls !== 0) return 3 + cls;
  if (!k || k.n === 0) return 11;
  return 12 + level((k.foreign + 0.05) / (k.n + 1), [0.01, 0.08, 0.25, 0.5, 0.8]);
}

/** The alphabets of a text, padded with PAD line breaks on each side. */
export interface Alphabets {
  n: number;
  chars: Int32Array;
  profile: Int32Array;
  foreign: Int32Array;
  /** where a known place or organization word stands: LEX_NONE, LEX_B, LEX_I, LEX_E */
  lexicon: Int32Array;
  /** how the character n-grams here recur in the whole text (documentCodes) */
  doc: Int32Array;
}

export const PAD = 5;
export const LEX_NONE = 3;
export const LEX_B = 4;
export const LEX_I = 5;
export const LEX_E = 6;

/**
 * Place and organization words (北京, 贝宁, 马尼拉, 新华社): many transliterated places look
 * like transliterated persons, and 长沙, 邵阳 start with a surname. Learned from the ns/nt
 * words of the training days; matched longest first, left to right.
 */
export class Lexicon {
  /**
   * The hashes of every beginning of a word, the word itself included (the scan stops where
   * none goes on), by open addressing: slot s holds [2s] the hash, [2s + 1] PREFIX, or WORD
   * for a whole word (a word is a beginning of itself: one probe answers both).
   */
  private readonly table: Int32Array;
  private readonly mask: number;
  /**
   * One bit per hash in the table (by its top LEX_FILTER_BITS bits): a clear bit says a hash
   * is not there without a probe of the table (most characters that begin a word are followed
   * by one that goes on none).
   */
  private readonly filter = new Int32Array(1 << (LEX_FILTER_BITS - 5));
  /** longest word length by first (normalized) character */
  private readonly maxLen = new Uint8Array(0x10000);
  /**
   * A bit per (normalized) character a word starts with (8 KB): mark asks it for every
   * character of a text, and most begin no word; maxLen, 64 KB, is read only where one does.
   */
  private readonly starts = new Int32Array(0x10000 >>> 5);
  readonly words: string[];

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((w) => w.length >= 2 && w.length <= 12).sort();
    // sized for the words up front, at most half full
    let chars = 0;
    for (const w of this.words) chars += w.length;
    let cap = 1024;
    while (cap < chars * 2) cap *= 2;
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
    for (const w of this.words) {
      let h = 0x51ed;
      for (let i = 0; i < w.length; i++) {
        h = mix(h, normalizeCode(w.charCodeAt(i)));
        const key = h >>> 0 || 1;
        const s = this.slot(key);
        this.table[2 * s] = key;
        this.filter[key >>> (32 - LEX_FILTER_BITS + 5)]! |= 1 << ((key >>> (32 - LEX_FILTER_BITS)) & 31);
        if (i === w.length - 1) this.table[2 * s + 1] = WORD;
        else if (this.table[2 * s + 1] === 0) this.table[2 * s + 1] = PREFIX;
      }
      const f = normalizeCode(w.charCodeAt(0));
      if (w.length > this.maxLen[f]!) this.maxLen[f] = w.length;
      this.starts[f >>> 5]! |= 1 << (f & 31);
    }
  }

  /** the slot of `key`, or the empty one where it would go */
  private slot(key: number): number {
    const table = this.table;
    const mask = this.mask;
    let s = (key ^ (key >>> 15)) & mask;
    while (table[2 * s + 1] !== 0 && table[2 * s] !== (key | 0)) s = (s + 1) & mask;
    return s;
  }

  /** marks lexicon words in `codes[from, to)` into `out` */
  mark(codes: Int32Array, from: number, to: number, out: Int32Array): void {
    const table = this.table;
    const filter = this.filter;
    const starts = this.starts;
    for (let i = from; i < to; i++) out[i] = LEX_NONE;
    for (let i = from; i < to; ) {
      const c = codes[i]!;
      if ((starts[c >>> 5]! & (1 << (c & 31))) === 0) {
        i++;
        continue;
      }
      const max = Math.min(this.maxLen[c]!, to - i);
      let found = 0;
      // (a character that begins a word, maxLen > 0, is a beginning: no probe for it)
      for (let l = 2, h = mix(0x51ed, codes[i]!); l <= max; l++) {
        h = mix(h, codes[i + l - 1]!);
        const key = h >>> 0 || 1;
        if ((filter[key >>> (32 - LEX_FILTER_BITS + 5)]! & (1 << ((key >>> (32 - LEX_FILTER_BITS)) & 31))) === 0) break;
        const what = table[2 * this.slot(key) + 1]!;
        if (what === 0) break;
        if (what === WORD) found = l;
      }
      if (found) {
        out[i] = LEX_B;
        for (let k = i + 1; k < i + found - 1; k++) out[k] = LEX_I;
        out[i + found - 1] = LEX_E;
        i += found;
      } else i++;
    }
  }
}

const PREFIX = 1;
const WORD = 2;
/** bits of the Lexicon's hash filter (16 KB) */
const LEX_FILTER_BITS = 17;

/** Looks up a character's profile and foreignness codes (normalized code → codes), and the lexicon. */
export interface CharCodeTable {
  profile(c: number): number;
  foreign(c: number): number;
  /**
   * The tagger's table whole, by UTF-16 unit (not normalized): normalizeCode | profile << 16 |
   * foreign << 24 (packCodes), read without a call — one word, so one cache line per character
   * of a text rather than one in each of three tables.
   */
  packed?: Int32Array;
  lexicon: Lexicon;
  /** reused for the document codes when given */
  counter?: DocCounter;
}

/** CharCodeTable.packed of a table whose profile and foreignness codes are 0–255 */
export function packCodes(table: Pick<CharCodeTable, 'profile' | 'foreign'>): Int32Array {
  const out = new Int32Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    const c = NORMALIZED[u]!;
    const p = table.profile(c);
    const f = table.foreign(c);
    if (p < 0 || p > 0xff || f < 0 || f > 0xff) throw new RangeError(`packCodes: code of U+${c.toString(16)} out of range (${p}, ${f})`);
    out[u] = c | (p << 16) | (f << 24);
  }
  return out;
}

/**
 * `scratch` (five arrays of at least text.length + 2 * PAD) is reused instead of allocating;
 * `doc` gives the documentCodes when the text is a part of a longer one (training lines).
 */
export function alphabets(text: string, table: CharCodeTable, scratch?: Int32Array[], doc?: Int32Array): Alphabets {
  const n = text.length;
  const len = n + 2 * PAD;
  const chars = scratch ? scratch[0]!.subarray(0, len) : new Int32Array(len);
  const profile = scratch ? scratch[1]!.subarray(0, len) : new Int32Array(len);
  const foreign = scratch ? scratch[2]!.subarray(0, len) : new Int32Array(len);
  const lexicon = scratch ? scratch[3]!.subarray(0, len) : new Int32Array(len);
  const docs = scratch ? scratch[4]!.subarray(0, len) : new Int32Array(len);
  // the text is padded with line breaks: a name at the very end of a string must look like
  // one at the end of a training line
  const nlP = table.profile(0x0a);
  const nlF = table.foreign(0x0a);
  for (let j = 0; j < PAD; j++) {
    chars[j] = chars[len - 1 - j] = 0x0a;
    profile[j] = profile[len - 1 - j] = nlP;
    foreign[j] = foreign[len - 1 - j] = nlF;
    lexicon[j] = lexicon[len - 1 - j] = 0x0a;
    docs[j] = docs[len - 1 - j] = 0x0a;
  }
  const packed = table.packed;
  if (packed) {
    for (let i = 0; i < n; i++) {
      const p = packed[text.charCodeAt(i)]!;
      chars[i + PAD] = p & 0xffff;
      profile[i + PAD] = (p >>> 16) & 0xff;
      foreign[i + PAD] = p >>> 24;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = NORMALIZED[text.charCodeAt(i)]!;
      chars[i + PAD] = c;
      profile[i + PAD] = table.profile(c);
      foreign[i + PAD] = table.foreign(c);
    }
  }
  table.lexicon.mark(chars, PAD, PAD + n, lexicon);
  if (doc) docs.set(doc, PAD);
  else (table.counter ?? new DocCounter()).run(chars.subarray(PAD, PAD + n), docs.subarray(PAD, PAD + n));
  // a line break inside the text looks like the padding in every alphabet: training reads one
  // line at a time, so a paragraph that starts after a break (or a sentence after an empty
  // headline) must look like the start of a training line, not like something it never saw
  for (let j = PAD; j < PAD + n; j++) if (chars[j] === 0x0a) lexicon[j] = docs[j] = 0x0a;
  return { n, chars, profile, foreign, lexicon, doc: docs };
}

/**
 * How the character n-grams at each position recur in the whole text — the same person is
 * usually named several times in an article, always with all of his name: for the bigram
 * starting here, how often it occurs (1, 2, 3–5, 6+), and which share of its occurrences
 * goes on with the same third character (田沛 always followed by 发 says the name is 田沛发);
 * the same looking left. Uses no labels, so training and tagging compute it alike.
 */
export function documentCodes(codes: Int32Array): Int32Array {
  const out = new Int32Array(codes.length);
  new DocCounter().run(codes, out);
  return out;
}

/**
 * documentCodes with buffers kept from call to call (the tagger's; no garbage per text). The
 * n-grams are counted by key in one open-addressing table, key and count side by side (slot
 * s: [2s] key, [2s + 1] count, 0 empty); a position keeps the slots of its bigram and trigram.
 */
export class DocCounter {
  private table = new Int32Array(0);
  private bi = new Int32Array(0);
  private tri = new Int32Array(0);

  run(codes: Int32Array, out: Int32Array): void {
    const n = codes.length;
    out.fill(3, 0, n);
    if (n < 2) return;
    if (this.bi.length < n) {
      this.bi = new Int32Array(n * 2);
      this.tri = new Int32Array(n * 2);
    }
    // a bigram and a trigram at most per position, the table at most half full (typically a
    // third: 32 KB for a text of 600 characters, which stays in L1 cache; a quarter full at most,
    // 64 KB, cost more in misses than the shorter probes saved): it never grows, and a table grown
    // for one long text is not wiped whole for every short one after it
    let cap = 1024;
    while (cap < 4 * n) cap *= 2;
    if (this.table.length < 2 * cap) this.table = new Int32Array(2 * cap);
    else this.table.fill(0, 0, 2 * cap);
    const { bi, tri, table } = this;
    const mask = cap - 1;
    for (let i = 0; i + 1 < n; i++) {
      const k2 = mix(mix(0x2b1, codes[i]!), codes[i + 1]!);
      // (keys are never 0: an empty slot's key says it is empty)
      const key2 = (k2 >>> 0 || 1) | 0;
      let s = (key2 ^ (key2 >>> 15)) & mask;
      for (let t = table[2 * s]!; t !== key2 && t !== 0; t = table[2 * s]!) s = (s + 1) & mask;
      table[2 * s] = key2;
      table[2 * s + 1]++;
      bi[i] = s;
      if (i + 2 < n) {
        const key3 = (mix(k2 ^ 0x3c1, codes[i + 2]!) >>> 0 || 1) | 0;
        s = (key3 ^ (key3 >>> 15)) & mask;
        for (let t = table[2 * s]!; t !== key3 && t !== 0; t = table[2 * s]!) s = (s + 1) & mask;
        table[2 * s] = key3;
        table[2 * s + 1]++;
        tri[i] = s;
      } else tri[i] = -1;
    }
    for (let i = 0; i < n; i++) {
      if (charClass(codes[i]!) !== 0 || i + 1 >= n) continue;
      const b2 = table[2 * bi[i]! + 1]!;
      const freq = FREQ[b2 < 6 ? b2 : 6]!;
      const right = tri[i]! >= 0 ? purity(table[2 * tri[i]! + 1]!, b2) : 0;
      // left: the trigram ending here against the bigram ending here
      const left = i >= 2 ? purity(table[2 * tri[i - 2]! + 1]!, table[2 * bi[i - 1]! + 1]!) : 0;
      out[i] = 16 + right * 16 + left * 4 + freq;
    }
  }
}

/** a bigram's frequency level by its count (1, 2, 3–5, 6+), looked up: the counts do not branch predictably */
const FREQ = new Int32Array([0, 0, 1, 2, 2, 2, 3]);

/**
 * Which share of a bigram's `whole` occurrences go on as the trigram of `part`: 0 (the bigram
 * once only), 1 (less than half), 2 (half or more), 3 (all). The last two by arithmetic, not
 * branches: ((whole - 2 part - 1) >>> 31) is 1 when 2 part ≥ whole.
 */
const purity = (part: number, whole: number): number => (whole < 2 ? 0 : 1 + ((whole - part * 2 - 1) >>> 31) + (part === whole ? 1 : 0));

/**
 * A feature group: n-grams of one alphabet and the
 * offsets, relative to the position tagged, at which an n-gram's first code may stand.
 */
export interface Group {
  alphabet: 'chars' | 'profile' | 'foreign' | 'lexicon' | 'doc';
  n: 1 | 2 | 3;
  offsets: number[];
}

export const GROUPS: Group[] = [
  { alphabet: 'chars', n: 1, offsets: [-2, -1, 0, 1, 2] },
  { alphabet: 'chars', n: 2, offsets: [-2, -1, 0, 1] },
  { alphabet: 'chars', n: 3, offsets: [-3, -2, -1, 0, 1] },
  { alphabet: 'profile', n: 1, offsets: [-1, 0, 1] },
  { alphabet: 'profile', n: 2, offsets: [-2, -1, 0, 1] },
  { alphabet: 'profile', n: 3, offsets: [-3, -2, -1, 0, 1] },
  { alphabet: 'foreign', n: 3, offsets: [-3, -2, -1, 0, 1] },
  { alphabet: 'lexicon', n: 1, offsets: [-1, 0, 1] },
  { alphabet: 'doc', n: 1, offsets: [-2, -1, 0, 1, 2] },
  { alphabet: 'doc', n: 2, offsets: [-2, -1, 0] },
];

/** identifies GROUPS and the alphabets' definitions; a model trained with another spec is stale */
export const FEATURE_SPEC = 'groups10-v9';

export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** what group g's n-gram keys start from (ngramKey, groupKeys) */
export const groupSalt = (g: number): number => mix(0x9e3779b9, g + 1);

/** the key of one n-gram of group g (as groupKeys computes it at each position) */
export function ngramKey(g: number, c1: number, c2 = 0, c3 = 0): number {
  const grp = GROUPS[g]!;
  const salt = groupSalt(g);
  if (grp.n === 1) return mix(salt, c1) >>> 0 || 1;
  if (grp.n === 2) return mix(mix(salt, c1), c2) >>> 0 || 1;
  return mix(mix(mix(salt, c1), c2), c3) >>> 0 || 1;
}

/**
 * Largest code + 1 of each alphabet, for the groups the tagger turns into dense tables
 * (profile codes < 96, foreignness < 24, lexicon and document codes < 80; characters are
 * UTF-16 units).
 */
export const ALPHABET_SIZE: Record<Group['alphabet'], number> = { chars: 0x10000, profile: 128, foreign: 32, lexicon: 128, doc: 128 };

/** the n-gram keys of group g at every padded index j (0 where the n-gram would run off the end) */
export function groupKeys(a: Alphabets, g: number, scratch?: Uint32Array): Uint32Array {
  const grp = GROUPS[g]!;
  const codes = a[grp.alphabet];
  const len = codes.length;
  const keys = scratch ? scratch.subarray(0, len).fill(0) : new Uint32Array(len);
  const salt = groupSalt(g);
  if (grp.n === 1) {
    for (let j = 0; j < len; j++) keys[j] = mix(salt, codes[j]!) >>> 0 || 1;
  } else if (grp.n === 2) {
    for (let j = 0; j + 1 < len; j++) keys[j] = mix(mix(salt, codes[j]!), codes[j + 1]!) >>> 0 || 1;
  } else {
    for (let j = 0; j + 2 < len; j++) keys[j] = mix(mix(mix(salt, codes[j]!), codes[j + 1]!), codes[j + 2]!) >>> 0 || 1;
  }
  return keys;
}

/** Tags of the BIE scheme: O outside, B first character of a name, I inside, E last. */
export const TAGS = ['O', 'B', 'I', 'E'] as const;
export const T_O = 0;
export const T_B = 1;
export const T_I = 2;
export const T_E = 3;
export const TAG_COUNT = 4;

/** allowed[prev * 4 + next]; a name is B (I)* E, so it is at least two characters long */
export const ALLOWED = new Uint8Array([
  // O→   O B I E
  1, 1, 0, 0,
  // B→
  0, 0, 1, 1,
  // I→
  0, 0, 1, 1,
  // E→
  1, 1, 0, 0,
]);
/**
 * Rules out tags a character cannot have: a name starts and ends with a Chinese character (or
 * a Latin letter), and has only those and the middle dot inside; white space, digits and
 * punctuation are never part of one. Sets the emission of a ruled-out tag to -1e9.
 */
export function maskEmissions(emit: Float64Array, a: Alphabets): void {
  for (let i = 0; i < a.n; i++) {
    const cls = charClass(a.chars[i + PAD]!);
    if (cls === 0 || cls === 2) continue;
    const o = i * TAG_COUNT;
    emit[o + T_B] = -1e9;
    emit[o + T_E] = -1e9;
    // (a dot beside another is an ellipsis, `博览会······一场场`, not a name's dot)
    if (cls !== 5 || charClass(a.chars[i + PAD - 1]!) === 5 || charClass(a.chars[i + PAD + 1]!) === 5) emit[o + T_I] = -1e9;
  }
}

/** whether a name's characters pass maskEmissions (training leaves out names that do not) */
export function nameAllowed(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const cls = charClass(normalizeCode(text.charCodeAt(i)));
    if (cls === 0 || cls === 2) continue;
    if (cls !== 5 || i === start || i === end - 1 || charClass(normalizeCode(text.charCodeAt(i + 1))) === 5) return false;
  }
  return true;
}

/** tags a text may start with / end with */
export const START_OK = [1, 1, 0, 0];
export const END_OK = [1, 0, 0, 1];
