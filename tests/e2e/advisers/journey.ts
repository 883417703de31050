/** Steps the advisers' journeys share: pages of their own, calls as the browser sends them, reviews. */
import { expect, type Browser, type Page } from "@playwright/test";
import { wordsIn } from "../support/messages";

const en = wordsIn("en");

export async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** A call as the browser's tRPC client would send it (a mutation by POST): its HTTP status and its answer. */
export async function callAs(page: Page, procedure: string, input: unknown, method: "GET" | "POST" = "POST"): Promise<{ status: number; data: unknown }> {
  return page.evaluate(
    async ({ procedure, input, method }) => {
      const body = JSON.stringify({ json: input });
      const response =
        method === "GET"
          ? await fetch(`/api/trpc/${procedure}?input=${encodeURIComponent(body)}`)
          : await fetch(`/api/trpc/${procedure}`, { method, headers: { "content-type": "application/json" }, body });
      const answer = (await response.json().catch(() => null)) as { result?: { data?: { json?: unknown } } } | null;
      return { status: response.status, data: answer?.result?.data?.json ?? null };
    },
    { procedure, input, method },
  );
}

/** A moderator claims an item of the review queue and approves it. */
export async function approve(moderator: Page, itemType: "company" | "listing", itemId: string) {
  await moderator.goto(`/en/admin/review/${itemType}/${itemId}`);
  await moderator.getByRole("button", { name: en.t("moderation.review.claim") }).click();
  await moderator.getByRole("radio", { name: en.t("moderation.review.decision.approve") }).check();
  await moderator.getByRole("button", { name: en.t("moderation.review.submit") }).click();
  await expect(moderator.getByRole("status").filter({ hasText: en.t("moderation.review.done") })).toBeVisible();
}
