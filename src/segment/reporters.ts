// Reporters from datelines and bylines: `全媒体记者 谢卓芳 通讯员 王静`,
// `记者陈勇 杨佳俊`, `湖南日报全媒体记者 翁鹏博 童迪 谢卓芳`.
import type { Reporter } from '../model';

/** A newspaper or agency name as it opens a dateline: 湖南日报, 三湘都市报, 新华社. */
export const NEWSPAPER = '■?[\\u4e00-\\u9fff]{2,8}?(?:日报|晚报|都市报|时报|商报|早报|报|新闻社|通讯社|社)';

const ROLE = /(全媒体记者|融媒体记者|特约记者|实习记者|记者|通讯员|评论员|实习生|摄影)/g;

export function parseReporters(s: string): Reporter[] {
  const text = s.replace(/^[\u4e00-\u9fff]{1,8}报(?:驻[\u4e00-\u9fff]{1,10}?(?=记者|通讯员))?/, '');
  const out: Reporter[] = [];
  const parts = text.split(ROLE);
  // `（李礼章、刘建新）`: names without a role are the dateline's reporters
  if (parts.length === 1) parts.unshift('', '记者');
  // parts: [before, role, names, role, names, …]
  for (let i = 1; i < parts.length; i += 2) {
    const role = parts[i] === '实习生' ? '通讯员' : parts[i];
    const chunk = parts[i + 1];
    const names = chunk.split(/[\s、,，]+/).filter(Boolean);
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
  if (r === '融媒体记者') return '全媒体记者';
  if (r === '特约记者' || r === '实习记者') return '记者';
  return r;
}
