// Reporters from datelines and bylines: `全媒体记者 谢卓芳 通讯员 王静`,
// `记者陈勇 杨佳俊`, `湖南日报全媒体记者 翁鹏博 童迪 谢卓芳`.
import type { Reporter } from '../model';

/** A newspaper or agency name as it opens a dateline: 湖南日报, 三湘都市报, 新华社. */
export const NEWSPAPER = '■?[\\u4e00-\\u9fff]{2,8}?(?:日报|晚报|都市报|时报|商报|早报|报|新闻社|通讯社|社)';

/** The marks that open a byline line: ■ in most papers, ● ◎ □ ◆ ▲ ★ in others. */
export const BYLINE_MARK = '[■□●○◎◆◇▲△★☆]';

/** A reporter's rank or medium before 记者 (and 评论员, 通讯员 in a byline line): 首席记者, 融媒记者, 摄影记者. */
export const REPORTER_RANK = '全媒体|融媒体|融媒|首席|特派|特约|实习|见习|摄影';

/**
 * A reporter's role as bylines write it: 记者 with a rank or a medium (首席记者, 见习记者,
 * 融媒记者, 摄影记者), 通讯员, 评论员, 实习生, 摄影, and 文 and 图 before their slash (`文/X 图/Y`).
 */
export const REPORTER_ROLE = `(?:${REPORTER_RANK})?记者|通讯员|评论员|实习生|摄影|[文图](?=\\s*[/／])`;

const ROLE = new RegExp(`(${REPORTER_ROLE})`, 'g');

export function parseReporters(s: string): Reporter[] {
  const text = s.replace(/^[\u4e00-\u9fff]{1,8}报(?:驻[\u4e00-\u9fff]{1,10}?(?=记者|通讯员))?/, '');
  const out: Reporter[] = [];
  const parts = text.split(ROLE);
  // `（李礼章、刘建新）`: names without a role are the dateline's reporters
  if (parts.length === 1) parts.unshift('', '记者');
  // parts: [before, role, names, role, names, …]
  /** a mark's role whose slash the outlet and a role word follow (`图/本报记者 X`): the names after them are its */
  let marked: string | null = null;
  for (let i = 1; i < parts.length; i += 2) {
    const role = marked ?? (parts[i] === '实习生' ? '通讯员' : parts[i]);
    marked = null;
    const chunk = parts[i + 1];
    if (/^[文图]$/.test(parts[i]!) && i + 2 < parts.length && /^\s*[/／]\s*(?:本报|[\u4e00-\u9fff]{2,8}(?:日报|报|社))?$/.test(chunk!)) {
      marked = parts[i]!;
      continue;
    }
    // (`…李建华 报道`, `…摄`: what the credit says they did is no name)
    const names = chunk.replace(/(?:(?:摄影?)?报道|摄)\s*$/, '').split(/[\s、,，/／]+/).filter(Boolean);
    // `记者李涛，新华社记者王言彬`: what stands glued to the next role is that reporter's paper
    if (i + 2 < parts.length && /[\u4e00-\u9fff]$/.test(chunk) && /[\s、,，]/.test(chunk)) names.pop();
    for (const name of names) {
      const n = name.replace(/[^\u4e00-\u9fff·]/g, '');
      if (n.length >= 2 && n.length <= 4) out.push({ name: n, role: normRole(role) });
    }
  }
  return out;
}

function normRole(r: string): string {
  if (r === '融媒体记者' || r === '融媒记者') return '全媒体记者';
  if (r === '摄影记者' || r === '图') return '摄影';
  if (r === '文' || r.endsWith('记者')) return r === '全媒体记者' ? r : '记者';
  return r;
}
