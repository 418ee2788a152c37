// Close names for a name the graph does not hold (kg lookup, kg query): by containment, edit
// distance, shared characters and, for a person, the surname.
import { closeNames, editDistance } from '../../src/resolve/lookup';

const P = (name: string) => ({ key: `Person:${name}`, name, type: 'Person' });
const people = ['沈晓明', '毛伟明', '张迎春', '张剑飞', '汪一光', '李建中'].map(P);

describe('closeNames', () => {
  it('edit distance counts characters, not UTF-16 units', () => {
    expect(editDistance('沈小明', '沈晓明')).toBe(1);
    expect(editDistance('张三', '张迎春')).toBe(2);
    expect(editDistance('', '汪一光')).toBe(3);
  });
  it('a one-character slip: the person meant first', () => {
    expect(closeNames('沈小明', people).map((c) => c.name)[0]).toBe('沈晓明');
  });
  it('an unknown person of a known surname: the people of that surname', () => {
    expect(closeNames('张三', people).map((c) => c.name)).toEqual(['张剑飞', '张迎春']);
  });
  it('names that contain the query come first', () => {
    const orgs = [{ key: 'Organization:湖南省委外事委', name: '省委外事工作委员会', type: 'Organization' }, P('外山')];
    expect(closeNames('外事工作', orgs).map((c) => c.name)).toEqual(['省委外事工作委员会', '外山']);
  });
  it('nothing for a name that shares no character, and nothing for the empty query', () => {
    expect(closeNames('某某某', people)).toEqual([]);
    expect(closeNames('  ', people)).toEqual([]);
  });
  it('one suggestion per node, whichever of its names comes closest', () => {
    const org = { key: 'Organization:湖南省人社厅', type: 'Organization' };
    const r = closeNames('省人设厅', [{ ...org, name: '湖南省人社厅' }, { ...org, name: '省人社厅' }]);
    expect(r).toEqual([{ ...org, name: '省人社厅' }]);
  });
});
