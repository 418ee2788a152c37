// Jest globalSetup: first the one line about ../shared when it is missing (the tests that read
// it skip; test/shared.ts), then the Neo4j tests' server (test/neo4j/globalSetup.ts).
import path from 'node:path';
import neo4jGlobalSetup from './neo4j/globalSetup';
import { filesNeedingShared, ROOT, sharedNotice } from './shared';

interface JestGlobalConfig {
  testPathPattern?: string;
}

/** Does the run's path pattern (none: the whole suite) select one of these files? */
export function selects(globalConfig: JestGlobalConfig, files: string[]): boolean {
  const pattern = globalConfig.testPathPattern ?? '';
  if (!pattern) return true;
  try {
    const re = new RegExp(pattern, 'i');
    return files.some((f) => re.test(path.join(ROOT, f)));
  } catch {
    return true;
  }
}

export default async function globalSetup(globalConfig: JestGlobalConfig): Promise<void> {
  const notice = sharedNotice();
  if (notice && selects(globalConfig, filesNeedingShared())) {
    // CI runs beside a copy of ../shared: there its absence would silently drop the quality gates
    if (process.env.CI) throw new Error(`${notice}; CI needs ../shared beside the checkout`);
    process.stderr.write(`\n${notice}\n`);
  }
  await neo4jGlobalSetup(globalConfig);
}
