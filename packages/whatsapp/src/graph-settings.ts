import { keyValueList, parseKeyValueList } from '@seva/service-kit';
import { type Static, Type } from '@sinclair/typebox';
import { GraphApiClient } from './graph-client.js';

/** Settings of every service that calls the Graph API, named alike everywhere so one environment file serves all. */
export const graphSettings = {
  /** phone-number-id=access-token for every business number this deployment serves. */
  WHATSAPP_NUMBERS: keyValueList('phone-number-id=access-token,...'),
  WHATSAPP_GRAPH_BASE_URL: Type.String({ default: 'https://graph.facebook.com', pattern: '^https?://' }),
  WHATSAPP_GRAPH_VERSION: Type.String({ default: 'v21.0', pattern: '^v\\d+\\.\\d+$' }),
};

const graphSettingsSchema = Type.Object(graphSettings);
export type GraphSettings = Static<typeof graphSettingsSchema>;

export interface GraphAccess {
  readonly client: GraphApiClient;
  /** Access token per phone-number-id. */
  readonly tokens: ReadonlyMap<string, string>;
}

export function graphAccess(settings: GraphSettings): GraphAccess {
  const tokens = parseKeyValueList(settings.WHATSAPP_NUMBERS);
  const client = new GraphApiClient({
    baseUrl: settings.WHATSAPP_GRAPH_BASE_URL,
    version: settings.WHATSAPP_GRAPH_VERSION,
    accessToken: [...tokens.values()][0]!,
  });
  return { client, tokens };
}
