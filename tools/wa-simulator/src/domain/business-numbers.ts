import { parseKeyValueList } from '@seva/service-kit';
import type { SimulatorConfig } from '../config.js';

export interface BusinessNumber {
  /** Meta's phone-number-id: the path segment of the Graph API and `metadata.phone_number_id` of webhooks. */
  readonly id: string;
  readonly accessToken: string;
  /** `metadata.display_phone_number` of webhooks. */
  readonly displayPhoneNumber: string;
}

export interface MissedCallLine {
  readonly line: string;
  readonly businessNumberId: string;
}

export interface Numbers {
  readonly business: ReadonlyMap<string, BusinessNumber>;
  readonly missedCallLines: readonly MissedCallLine[];
}

/**
 * Reads the business numbers and missed-call lines from the shared settings. A business number is displayed
 * as the missed-call line routed to it, when there is one: a department usually publishes one number for
 * both; otherwise as its own id, since WHATSAPP_NUMBERS names no display number.
 */
export function readNumbers(
  config: Pick<SimulatorConfig, 'WHATSAPP_NUMBERS' | 'MISSED_CALL_NUMBERS'>,
): Numbers {
  const missedCallLines = [...parseKeyValueList(config.MISSED_CALL_NUMBERS)].map(
    ([line, businessNumberId]) => ({
      line,
      businessNumberId,
    }),
  );
  const business = new Map(
    [...parseKeyValueList(config.WHATSAPP_NUMBERS)].map(([id, accessToken]) => [
      id,
      {
        id,
        accessToken,
        displayPhoneNumber: missedCallLines.find((line) => line.businessNumberId === id)?.line ?? id,
      },
    ]),
  );
  return { business, missedCallLines };
}
