// PLACEHOLDER: owned by the helper building this command; replaced by the real one.
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';

export const neo4j: KgCommand = {
  command: 'neo4j',
  describe: '(not built yet)',
  builder: (y) => y,
  run: async () => {
    throw new UsageError('kg neo4j: not built yet');
  },
};
