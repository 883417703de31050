import { expect, test } from "@playwright/test";
import { baku, companyCsv, companyWorkbook, fergana } from "../../support/company-files";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, signIn } from "../support/demo-accounts";

/**
 * A chamber's file, checked and imported by a moderator in Russian: a row in Uzbek Cyrillic and Latin is ready, a
 * row with markup and one with a wrong tax ID are shown with their problems, and importing creates one company
 * under review. The tax ID is new on every run, so the demo data folder can be reused.
 */
test("a moderator checks a mixed-script file, sees its bad rows and imports the good one", async ({ page }) => {
  test.setTimeout(90_000);
  const taxId = `3${Date.now().toString().slice(-8)}`;
  const file = companyCsv(
    [
      { ...fergana, taxId, legalName: `«Фарғона Тўқимачи» ${taxId}` },
      { ...baku, taxId: "1401234569", "description.az": "<b>Ən yaxşı</b> logistika" },
      { ...fergana, taxId: "12" },
    ],
    "ru",
    ";",
  );
  await signIn(page, demoAccount((account) => account.label === "moderator", "the moderator"), "ru");
  await page.goto("/ru/import");
  await expect(page.getByRole("heading", { name: "Импорт компаний из файла", level: 1 })).toBeVisible();

  await page.getByTestId("import-file").setInputFiles({ name: "palata.csv", mimeType: "text/csv", buffer: Buffer.from(file, "utf8") });
  await page.getByTestId("import-check").click();
  await expect(page.getByTestId("import-preview")).toContainText("К импорту готова 1 компания.");
  const problems = page.getByTestId("import-problem-rows");
  await expect(problems.getByRole("row")).toHaveCount(3);
  await expect(problems).toContainText("Описание (азербайджанский): В ячейке веб-разметка (HTML); введите обычный текст.");
  await expect(problems).toContainText("ИНН:");
  await expectNoAxeViolations(page);

  await page.getByTestId("import-run").click();
  await expect(page.getByTestId("import-result")).toContainText("Импортирована 1 компания, она на проверке.");
});

/**
 * The same page with an Excel workbook, named as Excel names it: its first sheet is previewed like a CSV file; an old
 * .xls is refused with a message that says how to save it.
 */
test("a moderator checks an Excel workbook and is told how to save an old .xls", async ({ page }) => {
  test.setTimeout(90_000);
  const taxId = `3${Date.now().toString().slice(-8)}`;
  const workbook = await companyWorkbook([{ ...fergana, taxId, legalName: `Fargʻona Toʻqimachi ${taxId}` }, { ...fergana, taxId: "12" }], "ru");
  await signIn(page, demoAccount((account) => account.label === "moderator", "the moderator"), "ru");
  await page.goto("/ru/import");

  const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  await page.getByTestId("import-file").setInputFiles({ name: "palata.xlsx", mimeType: xlsxType, buffer: Buffer.from(workbook) });
  await page.getByTestId("import-check").click();
  await expect(page.getByTestId("import-preview")).toContainText("К импорту готова 1 компания.");
  await expect(page.getByTestId("import-problem-rows").getByRole("row")).toHaveCount(2);

  const xls = Buffer.alloc(4096);
  xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await page.getByTestId("import-file").setInputFiles({ name: "palata.xls", mimeType: "application/vnd.ms-excel", buffer: xls });
  await page.getByTestId("import-check").click();
  await expect(page.getByTestId("import-file-problems")).toContainText("Это книга Excel старого формата (.xls)");
  await expectNoAxeViolations(page);
});
