import { defineConfig } from 'vitest/config';
import { precompiledValidators } from './tools/vite/precompiledValidators.ts';

// `npm run test:faults`: the fault and abuse suite (issue #9). Every tests/faults/*.test.ts, one file at
// a time: several start hub processes and time their faults, and CI runs this on 2 cores within 4 minutes.
export default defineConfig({
  plugins: [precompiledValidators()],
  test: {
    name: 'faults',
    environment: 'node',
    include: ['tests/faults/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
