// WordList: one pass over a text finds what a loop of indexOf per word finds, in the same order.
import { WordList } from '../../src/extract/text';
import { POSTNOMINAL, GROUP_CUES, STANDALONE_ORGS, INTERNATIONAL_ORGS } from '../../src/extract/lexicon';

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
