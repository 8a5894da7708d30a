import { databaseUrl } from '@seva/database';
import pg from 'pg';

export interface NotSent {
  readonly requestId: string;
  /** The citizen message the reply answered (its WhatsApp message id). */
  readonly causationId: string | null;
  readonly status: string;
  readonly reason: string | null;
  /** Epoch ms of the last change: when the send was given up. */
  readonly at: number;
}

export interface SendOutcomes {
  /** Outbound requests by final status (accepted, sent, delivered, read, failed, dropped, unknown...). */
  readonly byStatus: Record<string, number>;
  /** Sent as the approved template because the 24-hour window looked closed. */
  readonly asTemplate: number;
  /** Requests notification did not send, with why (`unknown`: interrupted mid-send and not repeated). */
  readonly notSent: NotSent[];
}

/**
 * What notification recorded about each reply it was asked to send (its own database, read after the run for
 * diagnosis only): explains replies the citizens never got.
 */
export async function readSendOutcomes(
  serverUrl: string,
  database: string,
): Promise<SendOutcomes | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    const counts = await client.query<{ status: string; count: number; templates: number }>(
      `select status, count(*)::int as count, count(*) filter (where as_template)::int as templates
       from outbound_message group by status`,
    );
    const failed = await client.query<{
      request_id: string;
      causation_id: string | null;
      status: string;
      reason: string | null;
      updated_at: Date;
    }>(
      `select request_id, causation_id, status, reason, updated_at from outbound_message
       where status in ('unknown', 'failed', 'dropped', 'sending') order by updated_at limit 1000`,
    );
    return {
      byStatus: Object.fromEntries(counts.rows.map((row) => [row.status, row.count])),
      asTemplate: counts.rows.reduce((sum, row) => sum + row.templates, 0),
      notSent: failed.rows.map((row) => ({
        requestId: row.request_id,
        causationId: row.causation_id,
        status: row.status,
        reason: row.reason,
        at: row.updated_at.getTime(),
      })),
    };
  } catch {
    return undefined;
  } finally {
    await client.end();
  }
}
