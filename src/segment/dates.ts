// Dates of a page: the year from the page header, else from the text, never invented.

export interface HeaderDate {
  year: number;
  month: number;
  day: number | null;
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The page header's date: `2025年3月` with the day on its own line (`27`), or
 * `2025年3月27日` in one line, within the first lines of the page.
 */
export function pageYear(top: string[]): HeaderDate | null {
  for (let i = 0; i < top.length; i++) {
    // (a header is a line of its own, no sentence: `１９９３年８月底，在挪威的撮合下…` opens a paragraph of history)
    if (/[，。；！？,]/.test(top[i])) continue;
    const m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/.exec(top[i].replace(/\s+/g, ''));
    if (!m) continue;
    const year = Number(m[1]);
    const month = Number(m[2]);
    let day = m[3] ? Number(m[3]) : null;
    if (day === null) {
      for (let j = i + 1; j < Math.min(top.length, i + 4); j++) {
        if (/^\d{1,2}$/.test(top[j].trim())) {
          day = Number(top[j].trim());
          break;
        }
      }
    }
    if (year > 1900 && month >= 1 && month <= 12) return { year, month, day };
  }
  return null;
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function cnNumber(s: string): number | null {
  // 十四 → 14, 十五 → 15, 九 → 9, 十 → 10
  if (!s) return null;
  if (s.length === 1) return CN_NUM[s] ?? null;
  if (s[0] === '十') return 10 + (CN_NUM[s[1]] ?? 0);
  if (s.length === 2 && s[1] === '十') return (CN_NUM[s[0]] ?? 0) * 10;
  if (s.length === 3 && s[1] === '十') return (CN_NUM[s[0]] ?? 0) * 10 + (CN_NUM[s[2]] ?? 0);
  return null;
}

/**
 * The year the text itself tells, when the page has no header:
 *  - `“十四五”规划收官之年` / `开局之年` (the N-th five-year plan runs from 1956 + 5(N−1),
 *    for N ≥ 4: the 11th is 2006–2010, the 14th 2021–2025);
 *  - otherwise the year written most often (`2024 年前 2 个月`, `2024年是…`), the later on a tie.
 */
export function yearFromText(text: string): number | null {
  return planYear(text) ?? frequentYear(text);
}

/** `“十四五”规划收官之年`: a year the text states outright. */
export function planYear(text: string): number | null {
  // `今天是一九九七年的最后一天`, `今年是2024年`: the year said outright
  const said = /(?:今天|今年)是((?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})\s*年/.exec(text);
  if (said) return yearNumber(said[1]);
  const plan = /“?([一二三四五六七八九十]{1,3})五”?(?:规划)?(收官|开局|起步)之年/.exec(text);
  if (plan) {
    const n = cnNumber(plan[1]);
    if (n !== null && n >= 4) return 1956 + 5 * (n - 1) + (plan[2] === '收官' ? 4 : 0);
  }
  return null;
}

/**
 * The year written most often, the later on a tie: a guess, weaker than the caller's
 * `--year` (a January report looking back on the year before names that year most).
 */
export function frequentYear(text: string): number | null {
  const counts = new Map<number, number>();
  // `2024年`, and the year in Chinese numerals of older reports (`一九九七年`)
  for (const m of text.matchAll(/(?<![\d〇○零一二三四五六七八九])((?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})\s*年(?!代)/g)) {
    const y = yearNumber(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestN = 0;
  for (const [y, n] of counts) {
    if (n > bestN || (n === bestN && best !== null && y > best)) {
      best = y;
      bestN = n;
    }
  }
  return best;
}

/**
 * The issue's date a file's name gives, as scrapers and archives name pages
 * (`pfr-19980101-01-001.txt`, `rmrb-2018-01-02-07.pdf`, `hnrb_20250326_03.txt`): a year of
 * this century or the last, a month and a day that exist. A name without one gives null.
 */
export function issueFromName(name: string): HeaderDate | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const m = /(?:^|[^\d])((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/.exec(base);
  if (!m || !isoDate(Number(m[1]), Number(m[3]), Number(m[4]))) return null;
  return { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
}

/** `2024` or `一九九七` (`〇`, `○` and `零` are 0) as a number. */
function yearNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : Number([...s].map((c) => '〇○零一二三四五六七八九'.indexOf(c)).map((k) => (k <= 2 ? 0 : k - 2)).join(''));
}

/**
 * The date an item reports its event on, read from its first sentence and anchored on the
 * date it was published (a record's or a broadcast's date): `9月25日` takes the anchor's year
 * (the year before when that would be after the anchor); a bare day, `30日上午`, takes the
 * anchor's month, and a day later than the anchor's means the month before (a 07-01 item
 * reporting `30日` means 06-30). A first sentence that says 近日 takes the date that opens the next
 * paragraph (`10月10日至13日，…`). Without a date, the anchor.
 */
// (a range's first day, its 日 written once: `4月27-28日` is the 27th, not a 28th read alone)
const LEDE_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(?:日|(?=[—－\-~～至到]\d{1,2}日))|(?<![\d.年月日—－\-~～])(\d{1,2})日(?![元本])/g;
const LEDE_DATE_ONE = new RegExp(LEDE_DATE.source);
/** The first two lines of a text that hold something, trimmed (a record's text may be long: read no further). */
function firstLines(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length && out.length < 2; ) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl < 0 ? text.length : nl).trim();
    if (line) out.push(line);
    at = nl < 0 ? text.length : nl + 1;
  }
  return out;
}
/** Is the date the start of a period of more than a week (`1月1日—3月8日`, `7月1日至8月29日`)? */
function longPeriod(d: RegExpMatchArray, after: string): boolean {
  const end = /^(?:—|－|-|至|到)(?:(\d{1,2})月)?(\d{1,2})日/.exec(after);
  if (!end) return false;
  const month = d[2] ? Number(d[2]) : 0;
  const span = (end[1] ? (Number(end[1]) - month) * 30 : 0) + Number(end[2]) - Number(d[3] ?? d[4]);
  return span > 7;
}
/** Before a date that is no event's day: `自…起`, `从…以来`, `截至…`. */
const NO_EVENT_BEFORE = /(?:自|从|截至|截止到?|截止至)$/;
/** After one: `…起施行`, `…以来`. */
const NO_EVENT_AFTER = /^(?:起|以来)/;

/** A dated dateline without its reporter's bracket (`新华社北京1月5日电`, `本报长沙3月5日讯`, `中国甘肃网8月30日讯`). */
export const DATED_DATELINE = '[^，。“”\\s]{0,12}?\\d{1,2}月\\d{1,2}日[电讯]';
/** A line after the first that opens with one (`\n新华社北京7月2日电`). */
const DATELINE_LINE = new RegExp(`\\n${DATED_DATELINE}`);
/** A lede that opens on the day before (`昨日，`, `昨天下午，`, `本报讯 昨晚`), within its first words (not a quote's: `“中国的昨天…”`). */
const YESTERDAY = /^[^，。“”]{0,12}?(?:昨日|昨天|昨晚)/;
/** A paper's credit that opens its item: `本报讯`, `某某日报讯`, with the reporters in brackets or as `记者… 报道`. */
const NEWS_CREDIT = /^[^，。（(\s]{0,12}讯\s*(?:[（(][^（）()]{0,60}[）)]|记者[^，。（(]{0,30}?报道)?\s*/;
/** The sentence after the first, in the same paragraph, opening on a month and a day (`。9月27日下午，`): group 1 the date. */
const SECOND_OPENS_DATED = /^[。！？](?:\s*)((?:\d{4}年)?\d{1,2}月\d{1,2}日)/;
/** Is `date` the anchor's day or within a month before it? */
function monthBefore(date: string | null, anchor: string | null): date is string {
  return !!date && !!anchor && date <= anchor && Date.parse(anchor) - Date.parse(date) <= 31 * 86_400_000;
}
/** The ISO day before an ISO day. */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A month and a day in Chinese numerals (`九月十五日`, `十二月三十一日`), as older wire copy writes its dateline. */
const CN_MONTH_DAY = /([一二三四五六七八九十]{1,2})月([一二三十][一二三四五六七八九十]{0,2}|[四五六七八九])日/g;
/** The same in digits: `新华社北京九月十五日电` → `新华社北京9月15日电` (the lede is all eventDate reads). */
function cnMonthDays(text: string): string {
  return text.replace(CN_MONTH_DAY, (all, m: string, d: string) => {
    const month = cnNumber(m);
    const day = cnNumber(d);
    return month && day && month <= 12 && day <= 31 ? `${month}月${day}日` : all;
  });
}

/** A relative day with its date in brackets, as city papers write it (`昨(18)日`, `今（5）日`): the bracketed day. */
const BRACKETED_DAY = /(?:昨|今|前)[（(](\d{1,2})[）)]日/;

/** The next day with its date in brackets (`明天（19日）出版的…`, `明日(3日)`): an item that announces it tells of that day. */
const TOMORROW_BRACKETED = /明(?:天|日)[（(](\d{1,2})日[）)]/;

export function eventDate(text: string, anchor: string | null): string | null {
  const tomorrow = anchor && text.includes('明') ? TOMORROW_BRACKETED.exec(firstLines(text).join('\n').split(/[。！？]/, 1)[0]!) : null;
  if (tomorrow && anchor) {
    const next = new Date(Date.parse(`${anchor}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (Number(next.slice(8)) === Number(tomorrow[1])) return next;
  }
  if (text.includes('日') && BRACKETED_DAY.test(text.slice(0, 400))) text = text.slice(0, 400).replace(BRACKETED_DAY, '$1日') + text.slice(400);
  if (text.includes('月') && /[一二三四五六七八九十]日/.test(text.slice(0, 400))) text = cnMonthDays(text.slice(0, 400)) + text.slice(400);
  // (a paper may print a summary or a letter above the dateline: the dateline's paragraph tells the day,
  // `习近平强调，…。\n新华社北京1月5日电 …`)
  const dateline = DATELINE_LINE.exec(text.slice(0, 4000));
  if (dateline && dateline.index > 0) return eventDate(text.slice(dateline.index + 1), anchor);
  const a = anchor ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(anchor) : null;
  // (a digest opens with its first item's headline, a line with no sentence's end and no date: that
  // item's first sentence tells the day, `韩民众要求日本就…谢罪` / `14日是…`)
  const lines = firstLines(text);
  const headline = lines.length > 1 && lines[0].length <= 40 && !/[。！？]/.test(lines[0]) && !LEDE_DATE_ONE.test(lines[0]);
  const first = (headline ? lines[1] : text).split(/[。！？\n]/, 1)[0];
  // the first date of the lede that is an event's day: not the day a rule takes effect, a period's
  // start or an as-of date (`自2020年5月1日起施行`, `从28日起`, `截至6日`), nor a day after the record's
  // own (an announcement: `将于2023年3月5日和3月4日开幕`, where 3月4日 would read as a year back)
  const dates = [...first.matchAll(LEDE_DATE)].filter((d) => !NO_EVENT_BEFORE.test(first.slice(0, d.index)) && !NO_EVENT_AFTER.test(first.slice(d.index + d[0].length)));
  // (a period a figure covers, more than a week, names no event's day: `今年1月1日—3月8日，我国快递业务量…`)
  if (dates.length && longPeriod(dates[0], first.slice(dates[0].index! + dates[0][0].length))) return anchor;
  if (dates.length) {
    const date = dayOf(dates[0], a);
    // (an announcement of what is ahead names no event of the record's: a day after its own, or one
    // read as most of a year back, `将于…3月4日` in February, `将于10月17日至18日`)
    // (a lede that opens on the day before still tells its day: `昨日,市政协召开…，决定…会议于1月30日至2月3日举行`)
    if (!date || (anchor && (date > anchor || (!dates[0][1] && Date.parse(anchor) - Date.parse(date) > 183 * 86_400_000)))) return a && YESTERDAY.test(first.replace(NEWS_CREDIT, '')) ? dayBefore(anchor!) : anchor;
    return date;
  }
  // `昨日，省长…主持召开…`, `昨天下午，市政府召开常务会议`: the day before the record's
  // (after the paper's credit, however long: `广州日报讯 (全媒体记者…、… 通讯员…)昨日下午，`, `本报讯 记者… 报道 昨天下午，`)
  if (a && YESTERDAY.test(first.replace(NEWS_CREDIT, ''))) return dayBefore(anchor!);
  // `在…运动会即将开幕之际，…作家重回故里。8月27日，我市举行座谈会`: a first sentence that sets the scene
  // with no date, the next one opening on a month and a day (within a month before the anchor)
  const firstEnd = a ? text.indexOf(first) + first.length : -1;
  const second = a ? SECOND_OPENS_DATED.exec(text.slice(firstEnd, firstEnd + 40)) : null;
  if (second) {
    const date = eventDate(second[1], anchor);
    if (monthBefore(date, anchor)) return date;
  }
  // `…近日在江西考察时强调` then `10月10日至13日，习近平…`: the next paragraph opens with the date
  // (within a month before the anchor: an opening `2022年11月21日，…发生火灾` tells of an earlier event)
  if (/近日|日前|前不久|最近/.test(first)) {
    const next = lines[1] ?? '';
    const opening = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日|^(\d{1,2})日(?![元本])/.exec(next);
    const date = opening && eventDate(opening[0], anchor);
    return monthBefore(date, anchor) ? date : anchor;
  }
  return anchor;
}

/**
 * The day a lede's date names, from the record's own day `a` for the parts it leaves out (`30日` the
 * 30th of this month or the one before, `12月30日` in January the year before); null for no real day,
 * undefined where it cannot tell (no anchor).
 */
function dayOf(m: RegExpMatchArray, a: RegExpExecArray | null): string | null | undefined {
  if (m[1]) return realDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!a) return undefined;
  const [y, mo, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
  if (m[2]) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    return realDate(month > mo || (month === mo && day > d) ? y - 1 : y, month, day);
  }
  const day = Number(m[4]);
  if (day <= d) return realDate(y, mo, day);
  return mo === 1 ? realDate(y - 1, 12, day) : realDate(y, mo - 1, day);
}

/** isoDate for a day that exists (no 06-31). */
function realDate(y: number, m: number, d: number): string | null {
  const iso = isoDate(y, m, d);
  if (!iso) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 ? iso : null;
}
