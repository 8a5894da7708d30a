import type { ComplaintChange } from '@seva/contracts';
import type { OutgoingEvent } from '@seva/kafka';
import type { Complaint, ComplaintHistory } from '../generated/prisma/client.js';

/** A complaint as announced: its row and its history in the order it happened. */
export type AnnouncedComplaint = Complaint & {
  readonly history: readonly Pick<
    ComplaintHistory,
    'action' | 'fromStatus' | 'toStatus' | 'actorRole' | 'actorId' | 'comment' | 'at'
  >[];
};

export interface ChangeFacts {
  readonly change: ComplaintChange;
  /** The command or API request behind the change; null for escalations. */
  readonly requestId: string | null;
  readonly actorRole: string;
  readonly actorId: string | null;
  /** What caused the change, unique per change: the event id derives from it, so a repeat is recognised downstream. */
  readonly cause: string;
}

/**
 * The complaint-changed event of a change: the whole complaint as it now is, history included, keyed by the
 * citizen. announceChange adds it to the outbox; filing writes it inside its own statement.
 */
export function buildComplaintChanged(
  complaint: AnnouncedComplaint,
  facts: ChangeFacts,
): OutgoingEvent<'grievance.complaint-changed'> {
  return {
    type: 'grievance.complaint-changed',
    key: complaint.citizenWaId,
    eventId: `complaint-changed:${facts.cause}`,
    occurredAt: complaint.updatedAt.getTime(),
    value: {
      change: facts.change,
      requestId: facts.requestId,
      actorRole: facts.actorRole,
      actorId: facts.actorId,
      complaint: {
        number: complaint.number,
        tenantId: complaint.tenantId,
        complaintType: complaint.complaintType,
        department: complaint.department,
        description: complaint.description,
        localityCode: complaint.localityCode,
        localityName: complaint.localityName,
        latitude: complaint.latitude,
        longitude: complaint.longitude,
        photoKeys: complaint.photoKeys,
        citizenWaId: complaint.citizenWaId,
        citizenName: complaint.citizenName,
        businessNumberId: complaint.businessNumberId,
        language: complaint.language,
        source: complaint.source,
        status: complaint.status,
        assignee: complaint.assignee,
        rating: complaint.rating,
        escalationLevel: complaint.escalationLevel,
        slaDueAt: complaint.slaDueAt.getTime(),
        createdAt: complaint.createdAt.getTime(),
        updatedAt: complaint.updatedAt.getTime(),
        history: complaint.history.map((entry) => ({
          action: entry.action,
          fromStatus: entry.fromStatus,
          toStatus: entry.toStatus,
          actorRole: entry.actorRole,
          actorId: entry.actorId,
          comment: entry.comment,
          at: entry.at.getTime(),
        })),
      },
    },
  };
}
