/** The URL of one service's database on the server named by a base URL (any database path on it). */
export function databaseUrl(serverUrl: string, database: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(database))
    throw new TypeError(`database name ${JSON.stringify(database)} is not a plain identifier`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export const databaseNameOf = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));
