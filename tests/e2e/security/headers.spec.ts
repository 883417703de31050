import { expect, test } from "@playwright/test";

test("pages carry a nonce-based CSP that their own scripts satisfy", async ({ page, request }) => {
  const first = await request.get("/en");
  const second = await request.get("/en");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  // A fresh nonce per response.
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["x-powered-by"]).toBeUndefined();
  // Plain http here: no HSTS.
  expect(first.headers()["strict-transport-security"]).toBeUndefined();

  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const html = await first.text();
  expect(nonce).toBeTruthy();
  expect(html).toContain(`nonce="${nonce}"`);

  // Under the policy the page still hydrates: no CSP violation is reported.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/en");
  await page.getByTestId("language-switcher").selectOption("ru");
  await expect(page).toHaveURL(/\/ru$/);
  expect(violations).toEqual([]);
});

test("tRPC and HSTS behind an https proxy", async ({ request }) => {
  const api = await request.get("/api/trpc/stats.companiesByCountry");
  expect(api.status()).toBe(200);
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["x-powered-by"]).toBeUndefined();

  const behindTls = await request.get("/en", { headers: { "x-forwarded-proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
});
