import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, serviceConfig } from '../src/index.js';

const schema = serviceConfig(
  { port: 3000, database: 'seva_test' },
  { APP_SECRET: Type.String({ minLength: 8 }) },
);
const good = { KAFKA_BROKERS: '127.0.0.1:9092', APP_SECRET: 'long-enough' };

describe('configuration from the environment', () => {
  it('fills defaults and converts numbers', () => {
    const config = loadConfig(schema, { ...good, PORT: '3100' });
    expect(config).toMatchObject({
      PORT: 3100,
      DATABASE_NAME: 'seva_test',
      LOG_LEVEL: 'info',
      KAFKA_NAMESPACE: '',
      PROCESS_NICENESS: 0,
    });
  });

  it.each([
    [{ KAFKA_BROKERS: '' }, 'KAFKA_BROKERS'],
    [{ KAFKA_BROKERS: 'kafka' }, 'KAFKA_BROKERS'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ APP_SECRET: 'short' }, 'APP_SECRET'],
    [{ PROCESS_NICENESS: '20' }, 'PROCESS_NICENESS'],
    [{ PROCESS_NICENESS: '-5' }, 'PROCESS_NICENESS'],
    [{ OTEL_TRACES_SAMPLER: 'sometimes' }, 'OTEL_TRACES_SAMPLER'],
  ])('refuses %o and names %s', (override, name) => {
    expect(() => loadConfig(schema, { ...good, ...override })).toThrow(ConfigError);
    try {
      loadConfig(schema, { ...good, ...override });
    } catch (error) {
      expect((error as ConfigError).problems.some((problem) => problem.startsWith(`${name}:`))).toBe(true);
    }
  });

  it('reports a missing required setting as not set', () => {
    expect(() => loadConfig(schema, { APP_SECRET: 'long-enough' })).toThrow(/KAFKA_BROKERS: .*\(not set\)/);
  });
});
