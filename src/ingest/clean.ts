// Ingest, second step: repair the character-level damage of PDF extraction in a page's
// text, keeping its line structure (segmentation reads the lines).
//   - CRLF/CR → LF, ideographic and no-break spaces → plain spaces, zero-width marks removed;
//   - letter-spaced CJK runs (`总 部 、区 域 总 部`, `李 建 中 先 后`) closed up, while a
//     space between two multi-character words stays: it separates names in a byline
//     (`刘奕楠 通讯员 何芳 徐娜`) or a headline from its subtitle;
//   - spaces between a digit and a CJK character (`2025 年培育 10 家`) and around CJK
//     punctuation (`15.8% 、24.3%`) removed;
//   - full-width ASCII (digits, letters, brackets) folded to half-width, as the spec makes
//     them equal and the PFR corpus writes every digit full-width;
//   - ASCII punctuation next to CJK characters (`12月11日,省政协`) made the full-width mark it stands for.
//   - spaces around the dot of a transliterated name written with a bullet (`雪克来提 • 扎克尔`) removed
//     (the dot kept as written: a citation quotes the text).
import { mapArray } from '../arrays';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3001-\\u3003\\u3008-\\u3011\\u3014-\\u301f\\uff01\\uff08\\uff09\\uff0c\\uff1a\\uff1b\\uff1f\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026\\u00b7';

const LETTER_SPACED = new RegExp(`(?:[${CJK}${CJK_PUNCT}] ){2,}[${CJK}${CJK_PUNCT}]`, 'g');
const SPACE_AROUND_PUNCT = new RegExp(` +(?=[${CJK_PUNCT}])|(?<=[${CJK_PUNCT}]) +`, 'g');
const DIGIT_CJK = new RegExp(`(?<=[0-9%.]) +(?=[${CJK}])|(?<=[${CJK}]) +(?=[0-9])`, 'g');

export function cleanPage(text: string): string {
  // (a page with no carriage return is not scanned for one: the test is a fast search, the scan is not)
  const page = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text)
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u3000\u00a0\t]/g, ' ')
    .replace(WIDE_ASCII, foldWide);
  // a page with nothing cleanLine repairs is its lines as they are: not split, trimmed and joined again
  // (nine pages in ten of People's Daily 1998)
  if (!LINE_REPAIRS.test(page)) return page;
  return mapArray(page.split('\n'), cleanLine).join('\n');
}

/**
 * What cleanLine acts on: ASCII punctuation (HAS_ASCII_PUNCT), a dot of another form (HAS_NAME_DOT), a
 * space or any other white space than the line break (what its `trim` takes off a line's ends).
 */
const LINE_REPAIRS = /[,;:!?()•・‧∙]|[^\S\n]/;

/**
 * Runs of full-width ASCII but the CJK punctuation that Chinese text uses as such: ，：；！？（）
 * stay as they are (the scan passes them by: a call of foldWide for every comma cost 1 % of
 * extraction). A run, not a character: one call for the digits of `１９９８`.
 */
const WIDE_ASCII = /(?:(?![，：；！？（）])[\uff01-\uff5e])+/g;

/** Full-width ASCII → half-width. */
function foldWide(run: string): string {
  if (run.length === 1) return String.fromCharCode(run.charCodeAt(0) - 0xfee0);
  let out = '';
  for (let i = 0; i < run.length; i++) out += String.fromCharCode(run.charCodeAt(i) - 0xfee0);
  return out;
}

/**
 * Chinese text's punctuation in its ASCII form, as scrapers and mirror sites often write it
 * (`12月11日,省政协党组召开(扩大)会议,…`): next to a CJK character, the full-width mark the
 * rules read (one character for one: offsets stay). `1,000` and `10:30` stay as they are.
 */
const ASCII_CJK_PUNCT = new RegExp(`(?<=[${CJK}${CJK_PUNCT}])[,;:!?()]|[,;:!?()](?=[${CJK}])`, 'g');
const HAS_ASCII_PUNCT = /[,;:!?()]/;
const wide = (c: string): string => String.fromCharCode(c.charCodeAt(0) + 0xfee0);

/** A name's dot of another form between two CJK characters, spaced: `雪克来提 • 扎克尔` → `雪克来提•扎克尔`. */
const NAME_DOT = new RegExp(`(?<=[${CJK}]) *([•・‧∙]) *(?=[${CJK}])`, 'g');
const HAS_NAME_DOT = /[•・‧∙]/;

export function cleanLine(line: string): string {
  if (HAS_ASCII_PUNCT.test(line)) line = line.replace(ASCII_CJK_PUNCT, wide);
  if (HAS_NAME_DOT.test(line)) line = line.replace(NAME_DOT, '$1');
  // every repair below is about a space: a line without one only needs its ends trimmed
  if (!line.includes(' ')) return line.trim();
  return line
    .replace(LETTER_SPACED, (run) => run.replace(/ /g, ''))
    .replace(SPACE_AROUND_PUNCT, '')
    .replace(DIGIT_CJK, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
