// normName returns a name of CJK ideographs alone at once: NFKC leaves every one of U+4E00–U+9FFF as it is.
import { normName } from '../../src/extract/text';

describe('normName', () => {
  it('leaves a name of ideographs as it is, as NFKC does each of them', () => {
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const s = String.fromCharCode(c);
      expect(s.normalize('NFKC')).toBe(s);
    }
    expect(normName('全国人民代表大会常务委员会')).toBe('全国人民代表大会常务委员会');
  });

  it('still folds, closes up and unquotes the rest', () => {
    expect(normName('■中央八项规定')).toBe('中央八项规定');
    expect(normName('《中华人民共和国 宪法》')).toBe('中华人民共和国宪法');
    expect(normName('ＡＰＥＣ峰会')).toBe('APEC峰会');
  });
});
