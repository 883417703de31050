import { listMail, schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { errorOf } from "../support/errors";
import { createUser, publishDirectly } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("company members and logo on $name", (database) => {
  const handle = useTestDatabase(database);

  it("invites by e-mail in the inviter's language; the invited person accepts and becomes a member", async () => {
    const owner = await createUser(handle.db, "inv-owner", { locale: "az" });
    const colleague = await createUser(handle.db, "inv-colleague");
    const outsider = await createUser(handle.db, "inv-outsider");
    const ownerCaller = callerFor({ db: handle.db, session: owner });
    const { id } = await ownerCaller.company.create({ legalName: "Gəncə Tekstil", country: "AZ", taxId: "2000000011" });
    // Only a published company invites (see mail-abuse.test.ts).
    await publishDirectly(handle.db, id);

    // Only the owner invites.
    await ownerCaller.company.invite({ companyId: id, email: colleague.user.email });
    const memberCaller = callerFor({ db: handle.db, session: colleague });
    const invitation = (await ownerCaller.company.listMembers({ companyId: id })).invitations[0];
    expect(invitation?.email).toBe(colleague.user.email);

    const [mail] = await listMail(handle.db, { to: colleague.user.email });
    expect(mail?.locale).toBe("az");
    expect(mail?.subject).toContain("Gəncə Tekstil");
    expect(mail?.text).toContain(`https://karvon.test/az/invitations/${invitation?.id}`);

    // Someone else cannot use the link.
    const stolen = await errorOf(callerFor({ db: handle.db, session: outsider }).company.acceptInvitation({ invitationId: invitation?.id ?? "" }));
    expect(stolen).toMatchObject({ code: "FORBIDDEN", keys: ["errors.company.invitationOtherEmail"] });

    expect(await memberCaller.company.acceptInvitation({ invitationId: invitation?.id ?? "" })).toMatchObject({ companyId: id });
    const { members, invitations } = await ownerCaller.company.listMembers({ companyId: id });
    expect(members.map((entry) => [entry.userId, entry.role])).toEqual([
      [owner.user.id, "owner"],
      [colleague.user.id, "member"],
    ]);
    expect(invitations).toHaveLength(0);
    // The link works once.
    expect((await errorOf(memberCaller.company.acceptInvitation({ invitationId: invitation?.id ?? "" }))).code).toBe("NOT_FOUND");

    // A member edits the draft but cannot invite.
    await memberCaller.company.saveDraft({ companyId: id, patch: { city: "Ganja" } });
    const notOwner = await errorOf(memberCaller.company.invite({ companyId: id, email: "x@example.az" }));
    expect(notOwner).toMatchObject({ code: "FORBIDDEN", keys: ["errors.company.ownerOnly"] });
    expect((await errorOf(ownerCaller.company.invite({ companyId: id, email: colleague.user.email }))).code).toBe("CONFLICT");
  });

  it("hands over ownership and removes members", async () => {
    const owner = await createUser(handle.db, "tr-owner");
    const colleague = await createUser(handle.db, "tr-colleague");
    const ownerCaller = callerFor({ db: handle.db, session: owner });
    const { id } = await ownerCaller.company.create({ legalName: "Transfer Test", country: "UZ", taxId: "306666666" });
    await publishDirectly(handle.db, id);
    await ownerCaller.company.invite({ companyId: id, email: colleague.user.email });
    const invitation = (await ownerCaller.company.listMembers({ companyId: id })).invitations[0];
    await callerFor({ db: handle.db, session: colleague }).company.acceptInvitation({ invitationId: invitation?.id ?? "" });

    expect((await errorOf(ownerCaller.company.removeMember({ companyId: id, userId: owner.user.id }))).keys).toContain(
      "errors.company.ownerCannotLeave",
    );
    await ownerCaller.company.transferOwnership({ companyId: id, userId: colleague.user.id });
    const roles = await handle.db.select({ userId: schema.member.userId, role: schema.member.role }).from(schema.member);
    expect(roles).toEqual(
      expect.arrayContaining([
        { userId: owner.user.id, role: "member" },
        { userId: colleague.user.id, role: "owner" },
      ]),
    );
    // The new owner removes the old one.
    await callerFor({ db: handle.db, session: colleague }).company.removeMember({ companyId: id, userId: owner.user.id });
    expect((await errorOf(ownerCaller.company.byIdForMember({ companyId: id }))).code).toBe("NOT_FOUND");
  });

  it("re-encodes a logo to WebP and refuses SVG, forged and oversized images with a reason", async () => {
    const owner = await createUser(handle.db, "logo-owner");
    const caller = callerFor({ db: handle.db, session: owner });
    const { id } = await caller.company.create({ legalName: "Logo Test", country: "UZ", taxId: "307777777" });

    const png = await sharp({ create: { width: 1200, height: 600, channels: 3, background: "#0b7068" } }).png().toBuffer();
    await caller.company.uploadLogo({ companyId: id, dataUrl: `data:image/png;base64,${png.toString("base64")}` });
    const [logo] = await handle.db.select().from(schema.companyLogos).where(eq(schema.companyLogos.companyId, id));
    expect(logo?.mimeType).toBe("image/webp");
    const meta = await sharp(Buffer.from(logo?.data ?? new Uint8Array())).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.width).toBe(512);
    expect(meta.height).toBe(256);

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString("base64");
    expect((await errorOf(caller.company.uploadLogo({ companyId: id, dataUrl: `data:image/svg+xml;base64,${svg}` }))).keys).toContain("errors.logo.svg");
    expect((await errorOf(caller.company.uploadLogo({ companyId: id, dataUrl: `data:image/png;base64,${svg}` }))).keys).toContain("errors.logo.svg");
    const forged = Buffer.from("MZ this is an executable, not a PNG").toString("base64");
    expect((await errorOf(caller.company.uploadLogo({ companyId: id, dataUrl: `data:image/png;base64,${forged}` }))).keys).toContain("errors.logo.format");
    const jpegAsPng = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } }).jpeg().toBuffer();
    expect((await errorOf(caller.company.uploadLogo({ companyId: id, dataUrl: `data:image/png;base64,${jpegAsPng.toString("base64")}` }))).keys).toContain("errors.logo.format");
    const big = Buffer.alloc(2 * 1024 * 1024 + 10, 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await errorOf(caller.company.uploadLogo({ companyId: id, dataUrl: `data:image/png;base64,${big.toString("base64")}` }))).keys).toContain("errors.logo.tooLarge");
    const truncated = png.subarray(0, 60).toString("base64");
    expect((await errorOf(caller.company.uploadLogo({ companyId: id, dataUrl: `data:image/png;base64,${truncated}` }))).keys).toContain("errors.logo.unreadable");
  });
});
