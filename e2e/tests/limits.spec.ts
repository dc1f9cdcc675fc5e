// No dead end after agreement (issue 20): a host's inputs that the receiver
// would refuse reject the mount naming the field, before the person can agree;
// every other input files a report the receiver accepts. A refusal no retry
// can fix ends the flow with no retry, and the host hears of it once.
import { test, expect, type Page } from "@playwright/test";
import { chooseReasonAndContinue } from "./flow";
import { PLAIN_HOST as HOST } from "./hosts";

/** Mounts table case `i` in the plain host page; "mounted" or the rejection's message. */
const mountCase = (page: Page, i: number) =>
  page.evaluate(async (i) => {
    const { mountReportFlow } = await import("../../package/index.js" as string);
    const msg = (id: string, extra: object = {}) => ({
      id,
      sender: { id: "u-aiko", display_name: "Aiko" },
      sent_at: 1_764_547_200,
      kind: "text",
      text: "hello",
      ...extra,
    });
    const chat = (messages: object[], extra: object = {}) => ({ id: "c-1", title: "Chat", is_group: false, messages, ...extra });
    const base = { kind: "message", conversation: chat([msg("m-0"), msg("m-1"), msg("m-2")]), chosenMessageId: "m-1", platform: "desktop", endpoint: "/api/reports" };
    const profile = { id: "u-ben", display_name: "Ben", status_message: null, photo_url: null };
    const post = { id: "p-1", author: profile, posted_at: 1_764_547_200, text: "look", media: [] };
    const cases: object[] = [
      base,
      { ...base, conversation: chat([msg("m-0"), msg("x".repeat(129)), msg("m-1")]) },
      { ...base, conversation: chat([msg("m-0", { sender: { id: "", display_name: "Aiko" } }), msg("m-1")]) },
      { ...base, conversation: chat([msg("m-0"), msg("m-1")], { id: "c\u00071" }) },
      { ...base, chosenMessageId: "" },
      { kind: "account", account: { ...profile, id: "u".repeat(129) }, platform: "desktop", endpoint: "/api/reports" },
      { kind: "post", post: { ...post, id: "" }, platform: "desktop", endpoint: "/api/reports" },
      { ...base, hostAppVersion: "app\u00002.0" },
      { ...base, hostAppVersion: "a".repeat(129) },
      { ...base, conversation: chat([msg("m-0", { text: "a".repeat(1 << 20) }), msg("m-1")]) },
      { ...base, chosenMessageId: "m-9", conversation: chat(Array.from({ length: 19 }, (_, k) => msg(`m-${k}`, { text: "b".repeat(100_000) }))) },
      // .NET DateTime.MaxValue shown in Tokyo (UTC+9): year 10000 on screen, accepted.
      { ...base, conversation: chat([msg("m-0"), msg("m-1", { sent_at: 253_402_300_799 }), msg("m-2")]) },
      { ...base, conversation: chat([msg("m-0", { sent_at: 0 }), msg("m-1")]) },
      { ...base, conversation: chat([msg("m-0"), msg("m-1"), msg("m-1")]) },
      { ...base, chosenMessageId: "m-7" },
      { ...base, conversation: chat([msg("m-0"), { ...msg("m-1", { kind: "system_notice", text: "Aiko added Ben" }) }, msg("m-2")]) },
      { ...base, conversation: chat([msg("m-0"), { id: "m-1", sender: { id: "u-aiko", display_name: "Aiko" }, sent_at: 1_764_547_200, kind: "unsent" }, msg("m-2")]) },
      { ...base, sendTimeoutMs: 0 },
      { ...base, sendTimeoutMs: 120_001 },
      { ...base, sendTimeoutMs: 1000 },
    ];
    if (i >= cases.length) return null;
    const el = document.createElement("div");
    el.id = `case-${i}`;
    document.body.append(el);
    return mountReportFlow(el, cases[i]).then(
      (flow: { close(): void }) => {
        (window as any).lastFlow = flow;
        return "mounted";
      },
      (e: Error) => `${e instanceof Error ? "Error" : typeof e}: ${e.message}`,
    );
  }, i);

// In the order of the table above: the field a rejection must name, or
// null when the flow must file the report.
const EXPECTED: (string | null)[] = [
  null,
  "options.conversation.messages[1].id: is longer than 128 characters",
  "options.conversation.messages[0].sender.id: is empty",
  "options.conversation.id: holds a control character",
  "options.chosenMessageId: is empty",
  "options.account.id: is longer than 128 characters",
  "options.post.id: is empty",
  "options.hostAppVersion: holds a control character",
  "options.hostAppVersion: is longer than 128 characters",
  "options.conversation.messages[0].text: is longer than 10000 characters",
  "options.conversation.messages[0].text: is longer than 10000 characters",
  null,
  null,
  'options.conversation.messages[2].id: duplicate id "m-1"',
  "options.chosenMessageId: not in conversation.messages",
  "options.chosenMessageId: is a system notice, which cannot be reported",
  "options.chosenMessageId: is an unsent message, which cannot be reported",
  "options.sendTimeoutMs: expected a whole number of milliseconds from 1000 to 120000",
  "options.sendTimeoutMs: expected a whole number of milliseconds from 1000 to 120000",
  null,
];

test("package: inputs the receiver would refuse reject the mount naming the field; the others file a report", async ({ page }) => {
  await page.goto(`${HOST}?chat=one-to-one&lang=en`);
  await expect(page.getByTestId("chat")).toBeVisible();
  const errors: string[] = [];
  for (let i = 0; ; i++) {
    const outcome = await mountCase(page, i);
    if (outcome === null) {
      expect(i, "the table and EXPECTED have the same length").toBe(EXPECTED.length);
      break;
    }
    const expected = EXPECTED[i];
    if (expected !== null) {
      if (outcome !== `Error: report flow ${expected}`) errors.push(`case ${i}: expected rejection "${expected}", got "${outcome}"`);
      if (outcome === "mounted") {
        // Take it off the page, so that the next case starts clean.
        await page.evaluate(() => (window as any).lastFlow.close());
        await expect(page.getByTestId("report-dialog")).toHaveCount(0);
      }
      continue;
    }
    if (outcome !== "mounted") {
      errors.push(`case ${i}: expected a mount, got "${outcome}"`);
      continue;
    }
    await chooseReasonAndContinue(page, "spam");
    await page.getByTestId("agree").click();
    const receipt = page.getByTestId("reference");
    await expect(receipt, `case ${i}: the receiver accepts the report`).toBeVisible();
    await expect(receipt).toContainText(/R-\d+/);
    await page.getByTestId("close").click();
    await expect(page.getByTestId("report-dialog")).toHaveCount(0);
  }
  expect(errors, errors.join("\n")).toEqual([]);
});

/** Mounts a plain report and counts the report-refused events that reach the document. */
async function mountCountingRefusals(page: Page, submit: "endpoint" | "final-callback") {
  await page.goto(`${HOST}?chat=one-to-one&lang=en`);
  await expect(page.getByTestId("chat")).toBeVisible();
  await page.evaluate(async (submit) => {
    const { mountReportFlow } = await import("../../package/index.js" as string);
    const conversation = await (await fetch("/examples/chats/one-message.json")).json();
    const w = window as any;
    w.refusals = [];
    w.submitted = 0;
    document.addEventListener("report-refused", (e) => w.refusals.push((e as CustomEvent).detail));
    const el = document.createElement("div");
    document.body.append(el);
    const options: any = { kind: "message", conversation, chosenMessageId: "s01", platform: "desktop" };
    if (submit === "endpoint") options.endpoint = "/api/reports";
    else
      options.submit = () => {
        w.submitted++;
        return Promise.reject(Object.assign(new Error("account suspended"), { final: true, status: 403, field: "reporter" }));
      };
    await mountReportFlow(el, options);
  }, submit);
  await chooseReasonAndContinue(page, "spam");
}

async function expectFinalStep(page: Page) {
  const refused = page.getByTestId("send-refused");
  await expect(refused).toBeVisible();
  await expect(refused).toContainText("could not be accepted");
  await expect(refused).toContainText("Nothing was sent twice");
  await expect(page.getByTestId("retry")).toHaveCount(0);
  await expect(page.getByTestId("send-failed")).toHaveCount(0);
}

test("a receiver's 422 ends the flow on the final step, without retry, and fires report-refused once", async ({ page }) => {
  let posts = 0;
  await page.route("**/api/reports", (route) => {
    posts++;
    return route.fulfill({
      status: 422,
      contentType: "application/json",
      body: JSON.stringify({ error: "is longer than 128 characters", field: "reported.message.messages[0].id" }),
    });
  });
  await mountCountingRefusals(page, "endpoint");
  await page.getByTestId("agree").click();
  await expectFinalStep(page);
  expect(await page.evaluate(() => (window as any).refusals)).toEqual([
    { status: 422, field: "reported.message.messages[0].id", message: "is longer than 128 characters" },
  ]);
  expect(posts).toBe(1);
  await page.getByTestId("close").click();
  await expect(page.getByTestId("report-dialog")).toHaveCount(0);
  expect(posts).toBe(1);
  expect(await page.evaluate(() => (window as any).refusals.length)).toBe(1);
});

test("a host submit that rejects with an Error whose final is true ends the flow the same way", async ({ page }) => {
  await mountCountingRefusals(page, "final-callback");
  await page.getByTestId("agree").click();
  await expectFinalStep(page);
  expect(await page.evaluate(() => (window as any).refusals)).toEqual([
    { status: 403, field: "reporter", message: "account suspended" },
  ]);
  expect(await page.evaluate(() => (window as any).submitted)).toBe(1);
});

test("a receiver's 503 still offers the retry", async ({ page }) => {
  let posts = 0;
  await page.route("**/api/reports", (route) => {
    posts++;
    return posts === 1 ? route.fulfill({ status: 503, body: "{}" }) : route.fallback();
  });
  await mountCountingRefusals(page, "endpoint");
  await page.getByTestId("agree").click();
  await expect(page.getByTestId("send-failed")).toBeVisible();
  await page.getByTestId("retry").click();
  await expect(page.getByTestId("reference")).toBeVisible();
  expect(await page.evaluate(() => (window as any).refusals)).toEqual([]);
});
