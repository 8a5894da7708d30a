import { describe, expect, it } from 'vitest';
import { parseOptions } from '../src/parse-options.js';

describe('parseOptions --cpus', () => {
  it('runs the scenario on the CPUs listed, and names it so', () => {
    const [scenario] = parseOptions(['--rate', '500', '--cpus', '0']).scenarios;
    expect(scenario).toMatchObject({ cpus: '0', name: 'closed loop, 500 msg/s, CPUs 0' });
  });

  it.each([
    [['--cpus', 'first'], /CPU list/],
    [['--cpus', '0;1'], /CPU list/],
    [['--cpus', '0', '--faults', '--restart-postgres'], /cannot be combined/],
    [['--cpus', '0', '--suite'], /cannot be combined/],
  ])('refuses %j', (argv, reason) => {
    expect(() => parseOptions(argv)).toThrow(reason);
  });

  it('gives the suite one run on one core', () => {
    const oneCore = parseOptions(['--suite']).scenarios.filter((scenario) => scenario.cpus !== undefined);
    expect(oneCore.map((scenario) => scenario.name)).toEqual(['closed loop, 500 msg/s, one core']);
  });
});
