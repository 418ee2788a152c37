// Pinyin search (viewer/src/search.ts with pinyin-pro) on the viewer's fixture graph (a build of
// the seed pages): full pinyin, spaced, initials and mixes find 沈晓明; Chinese matches rank
// above pinyin ones; the pinyin is made once, in steps that stop at a deadline.
import fs from 'node:fs';
import path from 'node:path';
import { importGraph } from '../../viewer/src/data';
import { pinyinSyllables } from '../../viewer/src/pinyin';
import { buildSearchIndex, indexPinyin, isPinyinQuery, pinyinScore, search } from '../../viewer/src/search';
import { FIXTURE_DIR } from './helpers';

const { graph } = importGraph(JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'graph.json'), 'utf8')));
/** the index as the page has it once pinyin.ts has loaded */
const indexed = () => Object.assign(buildSearchIndex(graph), { toPinyin: pinyinSyllables });
const shen = graph.findNode((_k, a) => a.type === 'Person' && a.name === '沈晓明')!;

describe('pinyin search', () => {
  it.each(['shenxiaoming', 'shen xiaoming', 'ShenXiaoming', 'sxm', 'shenxm', 'sxiaom', 'shen xiao'])('%s finds 沈晓明 first', (q) => {
    const hits = search(indexed(), q);
    expect(hits[0]?.key).toBe(shen);
    expect(hits[0].score).toBeGreaterThan(1);
    expect(hits[0].score).toBeLessThan(2);
  });

  it('a later syllable finds him too, ranked below names that start so', () => {
    const hits = search(indexed(), 'xiaoming');
    expect(hits.map((h) => h.key)).toContain(shen);
    expect(search(indexed(), 'zzzzqx')).toEqual([]);
  });

  it('Chinese search is as before, and an exact Chinese match ranks first', () => {
    const index = indexed();
    const hits = search(index, '沈晓明');
    expect(hits[0]).toMatchObject({ key: shen, score: 4 });
    // a Chinese query makes no pinyin
    expect(index.pinyinDone).toBe(0);
    // pinyin hits stay below any Chinese substring hit
    for (const h of search(index, 'sheng')) expect(h.score).toBeLessThan(2);
  });

  it('reads surnames, ü typed as v or u, and tells pinyin queries from Chinese', () => {
    expect(pinyinSyllables('单霁翔', true)).toEqual(['shan', 'ji', 'xiang']);
    const lv = pinyinSyllables('吕建国', true);
    expect(lv[0]).toBe('lü');
    expect(pinyinScore(lv, 'lvjianguo')).toBeGreaterThan(1.7);
    expect(pinyinScore(lv, 'ljg')).toBe(1.8);
    expect(pinyinScore(lv, 'lujg')).toBe(1.8);
    expect(pinyinScore(pinyinSyllables('省委外事工作委员会'), 'swwsgzwyh')).toBe(1.8);
    expect(pinyinScore(pinyinSyllables('省委外事工作委员会'), 'waishi')).toBe(1.3);
    expect(isPinyinQuery('sxm')).toBe(true);
    expect(isPinyinQuery('沈xm')).toBe(false);
    expect(isPinyinQuery('2025')).toBe(false);
  });

  it('before pinyin.ts has loaded a pinyin query finds nothing and a Chinese one works', () => {
    const index = buildSearchIndex(graph);
    expect(search(index, 'sxm')).toEqual([]);
    expect(search(index, '沈晓明')[0].key).toBe(shen);
    expect(indexPinyin(index)).toBe(false);
  });

  it('makes the pinyin in steps up to a deadline, then the rest', () => {
    const index = indexed();
    let calls = 0;
    expect(indexPinyin(index, () => ++calls >= 1)).toBe(index.entries.length <= 64);
    expect(index.pinyinDone).toBeGreaterThan(0);
    expect(indexPinyin(index)).toBe(true);
    expect(index.pinyinDone).toBe(index.entries.length);
    expect(index.entries.find((e) => e.key === shen)!.py).toEqual([['shen', 'xiao', 'ming']]);
    expect(index.entries.filter((e) => e.type === 'Article').every((e) => e.py === null)).toBe(true);
  });
});
