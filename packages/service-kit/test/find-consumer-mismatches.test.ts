import type { TopicKey } from '@seva/contracts';
import { describe, expect, it } from 'vitest';
import type { ConsumerGroup } from '../src/build-service.js';
import { findConsumerMismatches } from '../src/find-consumer-mismatches.js';

/** Consumer groups reading these topics; the handlers themselves do not matter here. */
const reading = (...perGroup: TopicKey[][]): ConsumerGroup[] =>
  perGroup.map((keys, index) => ({
    groupId: `group-${index}`,
    handlers: Object.fromEntries(keys.map((key) => [key, {}])) as ConsumerGroup['handlers'],
  }));

describe('findConsumerMismatches', () => {
  it.each([
    ['exactly its topics', 'grievance', reading(['grievanceCommands']), []],
    [
      'its topics spread over two groups',
      'conversation',
      reading(['whatsappInbound', 'telephonyMissedCall'], ['grievanceEvents', 'billingEvents']),
      [],
    ],
    [
      'a topic the registry does not name it for',
      'grievance',
      reading(['grievanceCommands', 'whatsappStatus']),
      ['grievance reads seva.whatsapp.status, but the topic registry does not list it as a consumer'],
    ],
    [
      'not a topic the registry names it for',
      'grievance',
      reading([]),
      ['the topic registry lists grievance as a consumer of seva.grievance.commands, which it does not read'],
    ],
    ['no consumers, as the registry says', 'gateway', [], []],
  ] as const)('a service reading %s', (_case, service, groups, expected) => {
    expect(findConsumerMismatches(service, groups)).toEqual(expected);
  });
});
