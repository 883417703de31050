import { chromium } from "@playwright/test";
const base = "http://localhost:3205";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.request.post(`${base}/api/auth/sign-in/email`, { headers: { origin: base }, data: { email: "admin@karvon.test", password: process.argv[2] }, timeout: 180000 });
for (const [name, path, width, selector] of [["queue", "/en/admin", 1280, '[data-testid="queue-item"]'], ["analytics", "/en/admin/analytics", 1280, '[data-testid="chart-companies"]'], ["audit", "/en/admin/audit", 1280, '[data-testid="audit-table"]'], ["queue-mobile", "/uz/admin", 375, '[data-testid="queue-item"]']]) {
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(`${base}${path}`, { timeout: 180000 });
  await page.waitForSelector(selector, { timeout: 180000 }).catch((e) => console.log(name, "no", selector));
  await page.waitForTimeout(1500);
  console.log(name, response?.status());
  await page.screenshot({ path: `/tmp/moderation-shots/${name}.png`, fullPage: false });
}
await browser.close();
