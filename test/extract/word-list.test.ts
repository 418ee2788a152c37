// WordList: one pass over a text finds what a loop of indexOf per word finds, in the same order.
// WordLists: one pass for several lists finds what each list's WordList finds.
// WordScan: a scan from the words' first characters finds what the alternation's `g` RegExp finds.
import { WordList, WordLists, WordScan } from '../../src/extract/text';
import {
  POSTNOMINAL, GROUP_CUES, STANDALONE_ORGS, INTERNATIONAL_ORGS, TITLE_HEADS, TITLE_HEAD_RE, MEETING_HEADS, MEETING_HEAD_RE, ORG_SUFFIXES, ORG_SUFFIX_PLAIN, CALLED_MEETING_HEAD_WORDS,
} from '../../src/extract/lexicon';

/** the loop it replaces */
function byIndexOf(text: string, words: readonly string[]): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (const w of words) for (let k = text.indexOf(w); k !== -1; k = text.indexOf(w, k + w.length)) out.push({ word: w, at: k });
  return out;
}

describe('WordList', () => {
  it('finds words word by word in the list order, each left to right', () => {
    const list = new WordList(['书记', '总书记', '主席']);
    expect(list.find('主席习近平总书记和省委书记')).toEqual([
      { word: '书记', at: 6 },
      { word: '书记', at: 11 },
      { word: '总书记', at: 5 },
      { word: '主席', at: 0 },
    ]);
  });

  it('skips a word overlapping its own last occurrence, not another word', () => {
    const list = new WordList(['哈哈', '哈']);
    expect(list.find('哈哈哈')).toEqual([
      { word: '哈哈', at: 0 },
      { word: '哈', at: 0 },
      { word: '哈', at: 1 },
      { word: '哈', at: 2 },
    ]);
  });

  it('finds nothing in a text without the words, and rejects an empty word', () => {
    expect(new WordList(['省委']).find('')).toEqual([]);
    expect(new WordList(['省委']).find('国务院常务会议')).toEqual([]);
    expect(() => new WordList(['省委', ''])).toThrow(RangeError);
  });

  it('agrees with indexOf on the lexicon lists over real sentences', () => {
    const texts = [
      '中共中央总书记、国家主席、中央军委主席习近平出席会议，省委书记、省长和省委常委出席。',
      '联合国安理会和联合国、东盟、欧盟代表，省领导汪一光、张迎春，党和国家领导人江泽民同志、李鹏总理。',
      '省委省政府召开会议，省人大常委会、省政协、省纪委监委负责同志参加；嘉宾有院士、教授。',
    ];
    for (const words of [POSTNOMINAL, GROUP_CUES, STANDALONE_ORGS, INTERNATIONAL_ORGS]) {
      const list = new WordList(words);
      for (const t of texts) expect(list.find(t)).toEqual(byIndexOf(t, words));
    }
  });
});

describe('WordLists', () => {
  it('finds for each list what its own WordList finds, a word of two lists in both', () => {
    const lists = new WordLists([['书记', '总书记'], ['主席', '书记'], []]);
    expect(lists.find('主席习近平总书记和省委书记')).toEqual([
      [
        { word: '书记', at: 6 },
        { word: '书记', at: 11 },
        { word: '总书记', at: 5 },
      ],
      [
        { word: '主席', at: 0 },
        { word: '书记', at: 6 },
        { word: '书记', at: 11 },
      ],
      [],
    ]);
  });

  it('agrees with a WordList of each list on the lexicon lists over real sentences', () => {
    const texts = [
      '中共中央总书记、国家主席、中央军委主席习近平出席会议，省委书记、省长和省委常委出席。',
      '联合国安理会和联合国、东盟、欧盟代表，省领导汪一光、张迎春，党和国家领导人江泽民同志、李鹏总理。',
      '',
    ];
    for (const pair of [[GROUP_CUES, POSTNOMINAL], [STANDALONE_ORGS, INTERNATIONAL_ORGS]]) {
      const lists = new WordLists(pair);
      for (const t of texts) expect(lists.find(t)).toEqual(pair.map((words) => new WordList(words).find(t)));
    }
  });
});

/** every match of an exec loop, as [index, text] */
function execAll(re: { lastIndex: number; exec(t: string): RegExpExecArray | null }, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

describe('WordScan', () => {
  const texts = [
    '中共中央总书记、国家主席、中央军委主席习近平出席会议，国务委员长和总监票人，司令员、司令部。',
    '省委经济工作会上，全国人民代表大会常务委员会第二十三次会议在人民大会堂召开；座谈会、工作会晤。',
    '湖南省人民政府办公厅、中国科学院研究所、临江工业（集团）公司和联合国教科文组织代表团。',
    '',
  ];

  it('finds the longest word first, its guard kept, and goes on after the match', () => {
    const scan = new WordScan(['书记', '总书记'], '(?:总书记|书记(?!处))');
    expect(execAll(scan, '总书记书记处书记')).toEqual([
      [0, '总书记'],
      [6, '书记'],
    ]);
    expect(scan.lastIndex).toBe(0);
    expect(() => new WordScan(['书记', ''], '书记')).toThrow(RangeError);
  });

  it('agrees with the g RegExp of the lexicon heads over real sentences', () => {
    for (const [words, source] of [
      [TITLE_HEADS, TITLE_HEAD_RE.source],
      // (the words the meeting scan is built with, meetings.ts: the called heads start with their own)
      [[...MEETING_HEADS, ...CALLED_MEETING_HEAD_WORDS], MEETING_HEAD_RE.source],
      [ORG_SUFFIXES, ORG_SUFFIX_PLAIN],
    ] as const) {
      const scan = new WordScan(words, source);
      let found = 0;
      for (const t of texts) {
        const hits = execAll(scan, t);
        expect(hits).toEqual(execAll(new RegExp(source, 'g'), t));
        found += hits.length;
      }
      expect(found).toBeGreaterThanOrEqual(3);
    }
  });
});
