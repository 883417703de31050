import { expect, test } from "@playwright/test";
import { baku, companyCsv, fergana } from "../../support/company-files";
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
