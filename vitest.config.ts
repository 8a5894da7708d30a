import { defineConfig } from 'vitest/config';

// One run over every workspace project that has tests; each keeps its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'services/*/vitest.config.ts',
      'tools/*/vitest.config.ts',
      'infra/vitest.config.ts',
      'tests/*/vitest.config.ts',
    ],
  },
});
