// Sending: a failed send can be retried without filing the report twice, and
// a host app can take over sending with its own function.
import { test, expect } from "@playwright/test";
import { chooseReasonAndContinue, openChat, recordRequests, shownEntries, startReport, visible, openDisclosure, stepReady, receivedReports } from "./flow";

test("a send that fails shows a clear error, and the retry files the same report once", async ({ page }) => {
  const requests = recordRequests(page);
  const attempts: any[] = [];
  let failNext = true;
  await page.route("**/api/reports", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    attempts.push({ body: route.request().postDataJSON(), key: route.request().headers()["idempotency-key"] });
    if (failNext) {
      failNext = false;
      return route.fulfill({ status: 500, body: "{}" });
    }
    return route.continue();
  });
  await openDisclosure(page, "lang=en&chat=third-message", "t03");
  await page.getByTestId("agree").click();

  const failure = page.getByTestId("send-failed");
  await expect(failure).toBeVisible();
  await expect(failure).toContainText("Your report could not be sent.");
  await expect(page.locator('[data-step="receipt"]')).toHaveCount(0);
  await expect(page.getByTestId("agree")).toBeDisabled();

  await page.getByTestId("retry").click();
  await stepReady(page, "receipt");

  expect(attempts).toHaveLength(2);
  expect(attempts[1].body).toEqual(attempts[0].body);
  expect(attempts[0].key).toBe(attempts[0].body.report_id);
  const all = await receivedReports(page.request);
  expect(all.filter((r: any) => r.payload.report_id === attempts[0].body.report_id)).toHaveLength(1);
  expect(requests.filter((r) => r.method() === "POST")).toHaveLength(2);
});

test("a double click on Agree and send sends once", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.postData() ?? ""));
  await openDisclosure(page, "lang=ja&chat=one-to-one", "o05");
  await page.getByTestId("agree").dblclick();
  await stepReady(page, "receipt");
  expect(posts).toHaveLength(1);
});

test("a host app's submit function receives exactly what was shown", async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).hostReceived = [];
    (window as any).reportDisclosureSubmit = async (json: string, reportId: string) => {
      (window as any).hostReceived.push({ json: JSON.parse(json), reportId });
      return "HOST-42";
    };
  });
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
  await openDisclosure(page, "lang=en&chat=group-media&platform=ios", "g08", "violence");
  const shown = (await shownEntries(page)).filter((e) => e.sent);
  await page.getByTestId("agree").click();
  await expect(page.getByTestId("reference")).toContainText("HOST-42");

  const received = await page.evaluate(() => (window as any).hostReceived);
  expect(received).toHaveLength(1);
  expect(received[0].reportId).toBe(received[0].json.report_id);
  expect(received[0].json.platform).toBe("ios");
  expect(received[0].json.reported.message.messages.map((m: any) => m.id)).toEqual(shown.map((e) => e.id));
  expect(received[0].json.reported.message.messages.map((m: any) => m.content.kind)).toEqual(["text", "image", "video", "file", "sticker", "text", "text", "text"]);
  expect(posts, "nothing goes to the demo server when the host sends").toHaveLength(0);
  expect(visible(await page.getByTestId("receipt-summary").innerText())).toContain("8 messages were sent to Chatline");
});

test("offline: a clear message, nothing lost, and the retry after reconnecting files the report once", async ({ page, context }) => {
  await openChat(page, "lang=ja&chat=one-to-one");
  await startReport(page, "o10");
  await page.locator('input[name="reason"][value="scam"]').check();
  await page.locator("#report-comment").fill("振り込みを要求されました");
  await page.getByTestId("next").click();
  await context.setOffline(true);
  await page.getByTestId("agree").click();
  await expect(page.getByTestId("send-failed")).toContainText("通報を送信できませんでした。");
  await context.setOffline(false);

  // Nothing the person entered is lost: back to the reason step and forth.
  await page.getByTestId("retry").click();
  await stepReady(page, "receipt");
  const all = await receivedReports(page.request);
  const mine = all.filter((r: any) => r.payload.reported.message?.chosen_message_id === "o10" && r.payload.comment === "振り込みを要求されました");
  expect(mine).toHaveLength(1);
  expect(mine[0].payload.reason).toBe("scam");
});

test("a timeout offers a retry; the late first attempt and the retry file one report with one reference", async ({ page }) => {
  let attempt = 0;
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let filed!: () => void;
  const firstFiled = new Promise<void>((r) => (filed = r));
  await page.route("**/api/reports", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    attempt += 1;
    if (attempt === 1) {
      // The server is slow: it files the report only after the page gave up.
      await held;
      const response = await route.fetch();
      filed();
      return route.fulfill({ response }).catch(() => {});
    }
    return route.continue();
  });
  await openDisclosure(page, "lang=en&chat=one-to-one&send_timeout_ms=800", "o30");
  await page.getByTestId("agree").click();
  await expect(page.getByTestId("send-failed")).toBeVisible();
  await expect(page.locator('[data-step="receipt"]')).toHaveCount(0);
  release();
  await firstFiled;
  await page.getByTestId("retry").click();
  await stepReady(page, "receipt");

  const all = await receivedReports(page.request);
  const mine = all.filter((r: any) => r.payload.reported.message?.chosen_message_id === "o30");
  expect(mine, "filed once although sent twice").toHaveLength(1);
  expect(visible(await page.getByTestId("reference").innerText())).toContain(mine[0].reference);
});

test("a slow response shows progress, keeps the buttons disabled, and the receipt only after confirmation", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let arrived!: () => void;
  const atServer = new Promise<void>((r) => (arrived = r));
  await page.route("**/api/reports", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    arrived();
    await held;
    return route.continue();
  });
  await openDisclosure(page, "lang=en&chat=third-message", "t03");
  await page.getByTestId("agree").click();
  await expect(page.getByTestId("sending")).toHaveText("Sending your report…");
  await expect(page.getByTestId("agree")).toBeDisabled();
  await expect(page.getByTestId("cancel")).toBeDisabled();
  // The report is at the server, unanswered: no receipt may show yet. The
  // pause is how long a receipt shown without an answer (on a timer) is
  // looked for; nothing must happen, so there is no state to wait for.
  await atServer;
  await page.waitForTimeout(1000);
  await expect(page.locator('[data-step="receipt"]')).toHaveCount(0);
  release();
  await stepReady(page, "receipt");
});

test("Escape closes the dialog without sending, except while a send is in flight", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
  await openDisclosure(page, "lang=en&chat=one-to-one", "o12");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("report-dialog")).toHaveCount(0);
  await expect(page.locator('[data-message-id="o12"] .report')).toBeFocused();
  expect(posts).toEqual([]);

  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/api/reports", async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await startReport(page, "o12");
  await chooseReasonAndContinue(page);
  await page.getByTestId("agree").click();
  await expect(page.getByTestId("sending")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("report-dialog")).toBeVisible();
  release();
  await stepReady(page, "receipt");
});
