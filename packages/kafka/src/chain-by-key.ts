import type { KafkaMessage } from 'kafkajs';

/**
 * The records of a fetched batch as one chain per key, each in the order fetched: records of different keys
 * may be handled at the same time, those of one key only one after another. Records without a key share a
 * chain.
 */
export function chainByKey(messages: readonly KafkaMessage[]): KafkaMessage[][] {
  const chains = new Map<string, KafkaMessage[]>();
  for (const message of messages) {
    const key = message.key === null ? '' : `k${message.key.toString('latin1')}`;
    const chain = chains.get(key);
    if (chain) chain.push(message);
    else chains.set(key, [message]);
  }
  return [...chains.values()];
}
