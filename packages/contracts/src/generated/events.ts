// Generated from schemas/*.avsc by scripts/generate.ts: edit the schemas, not this file.
/* eslint-disable */

export type IssuedBillService = 'WATER' | 'SEWERAGE';

/** A bill was imported from the city's billing system. */
export interface BillIssued {
  billNumber: string;
  consumerNumber: string;
  tenantId: string;
  service: IssuedBillService;
  period: string;
  amountPaise: number;
  dueDate: string;
  linkedWaIds: Array<string>;
}

export type BillService = 'WATER' | 'SEWERAGE';

export interface TaxHead {
  code: string;
  amountPaise: number;
}

export interface BillSummary {
  billNumber: string;
  consumerNumber: string;
  tenantId: string;
  service: BillService;
  period: string;
  amountPaise: number;
  /** ISO date. */
  dueDate: string;
  taxHeads: Array<TaxHead>;
}

/** Reply to BillsRequested: the bills the citizen may see. */
export interface BillsListed {
  requestId: string;
  businessNumberId: string;
  citizenWaId: string;
  bills: Array<BillSummary>;
}

/** Command: list the unpaid bills linked to a citizen's number, or to a consumer number they typed. */
export interface BillsRequested {
  requestId: string;
  businessNumberId: string;
  citizenWaId: string;
  consumerNumber: null | string;
}

export interface PaymentLinkCreated {
  requestId: string;
  businessNumberId: string;
  citizenWaId: string;
  billNumber: string;
  paymentId: string;
  url: string;
  amountPaise: number;
  expiresAt: number;
}

/** Command: create a payment link for the exact amount of one bill. */
export interface PaymentLinkRequested {
  requestId: string;
  businessNumberId: string;
  citizenWaId: string;
  billNumber: string;
}

export type PaymentOutcome = 'PAID' | 'FAILED' | 'EXPIRED';

/** A payment reached a final state after it was verified with the provider. */
export interface PaymentSettled {
  paymentId: string;
  billNumber: string;
  consumerNumber: string;
  tenantId: string;
  businessNumberId: string;
  payerWaId: string;
  outcome: PaymentOutcome;
  amountPaise: number;
  receiptNumber: null | string;
  /** Storage key of the receipt PDF. */
  receiptKey: null | string;
  reason: null | string;
  at: number;
}

export type CitizenAction = 'REOPEN' | 'RATE' | 'COMMENT';

/** Command: a citizen reopens, rates or comments on one of their own complaints from chat. */
export interface CitizenActionRequested {
  requestId: string;
  businessNumberId: string;
  citizenWaId: string;
  complaintNumber: string;
  action: CitizenAction;
  rating: null | number;
  comment: null | string;
}

/** Reply to a grievance command that could not be carried out, with a reason code the conversation can explain. */
export interface CommandRejected {
  requestId: string;
  businessNumberId: string;
  citizenWaId: string;
  /** e.g. UNKNOWN_COMPLAINT_TYPE, ACTION_NOT_ALLOWED, REOPEN_WINDOW_PASSED. */
  code: string;
  message: string;
}

export type ComplaintChange = 'FILED' | 'ASSIGNED' | 'REASSIGN_REQUESTED' | 'RESOLVED' | 'REJECTED' | 'REOPENED' | 'CLOSED' | 'ESCALATED' | 'COMMENTED' | 'OTHER';

export interface HistoryEntry {
  action: string;
  fromStatus: null | string;
  toStatus: string;
  actorRole: string;
  actorId: null | string;
  comment: null | string;
  at: number;
}

export interface Complaint {
  /** e.g. PB-PGR-2026-11-23-000123 */
  number: string;
  tenantId: string;
  complaintType: string;
  department: string;
  description: string;
  localityCode: null | string;
  localityName: null | string;
  latitude: null | number;
  longitude: null | number;
  photoKeys: Array<string>;
  citizenWaId: string;
  citizenName: null | string;
  businessNumberId: string;
  language: string;
  source: string;
  /** Workflow state, e.g. PENDINGFORASSIGNMENT, PENDINGATLME, RESOLVED. */
  status: string;
  assignee: null | string;
  rating: null | number;
  escalationLevel: number;
  slaDueAt: number;
  createdAt: number;
  updatedAt: number;
  history: Array<HistoryEntry>;
}

/** Every change to a complaint, carrying the whole current complaint so a partner department needs nothing else. */
export interface ComplaintChanged {
  change: ComplaintChange;
  /** The command or API request that caused the change. */
  requestId: null | string;
  /** CITIZEN, GRO, LME, SYSTEM or a supervising role. */
  actorRole: string;
  actorId: null | string;
  complaint: Complaint;
}

export interface PhotoRef {
  storageKey: string;
  mimeType: string;
  sha256: string;
}

/** Command: a citizen confirmed a complaint in chat; grievance files it once per requestId. */
export interface FileRequested {
  /** Idempotency key chosen by the conversation: a repeated command files nothing new. */
  requestId: string;
  businessNumberId: string;
  citizenWaId: string;
  citizenName: null | string;
  language: string;
  /** City, e.g. pb.amritsar. */
  tenantId: string;
  /** Service code from the complaint type master, e.g. StreetLightNotWorking. */
  complaintType: string;
  description: string;
  localityCode: null | string;
  localityName: null | string;
  latitude: null | number;
  longitude: null | number;
  photos: Array<PhotoRef>;
}

/** A citizen gave a missed call to a business number; the platform answers with a WhatsApp template. */
export interface MissedCall {
  /** Telephony provider's call id. */
  callId: string;
  /** Caller number in international form, digits only. */
  citizenWaId: string;
  /** Cloud API phone-number-id of the called number. */
  businessNumberId: string;
  calledAt: number;
  provider: string;
}

export type DeliveryStatus = 'ACCEPTED' | 'SENT' | 'DELIVERED' | 'READ' | 'FAILED' | 'DROPPED' | 'UNKNOWN';

/** What became of an outbound request: accepted by the Cloud API, delivered, read, failed or dropped. */
export interface DeliveryUpdate {
  requestId: string;
  messageId: null | string;
  businessNumberId: string;
  citizenWaId: string;
  status: DeliveryStatus;
  errorCode: null | number;
  reason: null | string;
  at: number;
}

export type InboundKind = 'TEXT' | 'BUTTON_REPLY' | 'LIST_REPLY' | 'IMAGE' | 'AUDIO' | 'VIDEO' | 'DOCUMENT' | 'STICKER' | 'LOCATION' | 'CONTACTS' | 'REACTION' | 'UNSUPPORTED';

export interface InteractiveReply {
  id: string;
  title: string;
  description: null | string;
}

export interface InboundMedia {
  mediaId: string;
  mimeType: string;
  sha256: null | string;
  filename: null | string;
  voice: boolean;
}

export interface LocationPin {
  latitude: number;
  longitude: number;
  name: null | string;
  address: null | string;
}

/** A message a citizen sent to a business number, as received on the WhatsApp Cloud API webhook. */
export interface InboundMessage {
  /** WhatsApp message id (wamid); unique per message. */
  messageId: string;
  /** Cloud API phone-number-id that received the message. */
  businessNumberId: string;
  /** Citizen's WhatsApp id (phone number in international form, digits only). */
  citizenWaId: string;
  citizenName: null | string;
  sentAt: number;
  kind: InboundKind;
  /** Text body, or caption of a media message. */
  text: null | string;
  reply: null | InteractiveReply;
  media: null | InboundMedia;
  location: null | LocationPin;
  unsupportedReason: null | string;
  /** The business message this one replies to (WhatsApp 'context'), when the citizen used reply. */
  contextMessageId: null | string;
}

/** An inbound media file could not be stored (too large, wrong type, checksum mismatch, download failed). */
export interface MediaRejected {
  messageId: string;
  businessNumberId: string;
  citizenWaId: string;
  mediaId: string;
  reason: string;
}

/** An inbound photo, voice note or document was downloaded from the Cloud API, checked and stored. */
export interface MediaStored {
  messageId: string;
  businessNumberId: string;
  citizenWaId: string;
  mediaId: string;
  /** Reference in the platform's object storage. */
  storageKey: string;
  mimeType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
}

export type StatusKind = 'SENT' | 'DELIVERED' | 'READ' | 'FAILED' | 'UNKNOWN';

export interface StatusError {
  code: number;
  title: string;
  detail: null | string;
}

/** A delivery status the Cloud API reported for a message the platform sent. */
export interface MessageStatus {
  /** wamid of the outbound message. */
  messageId: string;
  businessNumberId: string;
  citizenWaId: string;
  status: StatusKind;
  at: number;
  errors: Array<StatusError>;
}

export interface TemplateRef {
  name: string;
  language: string;
  parameters: Array<string>;
}

/** A request to send one WhatsApp message to a citizen; notification sends it in order per citizen. */
export interface OutboundRequest {
  /** Idempotency key: one send at most per request id. */
  requestId: string;
  businessNumberId: string;
  citizenWaId: string;
  /** Cloud API message object as JSON (type and its body), already within Meta's limits. */
  message: string;
  /** Approved template sent instead when the 24-hour customer service window is closed. */
  fallbackTemplate: null | TemplateRef;
  /** Id of the inbound message or event that caused this reply. */
  causationId: null | string;
}

export type BillingBillIssued = BillIssued;
export type BillingBillsListed = BillsListed;
export type BillingBillsRequested = BillsRequested;
export type BillingPaymentLinkCreated = PaymentLinkCreated;
export type BillingPaymentLinkRequested = PaymentLinkRequested;
export type BillingPaymentSettled = PaymentSettled;
export type GrievanceCitizenActionRequested = CitizenActionRequested;
export type GrievanceCommandRejected = CommandRejected;
export type GrievanceComplaintChanged = ComplaintChanged;
export type GrievanceFileRequested = FileRequested;
export type TelephonyMissedCall = MissedCall;
export type WhatsappDeliveryUpdate = DeliveryUpdate;
export type WhatsappInboundMessage = InboundMessage;
export type WhatsappMediaRejected = MediaRejected;
export type WhatsappMediaStored = MediaStored;
export type WhatsappMessageStatus = MessageStatus;
export type WhatsappOutboundRequest = OutboundRequest;

/** Every event type with the TypeScript shape of its newest schema version. */
export interface EventMap {
  'billing.bill-issued': BillingBillIssued;
  'billing.bills-listed': BillingBillsListed;
  'billing.bills-requested': BillingBillsRequested;
  'billing.payment-link-created': BillingPaymentLinkCreated;
  'billing.payment-link-requested': BillingPaymentLinkRequested;
  'billing.payment-settled': BillingPaymentSettled;
  'grievance.citizen-action-requested': GrievanceCitizenActionRequested;
  'grievance.command-rejected': GrievanceCommandRejected;
  'grievance.complaint-changed': GrievanceComplaintChanged;
  'grievance.file-requested': GrievanceFileRequested;
  'telephony.missed-call': TelephonyMissedCall;
  'whatsapp.delivery-update': WhatsappDeliveryUpdate;
  'whatsapp.inbound-message': WhatsappInboundMessage;
  'whatsapp.media-rejected': WhatsappMediaRejected;
  'whatsapp.media-stored': WhatsappMediaStored;
  'whatsapp.message-status': WhatsappMessageStatus;
  'whatsapp.outbound-request': WhatsappOutboundRequest;
}

export type EventType = keyof EventMap;

export const eventTypes = ['billing.bill-issued', 'billing.bills-listed', 'billing.bills-requested', 'billing.payment-link-created', 'billing.payment-link-requested', 'billing.payment-settled', 'grievance.citizen-action-requested', 'grievance.command-rejected', 'grievance.complaint-changed', 'grievance.file-requested', 'telephony.missed-call', 'whatsapp.delivery-update', 'whatsapp.inbound-message', 'whatsapp.media-rejected', 'whatsapp.media-stored', 'whatsapp.message-status', 'whatsapp.outbound-request'] as const satisfies readonly EventType[];
