// The word-boundary signals read from nodejieba's dictionary (src/extract/jieba.ts), on
// sentences of the genre: each case is one the person rules met on real pages.
import { crossesWords, isCommonWord, parseDictionary } from '../../src/extract/jieba';

const span = (text: string, name: string): [number, number] => {
  const i = text.indexOf(name);
  if (i < 0) throw new Error(`${name} not in ${text}`);
  return [i, i + name.length];
};

describe('crossesWords', () => {
  it('a name does not begin inside a place word', () => {
    const text = '隧道掘进机“强基号”在长沙顺利下线。';
    expect(crossesWords(text, ...span(text, '沙顺利'))).toBe(true);
  });

  it('a post right before the name takes the character a place word would start with', () => {
    for (const [text, name] of [
      ['联合国秘书长安南表示', '安南'],
      ['在出版座谈会上江泽民指出', '江泽民'],
      ['东北财经大学校长夏德仁说', '夏德仁'],
    ]) {
      expect(crossesWords(text!, ...span(text!, name!))).toBe(false);
    }
  });

  it('after punctuation or at the start nothing runs into the span', () => {
    expect(crossesWords('沙顺利说', 0, 3)).toBe(false);
    expect(crossesWords('长，沙顺利说', 2, 5)).toBe(false);
  });
});

describe('isCommonWord', () => {
  it('dictionary words are common, names and unknown strings are not', () => {
    expect(isCommonWord('国家')).toBe(true);
    expect(isCommonWord('副省长')).toBe(true); // a post of the genre's lexicon
    expect(isCommonWord('江泽民')).toBe(false); // nr in the dictionary
    expect(isCommonWord('曹志强')).toBe(false); // not in it
  });
});

describe('parseDictionary', () => {
  it('reads word, frequency and tag lines; keeps places and bodies, and short words that are not names', () => {
    const w = parseDictionary('长沙 300 ns\n新华社 200 nt\n王明 50 nr\n发展 900 vn\n一个很长很长很长的词 3 n\n\n');
    expect(w.places.has('长沙')).toBe(true);
    expect(w.places.has('新华社')).toBe(true);
    expect(w.common.has('发展')).toBe(true);
    expect(w.common.has('王明')).toBe(false);
    expect(w.common.has('长沙')).toBe(true);
    expect(w.common.has('一个很长很长很长的词')).toBe(false);
    expect(w.longestPlace).toBeGreaterThanOrEqual(3);
  });
  it('takes the world\'s countries for places and no names, whatever the dictionary tags them (安哥拉 295 nr)', () => {
    const w = parseDictionary('安哥拉 295 nr\n');
    expect(w.places.has('安哥拉')).toBe(true);
    expect(w.common.has('安哥拉')).toBe(true);
  });
});
