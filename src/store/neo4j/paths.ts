// Where the project's own files are at run time, from src/ (ts-jest) or dist/src/ (compiled).
import fs from 'node:fs';
import path from 'node:path';

let root: string | undefined;

/** The repository root: the nearest folder above this module holding cypher/schema.cypher. */
export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'cypher', 'schema.cypher')) && fs.existsSync(path.join(dir, 'package.json')))
      return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the news-kg folder (cypher/schema.cypher) above ${__dirname}`);
    dir = up;
  }
}

export const cypherDir = () => path.join(projectRoot(), 'cypher');
export const queriesDir = () => path.join(cypherDir(), 'queries');
export const launcherDir = () => path.join(projectRoot(), 'neo4j', 'launcher');
/** data and logs of the project's own server (git-ignored) */
export const localHome = () => path.join(projectRoot(), '.neo4j');
