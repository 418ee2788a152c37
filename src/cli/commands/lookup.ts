// PLACEHOLDER: owned by the helper building this command; replaced by the real one.
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';

export const lookup: KgCommand = {
  command: 'lookup',
  describe: '(not built yet)',
  builder: (y) => y,
  run: async () => {
    throw new UsageError('kg lookup: not built yet');
  },
};
