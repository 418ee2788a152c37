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

/** Apply the schema (idempotent: every statement is IF NOT EXISTS), then wait for the indexes. */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = schemaStatements();
  for (const s of statements) await driver.executeQuery(s, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return statements.length;
}
