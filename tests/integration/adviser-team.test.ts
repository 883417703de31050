import { schema } from "@karvon/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importedByChamber } from "../support/adviser-import";
import { callerFor } from "../support/caller";
import { errorOf } from "../support/errors";
import { createUser } from "../support/factories";
import { mailsTo } from "../support/mail";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("the advisers of an organisation on $name", (database) => {
  const handle = useTestDatabase(database);
  const auditOf = (action: string, targetId: string) =>
    handle.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.targetId, targetId)));
  const linkOf = async (email: string) => {
    const [mail] = await mailsTo(handle.db, email, "advisers.invitation");
    return { mail, id: /\/advisers\/invitations\/([0-9a-f-]{36})/.exec(mail?.text ?? "")?.[1] ?? "" };
  };

  it("invites a colleague in the colleague's language; the colleague joins and works on the same companies", async () => {
    const { adviser, chamber, company, token } = await importedByChamber(handle.db, "team", "321111111");
    await callerFor({ db: handle.db, session: null }).advisers.confirm({ token });
    const colleagueSession = await createUser(handle.db, "team-colleague", { locale: "ru" });
    const colleague = callerFor({ db: handle.db, session: colleagueSession });

    // The adviser writes in English, the colleague's account reads Russian: the mail is in Russian.
    await adviser.advisers.invite({ email: colleagueSession.user.email, locale: "en" });
    const { mail, id } = await linkOf(colleagueSession.user.email);
    expect([mail?.locale, mail?.subject]).toEqual(["ru", "Person adviser-team приглашает вас в организацию «Fargʻona palatasi team» на Karvon"]);
    expect(mail?.text).toContain(`https://karvon.test/ru/advisers/invitations/${id}`);
    // An address without an account gets the language the adviser chose.
    await adviser.advisers.invite({ email: "new-colleague@example.uz", locale: "az" });
    expect((await linkOf("new-colleague@example.uz")).mail?.locale).toBe("az");

    const team = await adviser.advisers.team();
    expect(team.advisers.map((person) => [person.userId, person.isMe])).toEqual([["adviser-team", true]]);
    expect(team.invitations.map((invitation) => invitation.email).sort()).toEqual(["new-colleague@example.uz", "team-colleague@example.uz"]);

    // Only the invited address accepts.
    const outsider = callerFor({ db: handle.db, session: await createUser(handle.db, "team-outsider") });
    expect(await outsider.advisers.invitation({ invitationId: id })).toMatchObject({ organizationName: "Fargʻona palatasi team", forMe: false, status: "pending" });
    expect(await errorOf(outsider.advisers.acceptInvitation({ invitationId: id }))).toMatchObject({ code: "FORBIDDEN", keys: ["errors.company.invitationOtherEmail"] });
    expect(await colleague.advisers.acceptInvitation({ invitationId: id })).toEqual({ ok: true });
    expect((await errorOf(colleague.advisers.acceptInvitation({ invitationId: id }))).code).toBe("NOT_FOUND");

    // The colleague now sees the organisation's portfolio and acts for its confirmed client.
    expect(await colleague.advisers.mine()).toMatchObject({ id: chamber.id, status: "approved" });
    expect((await colleague.advisers.portfolio({})).clients.map((client) => client.companyId)).toEqual([company.id]);
    await colleague.advisers.editCompany({ companyId: company.id, patch: { city: "Qoʻqon" } });
    expect((await adviser.advisers.team()).advisers.map((person) => person.userId)).toEqual(["adviser-team", "team-colleague"]);

    // Revoking an invitation ends its link at once.
    const pending = (await adviser.advisers.team()).invitations;
    expect(pending.map((invitation) => invitation.email)).toEqual(["new-colleague@example.uz"]);
    await adviser.advisers.revokeInvitation({ invitationId: pending[0]?.id ?? "" });
    expect((await adviser.advisers.team()).invitations).toEqual([]);
    // The invited address signs up later: the revoked link no longer works.
    const late = callerFor({ db: handle.db, session: await createUser(handle.db, "new-colleague") });
    expect((await errorOf(late.advisers.acceptInvitation({ invitationId: pending[0]?.id ?? "" }))).code).toBe("NOT_FOUND");

    // Every step is in the audit log under the organisation.
    const actions = await handle.db.select().from(schema.auditLog).where(eq(schema.auditLog.targetId, chamber.id));
    expect(actions.map((entry) => [entry.action, entry.actorId]).filter(([action]) => action?.startsWith("adviser.invitation")).sort()).toEqual([
      ["adviser.invitation.accept", "team-colleague"],
      ["adviser.invitation.create", "adviser-team"],
      ["adviser.invitation.create", "adviser-team"],
      ["adviser.invitation.revoke", "adviser-team"],
    ]);
  });

  it("removes an adviser, never the last one; the removed adviser loses the companies at once", async () => {
    const { adviser, chamber, company, token } = await importedByChamber(handle.db, "remove", "322222222");
    await callerFor({ db: handle.db, session: null }).advisers.confirm({ token });
    const colleagueSession = await createUser(handle.db, "remove-colleague");
    const colleague = callerFor({ db: handle.db, session: colleagueSession });
    await adviser.advisers.invite({ email: colleagueSession.user.email, locale: "uz" });
    await colleague.advisers.acceptInvitation({ invitationId: (await linkOf(colleagueSession.user.email)).id });

    await adviser.advisers.removeAdviser({ userId: "remove-colleague" });
    expect((await errorOf(colleague.advisers.clientProfile({ companyId: company.id }))).code).toBe("NOT_FOUND");
    expect((await colleague.advisers.portfolio({})).clients).toEqual([]);
    expect(await auditOf("adviser.remove", chamber.id)).toHaveLength(1);
    // The last adviser stays.
    expect(await errorOf(adviser.advisers.removeAdviser({ userId: "adviser-remove" }))).toMatchObject({ code: "BAD_REQUEST", keys: ["errors.advisers.lastAdviser"] });
    expect((await errorOf(adviser.advisers.removeAdviser({ userId: "remove-colleague" }))).code).toBe("NOT_FOUND");
  });

  it("keeps each organisation's people to itself, and within the daily limit of invitations", async () => {
    const first = await importedByChamber(handle.db, "team-a", "323333333");
    const second = await importedByChamber(handle.db, "team-b", "324444444");
    const stranger = callerFor({ db: handle.db, session: await createUser(handle.db, "team-stranger") });
    await first.adviser.advisers.invite({ email: "colleague-a@example.uz", locale: "uz" });
    const invitationId = (await linkOf("colleague-a@example.uz")).id;

    // Not an adviser: nothing to manage.
    expect((await errorOf(stranger.advisers.team())).code).toBe("FORBIDDEN");
    expect((await errorOf(stranger.advisers.invite({ email: "x@example.uz", locale: "en" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(stranger.advisers.revokeInvitation({ invitationId }))).code).toBe("NOT_FOUND");
    expect((await errorOf(stranger.advisers.removeAdviser({ userId: "adviser-team-a" }))).code).toBe("NOT_FOUND");
    // Another organisation's adviser: another organisation's invitations and people do not exist.
    expect((await errorOf(second.adviser.advisers.revokeInvitation({ invitationId }))).code).toBe("NOT_FOUND");
    expect((await errorOf(second.adviser.advisers.removeAdviser({ userId: "adviser-team-a" }))).code).toBe("NOT_FOUND");
    // An adviser of one organisation cannot join a second one.
    await first.adviser.advisers.invite({ email: "adviser-team-b@example.uz", locale: "uz" });
    const crossing = await errorOf(second.adviser.advisers.acceptInvitation({ invitationId: (await linkOf("adviser-team-b@example.uz")).id }));
    expect(crossing).toMatchObject({ code: "CONFLICT", keys: ["errors.advisers.alreadyRegistered"] });
    // A colleague already in the team is not invited again.
    expect((await errorOf(first.adviser.advisers.invite({ email: "adviser-team-a@example.uz", locale: "uz" }))).code).toBe("CONFLICT");

    // The daily cap of company invitations applies to an organisation's as well.
    for (let n = (await first.adviser.advisers.team()).invitations.length; n < 20; n += 1) {
      await first.adviser.advisers.invite({ email: `bulk-${n}@example.uz`, locale: "uz" });
    }
    const capped = await errorOf(first.adviser.advisers.invite({ email: "one-more@example.uz", locale: "uz" }));
    expect(capped).toMatchObject({ code: "TOO_MANY_REQUESTS", keys: ["errors.advisers.invitationLimit"] });
    expect(await mailsTo(handle.db, "one-more@example.uz", "advisers.invitation")).toEqual([]);
  });
});
