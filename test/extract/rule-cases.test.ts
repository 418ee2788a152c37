// Every extraction rule's own cases (src/extract/rules.ts): on a positive case the rule gives
// exactly the facts listed, on a negative case none. A rule without a case fails here.
import { extractArticle } from '../../src/extract/extract';
import { RULES, type RuleCase } from '../../src/extract/rules';
import type { SegmentedArticle } from '../../src/segment/segment';

function factsOf(rule: string, c: RuleCase): string[] {
  const [title, text] = c.text.includes('|') ? c.text.split('|') : ['', c.text];
  const article: SegmentedArticle = { kind: 'news', newspaper: c.newspaper ?? null, date: c.undated ? null : '2024-05-06', published: null, title, subtitle: null, reporters: [], text };
  const { entities, relations } = extractArticle(article);
  const name = (id: string) => entities.find((e) => e.id === id)!.name;
  return relations
    .filter((r) => r.rule === rule)
    .map((r) => `${name(r.from)} → ${name(r.to)}${r.type === 'ATTENDED' ? `:${r.role}` : ''}`)
    .sort();
}

const cases = Object.entries(RULES).flatMap(([id, spec]) => spec.cases.map((c) => [id, c.facts.length ? '+' : '−', c.text, c] as const));

describe('extraction rules, case by case', () => {
  it('every rule has a positive case', () => {
    for (const [id, spec] of Object.entries(RULES)) expect([id, spec.cases.some((c) => c.facts.length > 0)]).toEqual([id, true]);
  });
  it.each(cases)('%s %s %s', (id, _sign, _text, c) => {
    expect(factsOf(id, c)).toEqual([...c.facts].sort());
  });
});
