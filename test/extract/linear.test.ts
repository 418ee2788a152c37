// Extraction stays linear in the length of one sentence. An honour list (`名单如下：…主任张某…馆长王某…`)
// is one sentence of hundreds of names with posts; a rule that rereads the sentence before every
// name is quadratic there with no dev set's score moving (2026-12-03: the bench ran at a third
// of its speed). Eight times the names cost 5.2× the time now, 11.8× with that rule (fixed costs and a
// linear part hide most of the square at these sizes).
import { extractPage } from '../../src/pipeline';

const SURNAMES = '张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏';
const GIVEN = '建国海波明华丽娟志强永刚秀英文军晓东玉兰';

/** A made-up honour list of `n` names, each after a post, with no separator between them. */
function honourList(n: number): string {
  let s = '先进个人名单：';
  for (let i = 0; i < n; i++) s += `湖南省科协主任${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}${GIVEN[(i * 7 + 1) % GIVEN.length]}`;
  return `${s}。`;
}

/**
 * The fastest of five runs, in CPU microseconds of this process (not wall time: other test
 * files running beside it on a loaded machine stretch the wall clock of one run, not its CPU).
 */
function fastest(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = process.cpuUsage();
    extractPage(text, 'list.txt', { year: 2024 });
    const d = process.cpuUsage(t0);
    best = Math.min(best, d.user + d.system);
  }
  return best;
}

describe('extraction time in the length of one sentence', () => {
  it('grows about linearly on an honour list (8× the names: < 8.5× the time; the quadratic rule of 2026-12-03 took 11.8×, now 5.2×)', () => {
    extractPage(honourList(10), 'warm.txt', { year: 2024 });
    const small = fastest(honourList(400));
    const large = fastest(honourList(3200));
    expect(large / small).toBeLessThan(8.5);
  });
});
