// Resolve, normal forms: the surface form of a name (as the extractor wrote it) → the
// canonical form that decides identity across articles. Pure string functions.
//
// The canonical form of an organ name follows the abbreviation habits of Chinese official
// writing: a relative prefix (省委, 省人社厅, 市政府) means the newspaper's own province or
// city; 中国共产党/中共 and 人民 are dropped the way the press drops them (中共湖南省委 =
// 湖南省委, 湖南省人民政府 = 湖南省政府); long department names are cut to their usual
// short form (人力资源和社会保障厅 → 人社厅). Canonical forms are keys, never shown: the
// node's name is one of the forms the text wrote.
import { POLICY_SHORT_FORM_HEADS, MEETING_HEADS_LONGEST_FIRST, PROVINCES } from '../extract/lexicon';

/**
 * Newspapers whose name does not start with their province: the literary names of the
 * provinces (三湘 = 湖南, 荆楚/楚天 = 湖北, 齐鲁 = 山东 …) and the provincial party papers
 * with a name of their own.
 */
const NEWSPAPER_PREFIXES: ReadonlyArray<readonly [prefix: string, short: string]> = [
  ['三湘', '湖南'], ['潇湘', '湖南'], ['楚天', '湖北'], ['荆楚', '湖北'], ['齐鲁', '山东'],
  ['大众日报', '山东'], ['燕赵', '河北'], ['三晋', '山西'], ['三秦', '陕西'], ['八桂', '广西'],
  ['南方', '广东'], ['羊城', '广东'], ['新华日报', '江苏'], ['扬子', '江苏'], ['解放日报', '上海'],
  ['文汇报', '上海'], ['新民晚报', '上海'], ['钱江', '浙江'], ['华西', '四川'], ['大河', '河南'],
  ['黔', '贵州'], ['春城', '云南'], ['冀', '河北'], ['赣', '江西'], ['闽', '福建'],
];

/** Where a newspaper is from: the province (short name, e.g. 湖南) it writes 省… for. */
export interface Region {
  province: string | null;
}

const regionCache = new Map<string, Region>();

export function regionOf(newspaper: string | null | undefined): Region {
  if (!newspaper) return { province: null };
  const hit = regionCache.get(newspaper);
  if (hit) return hit;
  let province: string | null = null;
  for (const [full, short] of PROVINCES) {
    if (newspaper.startsWith(short) || newspaper.startsWith(full)) province = short;
  }
  if (!province) {
    for (const [prefix, short] of NEWSPAPER_PREFIXES) if (newspaper.startsWith(prefix)) province = short;
  }
  const region = { province };
  regionCache.set(newspaper, region);
  return region;
}

export function provinceFullName(short: string): string {
  return PROVINCES.find(([, s]) => s === short)?.[0] ?? short + '省';
}

/** The province a name explicitly starts with (湖南省…, 湖南…, 中共湖南省委…), else null. */
export function explicitProvince(name: string): string | null {
  const s = name.replace(/^(?:中国共产党|中共)/, '').replace(/^政协/, '');
  for (const [full, short] of PROVINCES) if (s.startsWith(full) || s.startsWith(short)) return short;
  return null;
}

/**
 * The province a title or organization name refers to: its explicit prefix, or — for a
 * relative form (省委书记, 副省长, 省人社厅) — the newspaper's province. Null when the name
 * says nothing about a province (总书记, 党委书记, 三一集团).
 */
export function provinceOf(name: string, region: Region): string | null {
  const explicit = explicitProvince(name);
  if (explicit) return explicit;
  if (/^(?:中共|政协)?省|^副省长|^省长/.test(name)) return region.province;
  return null;
}

// ---------------------------------------------------------------------------------------
// Surface cleaning (extraction.md "Names and normal forms")

const QUOTES = /[\s“”‘’"'「」『』《》〈〉]/g;

/** A name's middle dot as papers other than the national ones print it (`雪克来提•扎克尔`, `穆罕默德・巴盖里`). */
const OTHER_NAME_DOT = /(?<=[\u3400-\u9fff])[•・‧∙](?=[\u3400-\u9fff])/g;

/**
 * Spaces, quote marks and 《》 removed; full-width ASCII (digits, letters, brackets) folded; a
 * name's middle dot, in whichever form it was printed, made `·` (one person in every paper).
 */
export function cleanName(name: string): string {
  return name
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(OTHER_NAME_DOT, '·')
    .replace(QUOTES, '')
    .replace(/^[,.;:!?、，。；：！？·-]+|[,.;:!?、，。；：！？-]+$/g, '');
}

// ---------------------------------------------------------------------------------------
// Organ names

/**
 * How official writing shortens the names of party and state organs, long form first.
 * General patterns of the genre (人力资源和社会保障厅 → 人社厅 in every province), not a list
 * of particular bodies.
 */
const ORGAN_ABBREVIATIONS: ReadonlyArray<readonly [long: string, short: string]> = [
  ['中国人民政治协商会议', '政协'],
  ['人民代表大会常务委员会', '人大常委会'],
  ['人民代表大会', '人大'],
  ['常务委员会', '常委会'],
  ['人力资源和社会保障', '人社'],
  ['人力资源社会保障', '人社'],
  ['工业和信息化', '工信'],
  ['发展和改革委员会', '发改委'],
  ['发展改革委员会', '发改委'],
  ['发展改革委', '发改委'],
  ['住房和城乡建设', '住建'],
  ['住房城乡建设', '住建'],
  ['卫生健康委员会', '卫健委'],
  ['卫生健康委', '卫健委'],
  ['国有资产监督管理委员会', '国资委'],
  ['教育科学文化卫生委员会', '教科文卫委'],
  ['教科文卫委员会', '教科文卫委'],
  ['科学技术', '科技'],
  ['市场监督管理', '市场监管'],
  ['纪律检查委员会', '纪委'],
  ['政法委员会', '政法委'],
  ['外事工作委员会', '外事委'],
  ['机构编制委员会', '编委'],
  ['民族宗教事务委员会', '民宗委'],
  ['退役军人事务', '退役军人'],
  ['高级人民法院', '高院'],
  ['中级人民法院', '中院'],
  ['人民检察院', '检察院'],
  ['人民法院', '法院'],
  ['人民政府', '政府'],
];

/** The structural rewrites before abbreviation: party and CPPCC forms of an organ's name. */
function organStructure(s: string): string {
  s = s.replace(/^中国共产党/, '中共').replace(/^中华人民共和国(?=.)/, '');
  if (s === '党中央' || s === '中共中央委员会') return '中共中央';
  // 中共湖南省委员会 → 湖南省委; 中共湖南省委… → 湖南省委…
  s = s.replace(/^中共(?!中央)(.+?[省市县区州])委员会/, '$1委').replace(/^中共(?!中央)(?=.+?[省市县区州]委)/, '');
  // 政协湖南省委员会 → 湖南省政协; 中国人民政治协商会议全国委员会 → 全国政协
  s = s.replace(/^(?:中国人民政治协商会议|政协)(.+?)委员会/, '$1政协');
  return s;
}

function abbreviate(s: string): string {
  for (const [long, short] of ORGAN_ABBREVIATIONS) if (s.includes(long)) s = s.split(long).join(short);
  return s;
}

/** 省… → 湖南省… with the newspaper's province (not 省级, which is no organ's name). */
function expandRelative(s: string, region: Region): string {
  if (!region.province) return s;
  const full = provinceFullName(region.province);
  if (/^副省长/.test(s)) return full + s;
  // 省委 → 湖南省委; in a municipality's paper 市委 → 北京市委
  if (/^省(?!级)/.test(s) || (full.endsWith('市') && /^市(?!级)/.test(s))) return region.province + s;
  return s;
}

/** The canonical form of an organization (or of the organ part of a title). */
export function canonicalOrganization(name: string, region: Region): string {
  let s = organStructure(cleanName(name));
  s = abbreviate(s);
  return expandRelative(s, region);
}

/**
 * A relative name written out for display: 省人社厅 → 湖南省人社厅, 副省长 → 湖南省副省长,
 * 省长 → 湖南省长. Names that need no province are returned as they are.
 */
export function expandedName(name: string, region: Region): string {
  const s = cleanName(name);
  return expandRelative(s, region);
}

export const canonicalTitle = canonicalOrganization;

// ---------------------------------------------------------------------------------------
// Meetings

/** The head noun a meeting's name ends with (the extraction lexicon's, longest first), or null. */
export function meetingHead(name: string): string | null {
  for (const h of MEETING_HEADS_LONGEST_FIRST) if (name.endsWith(h) && name.length > h.length) return h;
  return null;
}

/**
 * The canonical form of a meeting name: the year prefix (2025年…) and a province-internal
 * scope (全省…, 全市…) dropped — the newspaper's province is the scope — then the organ
 * rules, so that 2025年省委外事工作委员会全体会议 and 湖南省委外事工作委员会全体会议 meet.
 */
export function canonicalMeeting(name: string, region: Region): string {
  let s = cleanName(name);
  s = s.replace(/^\d{4}年(?:度)?/, '');
  s = s.replace(/^全(?:省|市|县|区|州)/, '');
  return canonicalOrganization(s, region);
}

// ---------------------------------------------------------------------------------------
// Policies

/** The canonical form of a policy: quotes and 《》 removed, relative 省 expanded. */
export function canonicalPolicy(name: string, region: Region): string {
  return expandRelative(cleanName(name), region);
}

/**
 * The shorter forms a policy's name is cited by: without its province, without its
 * generic head noun (“智赋万企”行动 → 智赋万企), without (草案). Used to merge a short form
 * into the one long form that explains it.
 */
export function policyReductions(canon: string): string[] {
  const out = new Set<string>();
  const step = (s: string): string[] => {
    const r: string[] = [];
    const p = explicitProvince(s);
    if (p) {
      const full = provinceFullName(p);
      const rest = s.startsWith(full) ? s.slice(full.length) : s.slice(p.length);
      if (rest.length >= 2) r.push(rest);
    }
    if (s.startsWith('关于') && s.length > 4) r.push(s.slice(2));
    const draft = s.replace(/\(草案\)$|草案$/, '');
    if (draft !== s && draft.length >= 2) r.push(draft);
    for (const h of POLICY_SHORT_FORM_HEADS) if (s.endsWith(h) && s.length - h.length >= 2) r.push(s.slice(0, -h.length));
    return r;
  };
  let frontier = [canon];
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: string[] = [];
    for (const s of frontier) for (const r of step(s)) if (!out.has(r)) (out.add(r), next.push(r));
    frontier = next;
  }
  out.delete(canon);
  return [...out];
}

/** Shorter forms of a company or institution: without 集团/有限公司, without a 中国 prefix. */
export function organizationReductions(canon: string): string[] {
  const out = new Set<string>();
  const suffix = /(?:股份有限公司|有限责任公司|有限公司|集团)$/;
  let s = canon;
  for (let i = 0; i < 2; i++) {
    const r = s.replace(suffix, '');
    if (r === s || r.length < 2) break;
    out.add(r);
    s = r;
  }
  if (suffix.test(canon) && canon.startsWith('中国')) {
    for (const r of [canon, ...out]) if (r.length > 4) out.add(r.slice(2));
  }
  out.delete(canon);
  return [...out];
}

// ---------------------------------------------------------------------------------------
// Locations

/** 长沙市 = 长沙, 湖南省 = 湖南. */
export function canonicalLocation(name: string): string {
  const s = cleanName(name);
  for (const [full, short] of PROVINCES) if (s === full) return short;
  return s.length > 2 ? s.replace(/市$/, '') : s;
}
