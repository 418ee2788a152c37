// cypher/schema.cypher: constraints on every label's key, indexes, full-text index on names.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { cypherDir } from './paths';

/** The statements of a .cypher file: `//` comment lines dropped, split at `;` ending a line. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function schemaStatements(file = path.join(cypherDir(), 'schema.cypher')): string[] {
  return splitStatements(fs.readFileSync(file, 'utf8'));
}

/** `CREATE CONSTRAINT name IF NOT EXISTS …` / `CREATE [FULLTEXT] INDEX name IF NOT EXISTS …`: what it creates, or null. */
export function schemaItem(statement: string): { kind: 'constraint' | 'index'; name: string } | null {
  const m = /^CREATE\s+(CONSTRAINT|(?:[A-Z]+\s+)?INDEX)\s+([A-Za-z_][A-Za-z0-9_]*)\s+IF\s+NOT\s+EXISTS\b/i.exec(statement);
  if (!m) return null;
  return { kind: /^CONSTRAINT$/i.test(m[1]) ? 'constraint' : 'index', name: m[2] };
}

/**
 * Apply the schema (every statement is IF NOT EXISTS), then wait for the indexes. A statement
 * whose constraint or index the database already holds by that name is not sent (IF NOT EXISTS
 * would make it do nothing), nor the wait when nothing was created and every index is online:
 * on a database that has the schema this is two queries, not thirty-odd.
 */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = schemaStatements();
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name', {}, { database });
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, state', {}, { database });
  const held = new Set([
    ...constraints.records.map((r) => `constraint:${r.get('name')}`),
    ...indexes.records.map((r) => `index:${r.get('name')}`),
  ]);
  let sent = 0;
  for (const s of statements) {
    const item = schemaItem(s);
    if (item && held.has(`${item.kind}:${item.name}`)) continue;
    await driver.executeQuery(s, {}, { database });
    sent++;
  }
  if (sent > 0 || indexes.records.some((r) => r.get('state') !== 'ONLINE')) await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return statements.length;
}
