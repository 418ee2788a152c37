// Extract: one article → entities and relations, each relation with its evidence.
import type { Entity, Relation } from '../model';
import type { SegmentedArticle } from '../segment/segment';

export function extractArticle(_article: SegmentedArticle): { entities: Entity[]; relations: Relation[] } {
  return { entities: [], relations: [] };
}
