import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccount, signIn } from "../support/demo-accounts";

/**
 * The public API's journey: an admin issues a key to a chamber on the staff page (the key is shown once), a
 * partner system searches with it over HTTP, the admin sees the request counted and revokes the key, and the
 * next request is refused. The reference page renders from the OpenAPI document.
 */
test("an admin issues a key, a partner searches with it, the admin revokes it and it is refused at once", async ({ page, request }) => {
  test.setTimeout(120_000);
  const admin = demoAccount((account) => account.label === "admin", "the admin");
  await signIn(page, admin, "en");
  await page.goto("/en/admin/api-keys");
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();

  const organisation = `Chamber of Commerce ${Date.now().toString(36)}`;
  await page.getByLabel("Organisation").fill(organisation);
  await page.getByLabel("Contact e-mail").fill("api@chamber.example");
  await page.getByLabel("Requests per minute, at most").fill("30");
  await page.getByRole("button", { name: "Issue key" }).click();
  const key = (await page.getByTestId("issued-api-key").textContent()) ?? "";
  expect(key).toMatch(/^krv_[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);

  const search = await request.get("/api/v1/search?q=fruit&pageSize=5", { headers: { Authorization: `Bearer ${key}` } });
  expect(search.status()).toBe(200);
  expect(search.headers()["etag"]).toMatch(/^W\//);
  const body = (await search.json()) as { total: number; hits: unknown[] };
  expect(body.hits.length).toBeLessThanOrEqual(5);
  expect((await request.get("/api/v1/search")).status()).toBe(401);

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: organisation });
  await expect(row).toContainText("1 request · at most 30 per minute");
  await expect(row).toContainText(key.slice(0, 12));
  await expect(page.getByText(key)).toHaveCount(0);

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");
  expect((await request.get("/api/v1/search?q=fruit", { headers: { Authorization: `Bearer ${key}` } })).status()).toBe(401);
});

test("the API reference page lists every operation and links the OpenAPI document", async ({ page, request }) => {
  await page.goto("/ru/developers");
  await expect(page.getByRole("heading", { name: "API для систем партнёров", level: 1 })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(6);
  await expect(page.getByText("GET /api/v1/search")).toBeVisible();
  await expectNoAxeViolations(page);
  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
