import { describe, expect, it } from "vitest";
import { onShutdown, runClosers, settleWork, trackWork } from "./lifecycle";

describe("shutdown bookkeeping", () => {
  it("waits for tracked work, including work started while waiting, then runs the closers once", async () => {
    const events: string[] = [];
    let finishFirst = () => {};
    void trackWork(new Promise<void>((resolve) => (finishFirst = resolve))).then(() => {
      events.push("first done");
      void trackWork(new Promise((resolve) => setTimeout(resolve, 20))).then(() => events.push("follow-up done"));
    });
    void trackWork(Promise.reject(new Error("a failed delivery"))).catch(() => events.push("failure settled"));
    onShutdown(async () => {
      events.push("closed");
    });
    const settled = settleWork().then(() => events.push("settled"));
    setTimeout(finishFirst, 10);
    await settled;
    await runClosers();
    await runClosers();
    expect(events).toEqual(["failure settled", "first done", "follow-up done", "settled", "closed"]);
  });
});
