import { defineConfig } from 'vitest/config';

// The smoke test starts a whole platform as processes: minutes, not seconds, on a shared 2-core machine.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 300000, hookTimeout: 300000 },
});
