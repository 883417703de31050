/** Names shared by the global setup and the per-file test databases. */
export const postgresTemplateName = "karvon_test_template";

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
