// PLACEHOLDER: owned by the helper building this command; replaced by the real one.
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';

export const rank: KgCommand = {
  command: 'rank',
  describe: '(not built yet)',
  builder: (y) => y,
  run: async () => {
    throw new UsageError('kg rank: not built yet');
  },
};
