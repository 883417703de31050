/**
 * Liveness for load balancers and process supervisors: the process answers HTTP. It touches nothing else, so a
 * database outage never gets healthy processes restarted (readiness, /api/ready, reports that).
 */
export function GET() {
  return Response.json({ status: "alive" }, { headers: { "Cache-Control": "no-store" } });
}
