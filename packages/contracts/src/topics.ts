import type { EventType } from './generated/events.js';

export type ServiceName = 'gateway' | 'conversation' | 'grievance' | 'bill-payment' | 'notification';

export interface TopicDefinition {
  readonly name: string;
  /** What the record key is: every producer must key by it so one key's records keep their order. */
  readonly key: string;
  readonly partitions: number;
  readonly events: readonly EventType[];
  readonly producers: readonly ServiceName[];
  readonly consumers: readonly (ServiceName | 'partners')[];
  readonly description: string;
}

/** The one registry of topics. Topic names appear nowhere else in the code. */
export const topics = {
  whatsappInbound: {
    name: 'seva.whatsapp.inbound',
    key: 'citizenWaId',
    partitions: 12,
    events: ['whatsapp.inbound-message', 'whatsapp.media-stored', 'whatsapp.media-rejected'],
    producers: ['gateway'],
    consumers: ['conversation', 'notification'],
    description: 'Citizen messages received on the WhatsApp webhook, and what became of their media.',
  },
  whatsappStatus: {
    name: 'seva.whatsapp.status',
    key: 'citizenWaId',
    partitions: 12,
    events: ['whatsapp.message-status'],
    producers: ['gateway'],
    consumers: ['notification'],
    description: 'Delivery statuses (sent, delivered, read, failed) reported by the Cloud API.',
  },
  telephonyMissedCall: {
    name: 'seva.telephony.missed-call',
    key: 'citizenWaId',
    partitions: 6,
    events: ['telephony.missed-call'],
    producers: ['gateway'],
    consumers: ['conversation'],
    description: 'Missed calls to a business number, at most one per caller in ten minutes.',
  },
  whatsappOutbound: {
    name: 'seva.whatsapp.outbound',
    key: 'citizenWaId',
    partitions: 12,
    events: ['whatsapp.outbound-request'],
    producers: ['conversation', 'bill-payment'],
    consumers: ['notification'],
    description: 'Messages to send to citizens, in order per citizen.',
  },
  whatsappDelivery: {
    name: 'seva.whatsapp.delivery',
    key: 'citizenWaId',
    partitions: 12,
    events: ['whatsapp.delivery-update'],
    producers: ['notification'],
    consumers: ['partners'],
    description: 'What became of each outbound request.',
  },
  grievanceCommands: {
    name: 'seva.grievance.commands',
    key: 'citizenWaId',
    partitions: 6,
    events: ['grievance.file-requested', 'grievance.citizen-action-requested'],
    producers: ['conversation'],
    consumers: ['grievance'],
    description: 'Commands from citizens in chat: file a complaint, reopen, rate, comment.',
  },
  grievanceEvents: {
    name: 'seva.grievance.events',
    key: 'citizenWaId',
    partitions: 6,
    events: ['grievance.complaint-changed', 'grievance.command-rejected'],
    producers: ['grievance'],
    consumers: ['conversation', 'partners'],
    description: 'Every change to a complaint with the whole complaint, and refused citizen commands.',
  },
  billingCommands: {
    name: 'seva.billing.commands',
    key: 'citizenWaId',
    partitions: 6,
    events: [
      'billing.bills-requested',
      'billing.payment-link-requested',
      'billing.receipts-requested',
      'billing.reminders-choice-requested',
    ],
    producers: ['conversation'],
    consumers: ['bill-payment'],
    description: 'Citizen requests about water and sewerage bills, their receipts and due-date reminders.',
  },
  billingEvents: {
    name: 'seva.billing.events',
    key: 'citizenWaId',
    partitions: 6,
    events: [
      'billing.bills-listed',
      'billing.payment-link-created',
      'billing.payment-link-refused',
      'billing.receipts-listed',
      'billing.payment-settled',
    ],
    producers: ['bill-payment'],
    consumers: ['conversation', 'partners'],
    description: 'Replies to billing commands and settled payments.',
  },
  billingBills: {
    name: 'seva.billing.bills',
    key: 'consumerNumber',
    partitions: 6,
    events: ['billing.bill-issued'],
    producers: ['bill-payment'],
    consumers: ['partners'],
    description: 'Bills imported from city billing systems.',
  },
} as const satisfies Record<string, TopicDefinition>;

export type TopicKey = keyof typeof topics;
export type TopicEvents<T extends TopicKey> = (typeof topics)[T]['events'][number];

/** Dead-letter topic of a topic: poison messages land there with the error in headers. */
export const deadLetterTopicName = (topic: string): string => `${topic}.dlq`;

export const topicList = (): TopicDefinition[] => Object.values(topics);
