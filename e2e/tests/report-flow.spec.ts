// Issue 2: what the person is shown is exactly what is sent, and nothing is
// sent before agreement or after Cancel.
import { test, expect } from "@playwright/test";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { registeredNotice } from "./displayed";
import { chooseReasonAndContinue, expectNoReportLeft, openChat, recordRequests, shownEntries, shownTime, startReport, visible, openDisclosure, stepReady, receivedReports } from "./flow";

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(2, "0")}`);

const cases = [
  { chat: "one-to-one", chosen: "o20", ids: range("o", 11, 29), before: 9, after: 9, scenario: "full-window" },
  { chat: "one-to-one", chosen: "o38", ids: range("o", 29, 40), before: 9, after: 2, scenario: null },
  { chat: "third-message", chosen: "t03", ids: range("t", 1, 12), before: 2, after: 9, scenario: "near-start" },
];

/** sha256 of the disclosure section of a committed snapshot (report_core::notice::disclosure_digest). */
function committedDisclosureDigest(lang: string, platform: string, scenario: string): string {
  const snap = readFileSync(join(__dirname, "..", "..", "snapshots", lang, `${platform}-${scenario}.snap`), "utf8");
  const section = snap.split("== disclosure ==\n")[1].split("\n== ")[0] + "\n";
  return "sha256:" + createHash("sha256").update(section, "utf8").digest("hex");
}

/** What each locale's headline must say for these counts. */
const headlineFacts: Record<string, (c: { before: number; after: number; total: number }) => string[]> = {
  en: ({ before, after, total }) => [
    `${total} messages from this chat`,
    `the ${before} messages before it`,
    `the ${after} messages after it`,
  ],
  ja: ({ before, after, total }) => [`その前の${before}件`, `その後の${after}件`, `合計${total}件`],
};

const agreeLabel: Record<string, string> = { en: "Agree and send", ja: "同意して送信" };

const abusiveText = "Pay me back today or I will post your address and photos everywhere.";

for (const lang of ["en", "ja"]) {
  for (const c of cases) {
    test(`${lang}: reporting ${c.chosen} in ${c.chat} sends exactly the ${c.ids.length} messages shown`, async ({ page }) => {
      const requests = recordRequests(page);
      await openDisclosure(page, `lang=${lang}&chat=${c.chat}&platform=desktop`, c.chosen);

      const shown = await shownEntries(page);
      const sent = shown.filter((e) => e.sent);
      expect(sent.map((e) => e.id)).toEqual(c.ids);
      expect(shown.filter((e) => e.role === "chosen").map((e) => e.id)).toEqual([c.chosen]);
      expect(sent.filter((e) => e.role === "before")).toHaveLength(c.before);
      expect(sent.filter((e) => e.role === "after")).toHaveLength(c.after);

      const headline = visible(await page.getByTestId("headline").innerText());
      for (const fact of headlineFacts[lang]({ ...c, total: c.ids.length })) {
        expect(headline).toContain(fact);
      }

      // Everything shown so far: nothing may have left the page.
      const samples = sent.flatMap((e) => (e.text ? [e.text] : []));
      expectNoReportLeft(requests, samples);

      let posted: any = null;
      let headers: Record<string, string> = {};
      await page.route("**/api/reports", async (route) => {
        if (route.request().method() === "POST") {
          posted = route.request().postDataJSON();
          headers = route.request().headers();
        }
        await route.continue();
      });
      const agree = page.getByTestId("agree");
      await expect(agree).toHaveText(agreeLabel[lang]);
      await agree.click();
      await stepReady(page, "receipt");

      expect(posted).not.toBeNull();
      expect(headers["idempotency-key"]).toBe(posted.report_id);
      const reported = posted.reported.message;
      expect(Object.keys(posted.reported), "a message report").toEqual(["message"]);
      expect(reported.conversation_id).toBe(c.chat);
      expect(reported.chosen_message_id).toBe(c.chosen);
      expect(posted.locale).toBe(lang);
      expect(posted.platform).toBe("desktop");
      expect(posted.reason).toBe("harassment");
      // Provenance: the payload names the approved notice and the text the person read.
      expect(posted.disclosure_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      if (c.scenario) expect(posted.disclosure_digest).toBe(committedDisclosureDigest(lang, "desktop", c.scenario));
      expect(posted.notice_version).toBe(registeredNotice(lang, "desktop"));
      expect(reported.counts).toEqual({ before: c.before, after: c.after, total: c.ids.length });
      expect(reported.messages.map((m: any) => m.id)).toEqual(sent.map((e) => e.id));
      expect(reported.messages.map((m: any) => m.content.text)).toEqual(sent.map((e) => e.text));
      expect(reported.messages.map((m: any) => m.sender.display_name)).toEqual(sent.map((e) => e.sender));
      expect(reported.messages.map((m: any) => m.role)).toEqual(sent.map((e) => e.role));
      // Times shown are the sent times, in the person's zone (Asia/Tokyo here).
      reported.messages.forEach((m: any, i: number) => expect(visible(sent[i].time)).toBe(shownTime(m.sent_at, lang)));

      const posts = requests.filter((r) => r.method() === "POST");
      expect(posts, "the report is sent exactly once").toHaveLength(1);

      // The receipt names the reference the server gave, and the server has the same report.
      const reference = visible(await page.getByTestId("reference").innerText());
      const received = JSON.parse(await page.getByTestId("server-received").innerText());
      const mine = received.find((r: any) => r.payload.report_id === posted.report_id);
      expect(mine.payload).toEqual(posted);
      expect(reference).toContain(mine.reference);
      // The receiver re-rendered what the person read from the approved wording.
      expect(mine.verified, `unverified: ${mine.unverified_reason}`).toBe(true);
      await expect(page.locator(`[data-testid="received-report"][data-reference="${mine.reference}"]`)).toHaveAttribute("data-verified", "true");
    });
  }
}

for (const lang of ["en", "ja"]) {
  test(`${lang}: Cancel sends nothing, at the reason step or after the disclosure`, async ({ page }) => {
    const requests = recordRequests(page);
    await openChat(page, `lang=${lang}&chat=one-to-one`);

    await startReport(page, "o20");
    await page.getByTestId("cancel").click();
    await expect(page.getByTestId("report-dialog")).toHaveCount(0);

    await startReport(page, "o20");
    await chooseReasonAndContinue(page, "scam");
    await page.getByTestId("cancel").click();
    await expect(page.getByTestId("report-dialog")).toHaveCount(0);
    // Focus returns to the message the person started from.
    await expect(page.locator('[data-message-id="o20"] .report')).toBeFocused();

    // How long a late send after Cancel is looked for (nothing to wait for:
    // nothing must happen); a slow machine can only shorten what it sees.
    await page.waitForTimeout(500);
    expectNoReportLeft(requests, [abusiveText]);
    const all = await receivedReports(page.request);
    // Each stored report names its one kind, so the filter below reads the field a message report has.
    for (const r of all) expect(Object.keys(r.payload.reported)).toHaveLength(1);
    expect(all.filter((r: any) => r.payload.reported.message?.chosen_message_id === "o20" && r.payload.reason === "scam")).toHaveLength(0);
  });
}

test("a demo page whose wasm cannot load says so, and a test's recording of the page begun later still lists why", async ({ page }) => {
  // The engine runner starts recording once the page has loaded: a failure
  // before that (a trap while the wasm starts) used to leave only a blank page.
  await page.route("**/pkg/report_demo_bg.wasm", (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("not wasm") }));
  await page.goto("/?scenario=full-window&lang=en");
  await expect(page.getByRole("alert")).toContainText("The demo could not start");
  const timeline = readFileSync(join(__dirname, "..", "page", "timeline.js"), "utf8");
  await page.evaluate(`(${timeline})()`);
  const recorded: string[] = await page.evaluate(() => (window as any).__timeline);
  expect(recorded.some((e) => /before recording: the page did not start: CompileError/.test(e)), recorded.join("\n")).toBe(true);
});
