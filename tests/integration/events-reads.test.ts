/**
 * The participant's two reads of a large forum: the catalogue a page at a time (its counts still over every
 * participant), and the agenda in the same number of statements however many meetings it holds.
 */
import { timedDb } from "@karvon/api";
import { participantCataloguePageSize } from "@karvon/data";
import { describe, expect, it } from "vitest";
import { testDatabases, useTestDatabase } from "../support/databases";
import { participantCaller, personOf, seedEventCompany, seedEventWith, type EventCompany } from "../support/events-fixture";

const message = "We would like to discuss cotton yarn supplies for next season.";

describe.each(testDatabases())("a forum's catalogue and agenda on $name", (database) => {
  const handle = useTestDatabase(database);

  it("answers the catalogue a page at a time, the next participants on page 2 and the counts over all of them", async () => {
    const viewer = await seedEventCompany(handle.db, { name: "Aaa Viewer Yarn", country: "UZ" });
    const others: EventCompany[] = [await seedEventCompany(handle.db, { name: "Uzbek Spinner", country: "UZ" })];
    const total = participantCataloguePageSize + 3;
    for (let index = 0; index < total - 1; index++) {
      others.push(await seedEventCompany(handle.db, { name: `Baku Buyer ${String(index).padStart(2, "0")}`, country: "AZ" }));
    }
    const { event, clock } = await seedEventWith(handle.db, { companies: [viewer, ...others] });
    const caller = participantCaller(handle.db, personOf(viewer), clock);

    const first = await caller.events.catalogue({ eventId: event.id, companyId: viewer.id });
    const second = await caller.events.catalogue({ eventId: event.id, companyId: viewer.id, page: 2 });
    const names = [...first.items, ...second.items].map((item) => item.name);
    const expected = [...Array.from({ length: total - 1 }, (_, index) => `Baku Buyer ${String(index).padStart(2, "0")}`), "Uzbek Spinner"];
    expect(first.items).toHaveLength(participantCataloguePageSize);
    expect(names).toEqual(expected);
    for (const page of [first, second]) {
      expect(page).toMatchObject({ total, pageSize: participantCataloguePageSize });
      expect(page.facets).toEqual({ country: { AZ: total - 1, UZ: 1 }, sector: { "13": total } });
    }
    expect(second.page).toBe(2);

    // A filter counts and pages what it keeps.
    const uzbek = await caller.events.catalogue({ eventId: event.id, companyId: viewer.id, country: "UZ" });
    expect(uzbek).toMatchObject({ total: 1, items: [{ name: "Uzbek Spinner" }] });
    expect(uzbek.facets.country).toEqual({ AZ: total - 1, UZ: 1 });
  });

  it("reads an agenda of many meetings in as many statements as an agenda of two, with the same reasons", async () => {
    const seller = await seedEventCompany(handle.db, { name: "Namangan Yarn", country: "UZ" });
    const buyers: EventCompany[] = [];
    for (let index = 0; index < 6; index++) buyers.push(await seedEventCompany(handle.db, { name: `Sumqayit Mill ${index}`, country: "AZ" }));
    const { event, clock } = await seedEventWith(handle.db, { companies: [seller, ...buyers] });
    const sellerCaller = participantCaller(handle.db, personOf(seller), clock);

    const statementsOfAgenda = async () => {
      const counting = timedDb(handle.db);
      const agenda = await participantCaller(counting.db, personOf(seller), clock).events.agenda({ eventId: event.id, companyId: seller.id });
      return { agenda, statements: counting.statements() };
    };
    const accept = async (buyer: EventCompany) => {
      const request = await participantCaller(handle.db, personOf(buyer), clock).events.sendRequest({ eventId: event.id, fromCompanyId: buyer.id, toCompanyId: seller.id, message });
      expect(await sellerCaller.events.accept({ requestId: request.id })).toMatchObject({ status: "scheduled" });
    };

    for (const buyer of buyers.slice(0, 2)) await accept(buyer);
    const few = await statementsOfAgenda();
    for (const buyer of buyers.slice(2)) await accept(buyer);
    const many = await statementsOfAgenda();

    expect(few.agenda.items).toHaveLength(2);
    expect(many.agenda.items).toHaveLength(6);
    expect(many.statements).toBe(few.statements);
    expect(many.agenda.items.map((item) => item.partner.name).sort()).toEqual(buyers.map((_, index) => `Sumqayit Mill ${index}`));
    for (const item of many.agenda.items) {
      expect(item.reasons[0]).toMatchObject({ code: "they-seek-what-you-offer", hsChapters: ["52"], sectors: ["13"] });
    }
    // The partner's side as the participant sees it: the same best pair from either company.
    const buyerAgenda = await participantCaller(handle.db, personOf(buyers[0] as EventCompany), clock).events.agenda({ eventId: event.id, companyId: buyers[0]?.id ?? "" });
    expect(buyerAgenda.items[0]?.reasons[0]).toMatchObject({ code: "they-offer-what-you-seek", hsChapters: ["52"] });
  });
});
