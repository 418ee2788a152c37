// The pinyin of a label, for search.ts (pinyin-pro, MIT; toneless). Its own module, so that the
// page loads pinyin-pro's dictionary (≈ 320 KB) as a separate chunk after the first frame, not
// before it (main.ts imports it with import()).
import { pinyin } from 'pinyin-pro';

/** The toneless pinyin syllables of a text (non-Chinese runs are kept as one lower-case "syllable"); `surname`: the first character read as a surname (单 shan). */
export function pinyinSyllables(text: string, surname = false): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', segmentit: 1, ...(surname ? { surname: 'head' as const } : {}) })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9ü]/g, ''))
    .filter(Boolean);
}
