// allMatches: the matches `[...text.matchAll(re)]` gives, without matchAll's copy of the expression.
import { allMatches } from '../../src/extract/text';
import { ATTEND_VERB } from '../../src/extract/relations/attendance';

const same = (re: RegExp, text: string): void => {
  const want = [...text.matchAll(re)];
  const before = re.lastIndex;
  const got = allMatches(re, text);
  expect(got.map((m) => [m.index, ...m])).toEqual(want.map((m) => [m.index, ...m]));
  expect(got.map((m) => m.groups)).toEqual(want.map((m) => m.groups));
  expect(re.lastIndex).toBe(before);
};

describe('allMatches', () => {
  it('finds what matchAll finds, groups and all', () => {
    same(ATTEND_VERB, '省委书记主持召开会议，省长出席并讲话，参加人员与会。');
    same(/(?<a>[一二三])(?<b>届)?/g, '一届二三届');
    same(/x/g, '没有');
  });

  it('steps past empty matches as matchAll does, by code point with the u flag', () => {
    same(/(?:)/g, 'a𠀀b');
    same(/(?:)/gu, 'a𠀀b');
    same(/\d*/g, '12a3');
  });

  it('starts where the expression’s lastIndex stands, and leaves it there', () => {
    const re = /会/g;
    re.lastIndex = 3;
    same(re, '会见会谈会晤');
  });

  it('rejects an expression without the g flag, as matchAll does', () => {
    expect(() => allMatches(/x/, 'x')).toThrow(TypeError);
  });
});
