// Shared by the resolve tests: read a fixture of ArticleRecords, compact views of results.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleRecord } from '../../src/model';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'resolve');
export { REPO_SEEDS as SEEDS } from '../shared';

export function readFixture(name: string): ArticleRecord[] {
  return fs
    .readFileSync(path.join(FIXTURES, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ArticleRecord);
}
