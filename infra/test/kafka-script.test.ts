import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '@seva/testkit';
import { describe, it } from 'vitest';

const kafkaScript = join(repoRoot, 'infra/scripts/kafka.sh');

describe('infra/scripts/kafka.sh', () => {
  // `npm run up` then `npm test` both start the broker: the second start must find it, not wait on the
  // start lock (which the broker once inherited and held for its whole life).
  const managed = spawnSync('bash', [kafkaScript, 'status']).status === 0;
  it.runIf(managed)('returns at once when the broker it started already runs', () => {
    execFileSync('bash', [kafkaScript, 'start'], { timeout: 20_000, stdio: 'ignore' });
  });
});
