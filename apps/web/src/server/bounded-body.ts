/**
 * A request whose body is read into memory only up to a limit: a longer body (as its Content-Length says, or as
 * it turns out while streaming) is refused without being read to its end.
 */
export async function boundRequestBody(request: Request, maxBytes: number): Promise<Request | null> {
  if (request.body === null) return request;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await request.body.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
}

/** The answer to a body over the limit. */
export function payloadTooLarge(maxBytes: number): Response {
  return Response.json({ error: "payload-too-large", maxBytes }, { status: 413 });
}
