import { schema } from "@karvon/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../support/caller";
import { baku, companyCsv, companyWorkbook, fergana, uploadOf, windows1251, type FileRow } from "../support/company-files";
import { errorOf } from "../support/errors";
import { createUser } from "../support/factories";
import { testDatabases, useTestDatabase } from "../support/databases";

describe.each(testDatabases())("bulk import of companies on $name", (database) => {
  const handle = useTestDatabase(database);
  const staff = async (id: string) => callerFor({ db: handle.db, session: await createUser(handle.db, id, { role: "moderator" }) });
  // The database is shared by the tests below: each looks at what its own importer created.
  const importedRows = (importerId: string) => handle.db.select().from(schema.companies).where(eq(schema.companies.importedBy, importerId));

  it("previews every row's problems, including a company the portal already has", async () => {
    const moderator = await staff("import-preview");
    const owner = callerFor({ db: handle.db, session: await createUser(handle.db, "import-preview-owner") });
    // A company under review holds its tax ID against an import; a mere draft would not.
    const existing = await owner.company.create({ legalName: "Baku Logistics", country: "AZ", taxId: "1405555551" });
    await handle.db.update(schema.companies).set({ status: "submitted" }).where(eq(schema.companies.id, existing.id));

    const file = companyCsv([{ ...fergana, taxId: "305555555" }, { ...baku, taxId: "1405555551" }, { ...fergana, taxId: "12", legalName: "=HYPERLINK(\"x\")", contactEmail: "" }], "ru", ";");
    const preview = await moderator.companyImport.preview(uploadOf(file));
    expect(preview.problems).toEqual([]);
    expect(preview.ready).toBe(1);
    expect(preview.rows).toEqual([
      { line: 2, legalName: fergana.legalName, taxId: "305555555", problems: [] },
      { line: 3, legalName: baku.legalName, taxId: "1405555551", problems: [{ column: "taxId", message: "errors.import.duplicateInDatabase", value: "1405555551" }] },
      {
        line: 4,
        legalName: '=HYPERLINK("x")',
        taxId: "12",
        problems: expect.arrayContaining([
          { column: "legalName", message: "errors.import.formula", value: '=HYPERLINK("x")' },
          { column: "taxId", message: "errors.taxId.uzFormat", value: "12" },
          { column: "contactEmail", message: "errors.required" },
        ]),
      },
    ]);
    // A preview writes nothing.
    expect(await importedRows("import-preview")).toEqual([]);
  });

  it("imports the valid rows as companies under review, once however often the file comes", async () => {
    const moderator = await staff("import-run");
    const file = uploadOf(companyCsv([fergana, baku, { ...baku, taxId: "1401234569" }]));
    expect(await moderator.companyImport.run(file)).toEqual({ problems: [], created: 2, existing: 0, refused: 1 });

    const rows = await importedRows("import-run");
    expect(rows.map((row) => [row.legalName, row.country, row.taxId, row.status, row.published, row.importedBy]).sort()).toEqual([
      ["Bakı Logistika MMC", "AZ", "1401234561", "submitted", null, "import-run"],
      ["«Fargʻona Toʻqimachi» MChJ", "UZ", "305123456", "submitted", null, "import-run"],
    ]);
    expect(rows.find((row) => row.country === "UZ")?.profile).toMatchObject({ region: "UZ-FA", district: "UZ-FA-kokand-city", contactEmail: "aziz@example.uz" });
    // Nobody is a member yet: the companies wait for review, and for the people who will run them.
    const members = await handle.db.select().from(schema.member).where(eq(schema.member.organizationId, rows[0]?.organizationId ?? ""));
    expect(members).toEqual([]);
    const audit = await handle.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "company.import"));
    expect(audit.map((entry) => [entry.actorId, entry.targetId]).sort()).toEqual(rows.map((row) => ["import-run", row.id]).sort());

    // The same file again, and again at once from two tabs: nothing new.
    expect(await moderator.companyImport.run(file)).toEqual({ problems: [], created: 0, existing: 2, refused: 1 });
    const twice = await Promise.all([moderator.companyImport.run(file), moderator.companyImport.run(file)]);
    expect(twice.map((result) => result.created)).toEqual([0, 0]);
    expect(await importedRows("import-run")).toHaveLength(2);

    // A moderator reviews an imported company like any other and may publish it.
    const uz = rows.find((row) => row.country === "UZ");
    const review = await moderator.moderation.reviewItem({ itemType: "company", itemId: uz?.id ?? "" });
    const decided = await moderator.moderation.decide({ itemType: "company", itemId: uz?.id ?? "", version: review.subject.version, decision: "approve", reasons: [] });
    expect(decided.status).toBe("published");
  });

  it("reads a file saved as Windows-1251", async () => {
    const moderator = await staff("import-cp1251");
    const russian: FileRow = { ...baku, legalName: "ООО Каспий Логистик", contactName: "Ирина Алиева", contactPosition: "Директор", sizeBand: "30", country: "Азербайджан", region: "AZ-BAK", district: "AZ-BA-KHT", taxId: "1407777771", "description.az": "", "description.ru": "Грузоперевозки через Каспий и складские услуги." };
    const bytes = windows1251(companyCsv([russian], "ru", ";"));
    const preview = await moderator.companyImport.preview(uploadOf(bytes));
    expect(preview.problems).toEqual([]);
    expect(preview.rows).toEqual([{ line: 2, legalName: "ООО Каспий Логистик", taxId: "1407777771", problems: [] }]);
    await moderator.companyImport.run(uploadOf(bytes));
    expect((await importedRows("import-cp1251")).map((row) => row.legalName)).toEqual(["ООО Каспий Логистик"]);
  });

  it("previews and imports an Excel workbook as the CSV file of the same rows", async () => {
    const moderator = await staff("import-xlsx");
    const rows = [{ ...fergana, taxId: "306666666" }, { ...baku, taxId: "1406666661" }, { ...fergana, taxId: "12", legalName: "<b>x</b>" }];
    const workbook = await companyWorkbook(rows, "uz");
    const preview = await moderator.companyImport.preview(uploadOf(workbook));
    expect(preview).toEqual(await moderator.companyImport.preview(uploadOf(companyCsv(rows, "uz", ";"))));
    expect(preview.problems).toEqual([]);
    expect(preview.ready).toBe(2);
    // The tax ID typed as a number comes back as its digits, not "306666666.0" or "3.06666666E8".
    expect(preview.rows.map((row) => row.taxId)).toEqual(["306666666", "1406666661", "12"]);
    expect(preview.rows[2]?.problems).toContainEqual({ column: "legalName", message: "errors.import.html", value: "<b>x</b>" });

    expect(await moderator.companyImport.run(uploadOf(workbook))).toEqual({ problems: [], created: 2, existing: 0, refused: 1 });
    expect((await importedRows("import-xlsx")).map((row) => row.taxId).sort()).toEqual(["1406666661", "306666666"]);
  });

  it("answers bad files with translated problems, never a server error", async () => {
    const moderator = await staff("import-bad");
    const problemsOf = async (file: string | Uint8Array) => (await moderator.companyImport.preview(uploadOf(file))).problems.map((problem) => problem.message);
    expect(await problemsOf("")).toContain("errors.import.empty");
    expect(await problemsOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual(["errors.import.workbookCorrupt"]);
    expect(await problemsOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual(["errors.import.xls"]);
    expect(await problemsOf("<html><body>Companies</body></html>")).toContain("errors.import.missingColumn");
    expect(await problemsOf(companyCsv([fergana]).replace("Aziz Karimov", '"Aziz'))).toEqual(["errors.import.unclosedQuote"]);
    expect((await moderator.companyImport.run(uploadOf(""))).created).toBe(0);
    // Over the limit: refused by the input schema before anything is decoded.
    const tooLarge = await errorOf(moderator.companyImport.preview({ data: "A".repeat(3 * 1024 * 1024) }));
    expect(tooLarge).toMatchObject({ code: "BAD_REQUEST", fields: { data: ["errors.import.tooLarge"] } });
    expect((await errorOf(moderator.companyImport.preview({ data: "not base64!" }))).code).toBe("BAD_REQUEST");
  });

  it("checks a file of 5,000 rows", async () => {
    const moderator = await staff("import-large");
    const rows = Array.from({ length: 5000 }, (_, index) => ({ ...fergana, legalName: `Kompaniya ${index}`, taxId: String(300_000_000 + index) }));
    const file = uploadOf(companyCsv(rows, "uz"));
    const started = performance.now();
    const preview = await moderator.companyImport.preview(file);
    const ms = Math.round(performance.now() - started);
    console.log(`5,000-row file (${Math.round((file.data.length * 3) / 4 / 1024)} KiB) checked in ${ms} ms on ${database.name}`);
    expect(preview.problems).toEqual([]);
    expect(preview.ready).toBe(5000);
  });

  it("refuses anyone but staff", async () => {
    const file = uploadOf(companyCsv([{ ...fergana, taxId: "309999999" }]));
    const member = callerFor({ db: handle.db, session: await createUser(handle.db, "import-stranger") });
    const anonymous = callerFor({ db: handle.db, session: null });
    expect((await errorOf(member.companyImport.run(file))).code).toBe("FORBIDDEN");
    expect((await errorOf(member.companyImport.preview(file))).code).toBe("FORBIDDEN");
    expect((await errorOf(anonymous.companyImport.run(file))).code).toBe("UNAUTHORIZED");
    expect(await handle.db.select().from(schema.companies).where(eq(schema.companies.taxId, "309999999"))).toEqual([]);
  });
});
