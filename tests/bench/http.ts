/** tRPC over HTTP as the browser calls it: GET /api/trpc/<path>?input=<superjson {"json": …}>. */
export function trpcUrl(base: string, procedure: string, input: unknown): string {
  return `${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

export type TimedResponse = { ms: number; dbMs: number | null; body: unknown; status: number };

export async function timedGet(url: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body: unknown = await response.json();
  const ms = performance.now() - started;
  const timing = /db;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
  return { ms, dbMs: timing ? Number(timing[1]) : null, body, status: response.status };
}

/** The `json` payload of a successful tRPC answer. */
export function trpcData<T>(response: TimedResponse): T {
  const result = (response.body as { result?: { data?: { json?: T } } }).result;
  if (response.status !== 200 || result?.data?.json === undefined) {
    throw new Error(`tRPC answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
  }
  return result.data.json;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
