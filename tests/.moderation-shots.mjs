import { chromium } from "@playwright/test";
const base = "http://localhost:3205";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const signIn = await page.request.post(`${base}/api/auth/sign-in/email`, { headers: { origin: base }, data: { email: "admin@karvon.test", password: process.argv[2] }, timeout: 180000 });
console.log("sign-in", signIn.status());
for (const [name, path, width] of [["queue", "/en/admin", 1280], ["analytics", "/en/admin/analytics", 1280], ["audit", "/en/admin/audit", 1280], ["staff", "/ru/admin/staff", 1280], ["coop", "/az/cooperation", 1280], ["queue-mobile", "/uz/admin", 375], ["coop-mobile", "/en/cooperation", 375]]) {
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(`${base}${path}`, { timeout: 120000 });
  await page.waitForTimeout(4000);
  console.log(name, response?.status());
  await page.screenshot({ path: `/tmp/moderation-shots/${name}.png`, fullPage: false });
}
await browser.close();
