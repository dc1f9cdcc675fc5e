// Proof of notice: the receiver can tell, for every report, whether the person
// read an approved notice. A client showing altered wording still files its
// report (the person agreed), and the receiver marks it unverified.
import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openDisclosure, stepReady, visible, receivedReports } from "./flow";
import { registeredNotice, SNAPSHOT_HOST_APP_VERSION } from "./displayed";

const approved = (locale: string) => readFileSync(join(__dirname, "..", "..", "locales", locale, "report.ftl"), "utf8");

/** Serves `draft` as a planner's draft, loaded at run time with ?ftl=. */
async function withDraft(page: Page, draft: string) {
  await page.route((url) => url.pathname === "/drafts/draft.ftl", (route) =>
    route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body: draft }),
  );
}

/** Agrees, and returns what the receiver lists for this report. */
async function sendAndFind(page: Page) {
  let posted: any = null;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/api/reports")) posted = r.postDataJSON();
  });
  await page.getByTestId("agree").click();
  await stepReady(page, "receipt");
  const all = await receivedReports(page.request);
  const mine = all.filter((r: any) => r.payload.report_id === posted.report_id);
  expect(mine, "the report is filed once").toHaveLength(1);
  return { posted, filed: mine[0] };
}

for (const locale of ["ja", "en"]) {
  test(`${locale}: altered wording is filed but marked unverified; the same draft unaltered verifies`, async ({ page }) => {
    const text = approved(locale);
    const altered = text.replace(/^(why-heading = .*)$/m, "$1 (draft)");
    expect(altered, "the draft really differs").not.toBe(text);

    await withDraft(page, altered);
    await openDisclosure(page, `lang=${locale}&platform=ios&chat=one-to-one&ftl=/drafts/draft.ftl`, "o20");
    const first = await sendAndFind(page);
    expect(first.posted.notice_version).not.toBe(registeredNotice(locale, "ios"));
    expect(first.filed.verified).toBe(false);
    expect(first.filed.unverified_reason).toBe("unknown_notice_version");
    const row = page.locator(`[data-testid="received-report"][data-reference="${first.filed.reference}"]`);
    await expect(row).toHaveAttribute("data-verified", "false");
    await expect(row).toHaveAttribute("data-reason", "unknown_notice_version");

    await page.unrouteAll({ behavior: "wait" });
    await withDraft(page, text);
    await openDisclosure(page, `lang=${locale}&platform=ios&chat=one-to-one&ftl=/drafts/draft.ftl`, "o20");
    const second = await sendAndFind(page);
    expect(second.posted.notice_version).toBe(registeredNotice(locale, "ios"));
    expect(second.filed.verified, `unverified: ${second.filed.unverified_reason}`).toBe(true);
  });
}

test("a client that claims the approved notice but showed other text is caught by the digest", async ({ page }) => {
  // The page computes both fingerprints itself; here the payload is edited in
  // flight to claim the approved notice_version for what the draft showed.
  await withDraft(page, approved("en").replace(/^(why-heading = .*)$/m, "$1 (draft)"));
  await page.route("**/api/reports", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const body = route.request().postDataJSON();
    body.notice_version = registeredNotice("en", "desktop");
    await route.continue({ postData: JSON.stringify(body) });
  });
  await openDisclosure(page, "lang=en&platform=desktop&chat=third-message&ftl=/drafts/draft.ftl", "t03");
  const { filed } = await sendAndFind(page);
  expect(filed.verified).toBe(false);
  expect(filed.unverified_reason).toBe("disclosure_differs_from_approved");
});

test("the versions, language, platform and time zone sent are the ones the screen names", async ({ page }) => {
  await openDisclosure(page, "lang=en&platform=android&chat=one-message", "s01");
  const versions = visible(await page.locator('[data-detail="versions"]').innerText());
  const settings = visible(await page.locator('[data-detail="settings"]').innerText());
  const { posted } = await sendAndFind(page);
  expect(posted.client_version).toMatch(/^report-disclosure\/\d+\.\d+\.\d+$/);
  expect(versions).toContain(posted.client_version);
  expect(posted.host_app_version).toBe(SNAPSHOT_HOST_APP_VERSION);
  expect(versions).toContain(posted.host_app_version);
  expect(posted.locale).toBe("en");
  expect(settings).toContain("(en)");
  expect(settings).toContain("Android");
  // The browser runs in Asia/Tokyo (playwright.config.ts).
  expect(posted.utc_offset_minutes).toBe(540);
  expect(settings).toContain("UTC+09:00");
});
