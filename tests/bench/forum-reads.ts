/**
 * The forum's two busiest reads over HTTP, as a participant's browser asks them once the meetings are scheduled:
 * the participants' catalogue (with its suggested meetings; unfiltered and by country) and the agenda, each as a
 * member of one of the bench user's companies, in turn.
 */
import { percentile, timedGet, trpcData, trpcUrl } from "./http";
import type { Forum } from "./forum";

export type ReadLatency = { p50: number; p95: number; samples: number };

export async function measureForumReads(
  serverUrl: string,
  cookie: string,
  forum: Forum,
  samples: number,
): Promise<{ catalogue: ReadLatency; agenda: ReadLatency }> {
  const eventId = forum.event.id;
  const ask = async (procedure: string, input: object) => {
    const response = await timedGet(trpcUrl(serverUrl, procedure, input), { cookie });
    trpcData(response);
    return response.ms;
  };
  const filters = [{}, { country: "UZ" }, { country: "AZ" }];
  // The first request of each procedure loads its route and modules: not a cost of the forum.
  const [first = ""] = forum.hostCompanyIds;
  await ask("events.catalogue", { eventId, companyId: first });
  await ask("events.agenda", { eventId, companyId: first });
  const catalogue: number[] = [];
  const agenda: number[] = [];
  for (let index = 0; index < samples; index++) {
    const companyId = forum.hostCompanyIds[index % forum.hostCompanyIds.length] ?? "";
    catalogue.push(await ask("events.catalogue", { eventId, companyId, ...filters[index % filters.length] }));
    agenda.push(await ask("events.agenda", { eventId, companyId }));
  }
  const latency = (ms: number[]): ReadLatency => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), samples: ms.length });
  return { catalogue: latency(catalogue), agenda: latency(agenda) };
}
