// Records as input: JSON Lines, JSON arrays and CSV, each also gzip-compressed, told by their
// bytes; fields by common names or --field; HTML bodies to paragraphs; dates anchored on the
// record's date; stable ids; bad records, ragged CSV rows and truncated gzip as one line each,
// the other records still read. Files are made by the tests; the CLI runs from dist/.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { eventDate } from '../../src/segment/dates';
import { htmlToText } from '../../src/ingest/html';
import { planUnits, readHead, readRecords, sniffInput, kgOutputKind, parseFieldOptions } from '../../src/ingest/records';
import { listInputs } from '../../src/ingest/files';
import { extractFiles } from '../../src/parallel';
import { tmpDir } from './helpers';
import { mulberry32 } from '../../src/prng';
import { kg, readJsonl, requireBuild, stderrLines } from './cli-helpers';

const BODY_1 =
  '<p>央视网消息（新闻联播）：国务院总理李强30日上午在北京出席座谈会并讲话。</p>\r\n<p>李强指出，要坚定信心&nbsp;迎难而上。</p>';
const BODY_2 = '<p>中共中央政治局常委、国务院副总理韩正17日上午到生态环境部调研。</p><p>韩正强调，要打好污染防治攻坚战&amp;持久战。</p>';
const RECORDS = [
  { id: 'A1', date: '2022-07-01', title: '[视频]李强出席座谈会', content: BODY_1, url: 'https://example.org/a1', outlet: '央视网 新闻联播' },
  { id: 'A2', date: '2019-03-17', title: '[视频]韩正在生态环境部调研', content: BODY_2, outlet: '央视网 新闻联播' },
];

function csvOf(rows: Record<string, string>[]): string {
  const names = ['id', 'date', 'title', 'content', 'outlet'];
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return [names.join(','), ...rows.map((r) => names.map((n) => q(r[n] ?? '')).join(','))].join('\r\n') + '\r\n';
}

function write(dir: string, name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

async function extractAll(files: string[], workers = 1, fields = {}) {
  const out = [];
  for await (const r of extractFiles(files, { workers, form: 'records', fields })) out.push(r);
  return out;
}

describe('the date a record reports its event on (eventDate)', () => {
  it.each([
    ['30日下午，国家主席习近平来到香港科学园。', '2022-07-01', '2022-06-30'],
    ['全国脱贫攻坚奖表彰大会17日上午在京举行。', '2020-10-17', '2020-10-17'],
    ['9月25日，中共中央在中南海召开党外人士座谈会。', '2019-11-01', '2019-09-25'],
    ['12月30日，某会议在京举行。', '2020-01-02', '2019-12-30'],
    ['31日，某会议举行。', '2021-01-02', '2020-12-31'],
    ['2018年3月11日，第十三届全国人民代表大会举行。', '2019-01-07', '2018-03-11'],
    ['上半年，中国经济承受了压力。10日另有会议。', '2020-08-05', '2020-08-05'],
    ['纪念中美建交40周年招待会10日在北京举行。', '2019-01-10', '2019-01-10'],
    ['31日，某会议举行。', '2021-07-01', '2021-07-01'], // June has no 31st: the record's own date
    // a range with its 日 written once is its first day, not a last day read alone (`4月27-28日`: not the 28th of March)
    ['4月27-28日，某调研组深入临江县调研。', '2017-04-27', '2017-04-27'],
    ['5月27—28日，某局局长一行赴临江调研。', '2020-05-29', '2020-05-27'],
    // a digest opens with its first item's headline: that item's first sentence tells the day
    ['\n委内瑞拉与哥伦比亚全面重开边境\n委内瑞拉与哥伦比亚1日全面重新开放两国边境。\n俄首艘护卫舰开始远航\n俄罗斯总统4日宣布…', '2023-01-02', '2023-01-01'],
    // (nor is the start of a period a figure covers an event's day: `今年1月1日—3月8日，…快递业务量…`)
    ['\n今年以来全国快递业务量突破200亿件\n国家邮政局数据显示，今年1月1日—3月8日，我国快递业务量已达到200.9亿件。', '2023-03-09', '2023-03-09'],
    // (a first line that is a sentence, or that holds a date itself, is the lede as before)
    ['临江市召开大会\n大会今天举行。', '2023-01-02', '2023-01-02'],
    // 近日 in the lede: the date that opens the next paragraph (a range: its first day)
    ['某某近日在江西考察时强调，要奋力谱写新篇章。\n10月10日至13日，某某先后来到九江、景德镇。', '2023-10-13', '2023-10-10'],
    ['某某近日在云南、贵州调研。\n23日至26日，某某到昭通市。', '2020-04-26', '2020-04-23'],
    ['某某近日在江西考察。\n他先后来到九江。13日，他听取汇报。', '2023-10-14', '2023-10-14'],
    // a dateline in Chinese numerals, as older wire copy writes it
    ['新华社北京九月十五日电 全国人大常委会委员长某某今天在人民大会堂会见了某国客人。', '1998-09-16', '1998-09-15'],
    ['十二月三十一日，某会议举行。', '1999-01-02', '1998-12-31'],
    // a first sentence that sets the scene with no date: the next one's, when it opens on a month and a day
    ['在某运动会即将开幕之际，知名作家某某等重回故里。8月27日，我市举行座谈会。', '2010-08-28', '2010-08-27'],
    ['某会议即将召开，表彰先进集体和个人。9月27日下午，某省在成都召开欢送会。', '2009-09-29', '2009-09-27'],
    ['某会议即将召开。7月27日，某省召开欢送会。', '2009-09-29', '2009-09-29'],
    ['日前，国务院常务会议审议通过了某某火灾事故调查报告。\n2022年11月21日，某某公司发生火灾。', '2023-08-29', '2023-08-29'],
    // the day a rule takes effect, a period's start or an as-of date is no event's; nor one after the record's day
    ['国务院总理某某日前签署国务院令，公布《某某条例》，自2020年5月1日起施行。', '2020-01-07', '2020-01-07'],
    ['自1月1日以来，某地接待游客百万人次，3日某会议举行。', '2020-01-07', '2020-01-03'],
    ['截至6日，全省完成投资千亿元。', '2020-01-07', '2020-01-07'],
    ['某某会议，将分别于2023年3月5日和3月4日在北京开幕。', '2023-02-16', '2023-02-16'],
    // a paper's item that opens on the day before: its record's date less a day (a later 昨天 is no lede's)
    ['昨日，省长某某主持召开省政府第35次常务会议。', '2014-04-11', '2014-04-10'],
    ['本报讯（记者 某某）昨天下午，市政府召开常务会议。', '2015-03-01', '2015-02-28'],
    // (after a credit however long, and a subject before the day)
    ['本报讯（记者某某）全市经济运行调度会昨日在市会议中心召开。', '2018-06-26', '2018-06-25'],
    ['某某日报讯 (全媒体记者某某、某某 通讯员某某)昨日下午，省人大常委会会议闭幕。', '2025-07-30', '2025-07-29'],
    ['本报讯 记者某某 某某报道 昨天下午，我市代表团审议政府工作报告。', '2021-01-29', '2021-01-28'],
    ['市长说，我们在去年和昨天的会议上都谈到了。', '2015-03-01', '2015-03-01'],
    // (also where an announced date follows, `…决定…会议于1月30日至2月3日举行`; not a quote's 昨天, `“中国的昨天已经…”`)
    ['昨日,市政协召开十届二十一次常委会议,决定市政协十届五次会议于1月30日至2月3日举行。', '2016-01-06', '2016-01-05'],
    ['“中国的昨天已经写在人类的史册上，中国的今天正在创造。”某某的重要讲话点燃了爱国热情。', '2019-10-08', '2019-10-08'],
    // a relative day with its date in brackets (`昨(18)日`): the bracketed day
    ['本报讯(某某日报全媒体记者 某某)昨(18)日,市委书记某某会见了客人。', '2021-03-19', '2021-03-18'],
    ['本报讯（记者 某某）今（5）日，市长某某主持召开常务会议。', '2021-03-06', '2021-03-05'],
    // the next day so written announces what is told of it (`明天（19日）出版的人民日报将发表…`), not the month before
    ['明天（19日）出版的某某日报将发表评论员文章。', '2018-12-18', '2018-12-19'],
    ['明天（1日）出版的某某日报将发表评论员文章。', '2018-12-31', '2019-01-01'],
    // a summary or a letter printed above the dateline: the dateline's day
    ['某某致信祝贺。\n值此大会召开之际，我代表党中央表示祝贺。\n新华社北京7月2日电 某某联合会第十四届委员会全体会议2日开幕。', '2025-07-03', '2025-07-02'],
  ])('%s on a record of %s → %s', (text, anchor, want) => {
    expect(eventDate(text, anchor)).toBe(want);
  });
});

describe('HTML bodies become paragraphs', () => {
  it('keeps <p> and <br> as lines, decodes entities, drops script and empty paragraphs', () => {
    const text = htmlToText('<p>第一段&nbsp;文字&amp;符号&lt;b&gt;</p>\r\n<p>　　</p><p>第二段<br>换行</p><script>var x="<p>no</p>"</script><div>第三段</div>');
    expect(text.split('\n')).toEqual(['第一段\u00a0文字&符号<b>', '第二段', '换行', '第三段']);
  });
});

describe('records by content, in every format', () => {
  const dir = tmpDir('records');
  const jsonl = RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const files: Record<string, string> = {
    'a.jsonl': write(dir, 'a.jsonl', jsonl),
    'a.json': write(dir, 'a.json', JSON.stringify(RECORDS, null, 2)),
    'a.csv': write(dir, 'a.csv', csvOf(RECORDS as unknown as Record<string, string>[])),
    'a.jsonl.gz': write(dir, 'a.jsonl.gz', zlib.gzipSync(jsonl)),
    'a.json.gz': write(dir, 'a.json.gz', zlib.gzipSync(JSON.stringify(RECORDS))),
    'a.csv.gz': write(dir, 'a.csv.gz', zlib.gzipSync(csvOf(RECORDS as unknown as Record<string, string>[]))),
    // named .txt, but records: the bytes decide
    'records.txt': write(dir, 'records.txt', jsonl),
  };

  it.each(Object.keys(files))('%s gives one article per record, with title, date, newspaper, paragraphs', async (name) => {
    const [r] = await extractAll([files[name]]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toBeUndefined();
    const [a, b] = r.records!;
    expect(r.records!.length).toBe(2);
    expect(a.source).toBe(name);
    expect(a.title).toBe('[视频]李强出席座谈会');
    expect(a.newspaper).toBe('央视网');
    expect(a.published).toBe('2022-07-01');
    expect(a.date).toBe('2022-06-30'); // 30日 on a record of 07-01
    expect(b.date).toBe('2019-03-17');
    // the broadcast lead is not the body's first sentence; paragraphs stay lines; entities decoded
    expect(a.text).toBe('国务院总理李强30日上午在北京出席座谈会并讲话。\n李强指出，要坚定信心 迎难而上。');
    expect(b.text.split('\n')[1]).toBe('韩正强调，要打好污染防治攻坚战&持久战。');
    const base = name.replace(/\.gz$/, '').replace(/\.[^.]*$/, '');
    expect(a.id).toBe(`${base}#A1`);
    expect(a.entities.some((e) => e.type === 'Person' && e.name === '李强')).toBe(true);
  });

  it('sniffs by content, not by name', () => {
    expect(sniffInput('{"id": 1}\n')).toBe('jsonl');
    expect(sniffInput(' [\n {"id": 1}]')).toBe('json');
    expect(sniffInput('[视频]王岐山出席招待会\n正文')).toBe('text');
    expect(sniffInput('[1, "x"]')).toBe('json'); // its elements are then bad records
    expect(sniffInput('title,date,content\n"a","2020-01-01","b"')).toBe('csv');
    expect(sniffInput('湖南日报\n2025年3月27日\n')).toBe('text');
    expect(sniffInput('<!DOCTYPE html><html><body></body></html>')).toBe('html');
    expect(readHead(files['a.jsonl.gz']).gzip).toBe(true);
  });

  it('a .jsonl file holding page text is read as page text', async () => {
    const p = write(dir, 'page.jsonl', '湖南日报3月26日讯（全媒体记者 刘燕娟）省委书记沈晓明主持召开会议。\n');
    const [r] = await extractAll([p]);
    expect(r.ok && r.records!.length).toBeGreaterThan(0);
  });
});

describe('fields by common names or by --field', () => {
  const dir = tmpDir('fields');

  it('finds 标题/日期/正文 and Latin names in any case', async () => {
    const p = write(dir, 'cn.jsonl', JSON.stringify({ 标题: '标题甲', 日期: '2021年2月20日', 正文: '纪念座谈会20日在京举行。' }) + '\n' + JSON.stringify({ Headline: '乙', PubDate: '2021/02/21', Body: '会议举行。' }) + '\n');
    const [r] = await extractAll([p]);
    expect(r.ok && r.records!.map((a) => [a.title, a.date, a.id])).toEqual([
      ['标题甲', '2021-02-20', 'cn#L1'],
      ['乙', '2021-02-21', 'cn#L2'],
    ]);
  });

  it('maps fields with --field, dotted paths reaching into objects', async () => {
    const p = write(dir, 'video.jsonl', JSON.stringify({ video_detail: { video_title: '视频标题', pubtime: '2019-05-23 19:00:00', body_html: '<p>5月23日，王岐山会见来宾。</p>' } }) + '\n');
    const fields = parseFieldOptions(['title=video_detail.video_title', 'date=video_detail.pubtime', 'content=video_detail.body_html']);
    const [r] = await extractAll([p], 1, fields);
    expect(r.ok && r.records!.map((a) => [a.title, a.date, a.text])).toEqual([['视频标题', '2019-05-23', '5月23日，王岐山会见来宾。']]);
    expect(() => parseFieldOptions(['colour=x'])).toThrow(/FIELD=NAME/);
  });
});

describe('bad records: one line each, the others read', () => {
  const dir = tmpDir('bad');

  it('names file and line for a record that is not JSON, not an object, has no body or a body of the wrong type', async () => {
    const lines = [
      JSON.stringify(RECORDS[0]),
      '{"id": "B2", "title": "cut', // not JSON
      '42', // not an object
      JSON.stringify({ id: 'B4', title: 'no body', date: '2020-01-01' }),
      JSON.stringify({ id: 'B5', title: 'wrong type', content: 12 }),
      '',
      JSON.stringify(RECORDS[1]),
    ];
    const p = write(dir, 'bad.jsonl', lines.join('\n') + '\n');
    const [r] = await extractAll([p]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.records!.map((a) => a.id)).toEqual(['bad#A1', 'bad#A2']);
    expect(r.problems).toHaveLength(4);
    expect(r.problems![0]).toMatch(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 2: not JSON`));
    expect(r.problems![1]).toMatch(/line 3: a number, expected an object/);
    expect(r.problems![2]).toMatch(/line 4: no body/);
    expect(r.problems![3]).toMatch(/line 5: the body is a number/);
  });

  it('a ragged CSV row is one line; the rows around it are read', async () => {
    const csv = 'id,date,title,content\nC1,2020-10-17,甲,"会议17日上午在京举行，王岐山出席。"\nC2,2020-10-17,乙\nC3,2020-10-18,丙,"第二段,含逗号"\n';
    const p = write(dir, 'ragged.csv', csv);
    const [r] = await extractAll([p]);
    expect(r.ok && r.records!.map((a) => a.id)).toEqual(['ragged#C1', 'ragged#C3']);
    expect(r.ok && r.problems).toEqual([`${p}: line 3: a ragged CSV row: 3 fields, the header has 4`]);
  });

  it('a truncated gzip file: one line, the records before the cut are kept', async () => {
    const many = Array.from({ length: 400 }, (_, i) => JSON.stringify({ ...RECORDS[1], id: `T${i}` })).join('\n') + '\n';
    const gz = zlib.gzipSync(many);
    const p = write(dir, 'cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length * 0.6)));
    const [r] = await extractAll([p]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems![0]).toMatch(/cut\.jsonl\.gz: truncated gzip file/);
    expect(r.records!.length).toBeGreaterThan(10);
    expect(r.records!.length).toBeLessThan(400);
    expect(r.records!.map((a) => a.id)).toEqual(Array.from({ length: r.records!.length }, (_, i) => `cut#T${i}`));
  });

  it('an unclosed JSON array is one line; the elements before are kept', async () => {
    const p = write(dir, 'open.json', '[' + JSON.stringify(RECORDS[0]) + ',\n' + JSON.stringify(RECORDS[1]).slice(0, 30));
    const [r] = await extractAll([p]);
    expect(r.ok && r.records!.length).toBe(1);
    expect(r.ok && r.problems).toEqual([expect.stringMatching(/open\.json: line 2: the JSON array is not closed/)]);
  });
});

describe('large records files are cut into parts at record boundaries', () => {
  const dir = tmpDir('parts');
  // 300 records of about 1 KB: the 64 KiB chunks of the reader end inside records
  // text that compresses little, so that the gzip files are large too
  const rand = mulberry32(14);
  const noise = () => Array.from({ length: 400 }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 3000))).join('');
  const rows = Array.from({ length: 300 }, (_, i) => ({
    id: `P${i}`,
    date: '2020-10-17',
    title: `题${i}`,
    content: `第一行${i}${noise()}\n第二行，含"引号"和,逗号`,
  }));
  const jsonl = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const files = {
    csv: write(dir, 'big.csv', csvOf(rows)),
    jsonl: write(dir, 'big.jsonl', jsonl),
    json: write(dir, 'big.json', JSON.stringify(rows, null, 1)),
    'jsonl.gz': write(dir, 'big.jsonl.gz', zlib.gzipSync(jsonl)),
    'csv.gz': write(dir, 'big.csv.gz', zlib.gzipSync(csvOf(rows))),
  };

  it.each(Object.entries(files))('%s: the parts give the articles of the file read whole, in order; quoted newlines are not cut', (name, file) => {
    const units = planUnits([file], {}, 4096, 20_000);
    expect(planUnits([file], {}, 4096, 1e9)).toHaveLength(name.endsWith('.gz') || name === 'json' ? 1 : units.length);
    expect(units.length).toBeGreaterThan(5);
    const read = (u: (typeof units)[number]) => {
      const kind = u.part?.kind ?? u.slots!.kind;
      return readRecords(u, kind, u.slots?.gzip ?? false).articles;
    };
    const parts = units.flatMap(read);
    const whole = readRecords({ file }, name.startsWith('csv') ? 'csv' : name.startsWith('jsonl') ? 'jsonl' : 'json', name.endsWith('.gz')).articles;
    expect(parts).toEqual(whole);
    expect(whole.map((a) => a.id)).toEqual(rows.map((r) => `big#${r.id}`));
    expect(whole[3].text).toBe(rows[3].content);
  });
});

describe('folders: records and HTML are read, kg output is not read back', () => {
  it('takes .jsonl/.json/.csv/.gz/.html, and leaves out articles.jsonl and graph.json that kg wrote, with a note', () => {
    const dir = tmpDir('folder');
    write(dir, 'a.jsonl', JSON.stringify(RECORDS[0]) + '\n');
    write(dir, 'b.csv.gz', zlib.gzipSync(csvOf(RECORDS as unknown as Record<string, string>[])));
    write(dir, 'c.html', '<!DOCTYPE html><html><body><p>x</p></body></html>');
    write(dir, 'old.tar.gz', zlib.gzipSync('x'));
    const kgLine = JSON.stringify({ id: 'a#1', source: 'a.txt', kind: 'news', newspaper: null, date: null, title: 't', subtitle: null, reporters: [], text: 'x', entities: [], relations: [] });
    expect(kgOutputKind(kgLine)).toMatch(/kg extract/);
    write(dir, 'articles.jsonl', kgLine + '\n');
    write(dir, 'graph.json', '{"options":{"type":"directed","multi":false},"attributes":{},"nodes":[],"edges":[]}\n');
    const list = listInputs([dir]);
    expect(list.files.map((f) => path.basename(f))).toEqual(['a.jsonl', 'b.csv.gz', 'c.html']);
    expect(list.ignored.map((f) => path.basename(f))).toEqual(['old.tar.gz']);
    expect(list.notes).toHaveLength(2);
    expect(list.notes[0]).toMatch(/articles\.jsonl: articles kg extract or kg build wrote; not read back as input/);
    expect(list.notes[1]).toMatch(/graph\.json: a graph kg build wrote/);
  });
});

describe('kg extract on records (the CLI, dist/)', () => {
  beforeAll(() => requireBuild());

  it('1 and 2 workers write the same bytes for a records file cut into parts; a bad record costs one line and exit code 1', () => {
    const dir = tmpDir('cli');
    const rows = Array.from({ length: 300 }, (_, i) => JSON.stringify({ ...RECORDS[i % 2], id: `W${i}`, title: `第${i}条` }));
    rows.splice(150, 0, '{not json');
    const p = write(dir, 'many.jsonl', rows.join('\n') + '\n');
    expect(planUnits([p]).length).toBeGreaterThan(1);
    const one = kg(['extract', p, '-o', path.join(dir, 'one.jsonl'), '--workers', '1'], 120_000);
    const two = kg(['extract', p, '-o', path.join(dir, 'two.jsonl'), '--workers', '2'], 120_000);
    for (const run of [one, two]) {
      expect(run.status).toBe(1);
      const lines = stderrLines(run);
      expect(lines.filter((l) => /line 151: not JSON/.test(l))).toHaveLength(1);
      expect(lines[lines.length - 1]).toMatch(/300 articles from 1 files; 1 record problem/);
    }
    expect(fs.readFileSync(path.join(dir, 'two.jsonl')).equals(fs.readFileSync(path.join(dir, 'one.jsonl')))).toBe(true);
    const out = readJsonl(path.join(dir, 'one.jsonl'));
    expect(out.map((a) => a.id)).toEqual(Array.from({ length: 300 }, (_, i) => `many#W${i}`));
  });

  it('--field maps a field; a bad --field is a usage error', () => {
    const dir = tmpDir('cli-field');
    const p = write(dir, 'v.jsonl', JSON.stringify({ video_title: '视频', date: '2020-01-28', content: '习近平1月28日在人民大会堂会见谭德塞。' }) + '\n');
    const ok = kg(['extract', p, '--field', 'title=video_title', '-o', path.join(dir, 'v.out.jsonl')], 60_000);
    expect(ok.status).toBe(0);
    expect(readJsonl(path.join(dir, 'v.out.jsonl'))[0].title).toBe('视频');
    const bad = kg(['extract', p, '--field', 'title'], 60_000);
    expect(bad.status).not.toBe(0);
    expect(stderrLines(bad).join('\n')).toMatch(/--field title: expected FIELD=NAME/);
  });

  it('HTML without an article body: one line naming the file, exit code 1, the other files still read', () => {
    const dir = tmpDir('cli-html');
    const empty = write(dir, 'empty.html', '<!DOCTYPE html><html><head><title>x</title></head><body><div class="text_c"><h1>标题</h1><div id="ozoom"></div></div></body></html>');
    const p = write(dir, 'r.jsonl', JSON.stringify(RECORDS[1]) + '\n');
    const run = kg(['extract', empty, p, '-o', path.join(dir, 'o.jsonl')], 60_000);
    expect(run.status).toBe(1);
    const lines = stderrLines(run);
    expect(lines.filter((l) => l.includes('empty.html'))).toEqual([expect.stringMatching(/empty\.html: an e-paper article view .* without an article body/)]);
    expect(readJsonl(path.join(dir, 'o.jsonl'))).toHaveLength(1);
  });
});
