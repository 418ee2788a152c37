// The extraction pipeline, pure: page text → cleaned page → articles → entities and
// relations. No I/O here; the CLI and the bench are the edges.
import type { ArticleRecord } from './model';
import { cleanPage } from './ingest/clean';
import { segmentPage } from './segment/segment';
import { extractArticle } from './extract/extract';
import { mapArray } from './arrays';
import { loadNameModel } from './extract/names';
import { dictionary } from './extract/jieba';

export interface ExtractOptions {
  /** the year to use when neither the page header nor the text tells */
  year?: number | null;
  /** the prefix of the article ids (src/ingest/ids.ts; default: `source` without its extension) */
  name?: string;
}

/**
 * Loads what the extractor otherwise loads on its first page (the person-name model and the
 * word dictionary, ≈ 0.3 s): a worker thread does it while the main thread lists the inputs.
 */
export function loadModels(): void {
  loadNameModel();
  dictionary();
}

export const STAGES = ['clean', 'segment', 'extract'] as const;

export function extractPage(raw: string, source: string, options: ExtractOptions = {}): ArticleRecord[] {
  const page = cleanPage(raw);
  const base = options.name ?? source.replace(/\.[^.]*$/, '');
  return mapArray(segmentPage(page, { year: options.year ?? null }), (seg, i) => {
    const { entities, relations, reporters } = extractArticle(seg);
    return {
      id: `${base}#${i + 1}`,
      source,
      kind: seg.kind,
      newspaper: seg.newspaper,
      date: seg.date,
      published: seg.published,
      title: seg.title,
      subtitle: seg.subtitle,
      reporters: [...seg.reporters, ...reporters],
      text: seg.text,
      entities,
      relations,
    };
  });
}
