// What the example-host tests share (hosts.spec.ts: the plain HTML + JS host;
// react-host.spec.ts: the React host bundled by esbuild). Both hosts use only
// the component package, from ../../package/, and take ?chat=, ?account= or
// ?feed (what the person reports from), with &lang=&platform=.
import { expect, type Page, type Request } from "@playwright/test";
import { chooseReasonAndContinue, expectNoReportLeft, recordRequests, shownEntries, stepReady, receivedReports } from "./flow";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PSEUDO_LOCALES, SHIPPED_LOCALES, SNAPSHOT_HOST_APP_VERSION, type Case } from "./displayed";

export const PLAIN_HOST = "/examples/plain/";
export const REACT_HOST = "/examples/react/";

/** The locales the hosts are checked in: scripts, directions and pseudo-locales of every kind. */
export const HOST_LOCALES = [...SHIPPED_LOCALES, ...PSEUDO_LOCALES];

/**
 * An account and a post scenario (an account with its chat, a post with a
 * photo and a video), checked in the hosts besides the message scenarios. In
 * fewer locales than those, to keep the run short: every case of every kind
 * runs on the demo page (displayed.spec.ts); here the point is that a host
 * hands the package each kind correctly, in Latin, CJK, Thai and RTL text.
 */
export const KIND_SCENARIOS = ["account-three", "post-media"];
export const KIND_LOCALES = ["en", "ja", "th", "ar-XB"];

/** A snapshot scenario, as dist/examples/chats/scenarios.json describes what it reports. */
type Scenario = { id: string } & (
  | { kind: "message"; conversation_id: string; chosen_message_id: string }
  | { kind: "account"; account_id: string }
  | { kind: "post"; post_id: string }
);

/** A file of the fixture export in dist/examples/chats (what the example hosts load). */
const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "..", "..", "dist", "examples", "chats", name), "utf8"));
const scenarios: Scenario[] = fixture("scenarios.json");
const accounts: Array<{ account: { id: string }; conversation_id: string | null }> = fixture("accounts.json");
const scenario = (id: string) => {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`dist/examples/chats/scenarios.json has no scenario ${id}`);
  return s;
};

/** The Report button of a message in a host's chat. */
const reportButton = (page: Page, messageId: string) => page.locator(`[data-message-id="${messageId}"] button.report`);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { hostPage } = require("../page/host-pages.cjs") as { hostPage: (s: Scenario) => { query: string; button: string } };

/** Opens a host where the case's scenario is (a chat, a profile or the feed) and presses "Report", as a person would. */
const openInHost = (host: string) => async (page: Page, c: Case) => {
  const { query, button } = hostPage(scenario(c.scenario));
  await page.goto(`${host}?${query}&lang=${c.locale}&platform=${c.platform}`);
  await page.locator(button).click();
};
export const openInPlainHost = openInHost(PLAIN_HOST);
export const openInReactHost = openInHost(REACT_HOST);

/** The paths of the package's files among `requests`, in request order. */
const componentFiles = (requests: Request[]) =>
  requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith("/package/"));

/** What opening the flow downloads: the package and the wording of one locale. */
const packageFilesWith = (locale: string) =>
  ["/package/displayed.js", "/package/index.js", `/package/locales/${locale}/report.ftl`, "/package/report_flow.js", "/package/report_flow_bg.wasm"].sort();

/**
 * In `host`, on a chat in Japanese: nothing of the component is downloaded
 * before "Report" is pressed (the page loaded and idle); pressing it
 * downloads the package's index.js, which shows the reason list, then the
 * rest of the package and the wording of that one locale.
 */
export async function expectPackageLoadedOnReport(page: Page, host: string) {
  const requests = recordRequests(page);
  await page.goto(`${host}?chat=one-to-one&lang=ja`);
  await expect(reportButton(page, "o20")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(componentFiles(requests)).toEqual([]);
  await reportButton(page, "o20").click();
  await stepReady(page, "reason");
  expect(componentFiles(requests)[0], "the first request brings the reason list").toBe("/package/index.js");
  // The rest is needed from the disclosure on.
  await chooseReasonAndContinue(page, "spam");
  expect(componentFiles(requests).sort()).toEqual(packageFilesWith("ja"));
}

/** Whether the focus is inside the report dialog. */
const focusInDialog = (page: Page) =>
  page.evaluate(() => {
    // Through the shadow root the package renders the dialog in.
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return !!a?.closest('[data-testid="report-dialog"]');
  });

/**
 * In `host`: Tab keeps the focus in the dialog; Cancel, then reopening the
 * same message and Escape, send nothing, tell the host twice that the flow
 * closed, and return the focus to "Report" each time.
 */
export async function expectClosingSendsNothing(page: Page, host: string) {
  const requests = recordRequests(page);
  await page.goto(`${host}?chat=one-to-one&lang=en`);
  const report = reportButton(page, "o20");
  await report.click();
  await stepReady(page, "reason");
  // Tab from the last control wraps to the first: the host page is not reachable.
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    expect(await focusInDialog(page), `after Tab ${i + 1}, the focus left the dialog`).toBe(true);
  }
  await page.getByTestId("cancel").click();
  await expect(page.getByTestId("report-dialog")).toHaveCount(0);
  await expect(report).toBeFocused();
  // The host remounts the flow for the same message after it closed.
  await report.click();
  await chooseReasonAndContinue(page, "spam");
  const samples = (await shownEntries(page)).flatMap((e) => (e.sent && e.text ? [e.text] : []));
  expect(samples.length, "texts the disclosure shows as sent").toBeGreaterThan(0);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("report-dialog")).toHaveCount(0);
  await expect(report).toBeFocused();
  expect(await page.evaluate(() => (window as any).closedCount)).toBe(2);
  await expect(page.getByTestId("last-report")).toHaveText("");
  // How long a late send after closing is looked for (nothing must happen).
  await page.waitForTimeout(500);
  expectNoReportLeft(requests, samples);
}

/** e2e/page/previewed.js: the lines the preview shows as sent (payload null), or the lines a payload sends. */
const PREVIEWED = readFileSync(join(__dirname, "..", "page", "previewed.js"), "utf8");
export const previewed = (page: Page, payload: unknown = null): Promise<string[]> =>
  page.evaluate(`(${PREVIEWED})(${JSON.stringify(payload)})`);

/**
 * In `host`, reporting what `scenario` reports (a message, an account or a
 * post): nothing is sent before agreement, the one report sent is of that
 * kind and holds exactly what the preview shows as sent (ids, text, media
 * links, the account's facts) and the host's version, the host hears exactly
 * what was sent (and shows the reference), the receiver verifies it, and the
 * page logs no error (a CSP violation is a console error in Chromium).
 */
export async function expectReportSentAsPreviewed(
  page: Page,
  host: string,
  { scenario: id, platform, reason }: { scenario: string; platform: string; reason: string },
) {
  const s = scenario(id);
  const requests = recordRequests(page);
  const posts = () => requests.filter((r) => r.method() === "POST").map((r) => r.postDataJSON());
  const errors: string[] = [];
  // (The browser's own request for /favicon.ico, which the server does not have, is not the page's.)
  page.on("console", (m) => m.type() === "error" && !m.location().url.endsWith("/favicon.ico") && errors.push(`${m.text()} (${m.location().url})`));
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  const { query, button } = hostPage(s);
  await page.goto(`${host}?${query}&lang=en&platform=${platform}`);
  await page.locator(button).click();
  await chooseReasonAndContinue(page, reason);
  const shown = await previewed(page);
  expect(shown.length, "the preview shows something as sent").toBeGreaterThan(0);
  const entries = await shownEntries(page);
  if (s.kind === "message") {
    const chosen = entries.filter((e) => e.sent && e.role === "chosen");
    expect(chosen.map((e) => e.id)).toEqual([s.chosen_message_id]);
  }
  // Nothing is sent before agreement: no request but GETs, none to the report endpoint, none carrying a text shown.
  expectNoReportLeft(requests, entries.flatMap((e) => (e.sent && e.text ? [e.text] : [])));
  await page.getByTestId("agree").click();
  await stepReady(page, "receipt");
  expect(posts(), "the report is sent exactly once").toHaveLength(1);
  const [sent] = posts();
  expect(Object.keys(sent.reported), "the kind of report sent").toEqual([s.kind]);
  expect(await previewed(page, sent), "what was sent, in the preview's terms").toEqual(shown);
  if (s.kind === "account") {
    // Only messages the account sent: never the person's own.
    const { conversation_id } = accounts.find((a) => a.account.id === s.account_id)!;
    const chat = conversation_id ? fixture(`${conversation_id}.json`) : { messages: [] };
    const senders = sent.reported.account.messages.map((m: any) => chat.messages.find((c: any) => c.id === m.id)?.sender.id);
    expect(senders, "who sent each message sent with the account report").toEqual(senders.map(() => s.account_id));
  }
  expect(sent.host_app_version).toBe(SNAPSHOT_HOST_APP_VERSION);
  await expect(page.getByTestId("last-report")).toHaveText(/^Report filed: /);
  const heard = await page.evaluate(() => (window as any).lastSent);
  expect(heard.payload).toEqual(sent);
  await expect(page.getByTestId("last-report")).toHaveText(`Report filed: ${heard.reference}`);
  const filed = (await receivedReports(page.request)).find((r: any) => r.reference === heard.reference);
  expect(filed, `the receiver lists no report ${heard.reference}`).toBeTruthy();
  expect(filed.verified, `unverified: ${filed.unverified_reason}`).toBe(true);
  expect(errors, "console errors (CSP violations among them) or uncaught exceptions").toEqual([]);
}
