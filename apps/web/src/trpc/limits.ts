/**
 * The most one request to /api/trpc may ask for. The client's batch link splits at the same size, so only a
 * hand-made request meets the limit.
 */
export const trpcRequestLimits = {
  /** Procedure calls in one batch: more answer 400 before any of them runs. */
  maxBatchSize: 10,
  /** Bytes of a request body: more answer 413 before anything is parsed. A 2 MB logo, base64 in JSON, fits. */
  maxBodyBytes: 3 * 1024 * 1024,
} as const;
