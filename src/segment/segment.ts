// Segment: a cleaned page → its articles.
import type { ArticleKind, Reporter } from '../model';

export interface SegmentedArticle {
  kind: ArticleKind;
  newspaper: string | null;
  date: string | null;
  published: string | null;
  title: string;
  subtitle: string | null;
  reporters: Reporter[];
  text: string;
}

export interface SegmentOptions {
  year: number | null;
}

export function segmentPage(page: string, _options: SegmentOptions): SegmentedArticle[] {
  const lines = page.split('\n').filter((l) => l.trim());
  return [{ kind: 'news', newspaper: null, date: null, published: null, title: lines[0] ?? '', subtitle: null, reporters: [], text: lines.slice(1).join('\n') }];
}
