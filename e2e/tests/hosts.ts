// What the example-host tests share (hosts.spec.ts: the plain HTML + JS host;
// react-host.spec.ts: the React host bundled by esbuild). Both hosts use only
// the component package, from ../../package/, and take ?chat=&lang=&platform=.
import { expect, type Page, type Request } from "@playwright/test";
import { shownEntries, stepReady } from "./flow";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SNAPSHOT_HOST_APP_VERSION, type Case } from "./displayed";

export const PLAIN_HOST = "/examples/plain/";
export const REACT_HOST = "/examples/react/";

/** The locales the hosts are checked in: scripts, directions and pseudo-locales of every kind. */
export const HOST_LOCALES = ["en", "ja", "zh-TW", "th", "id", "ko", "en-XA", "ar-XB"];

const scenarios: Array<{ id: string; conversation_id: string; chosen_message_id: string }> = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "dist", "examples", "chats", "scenarios.json"), "utf8"),
);
export const scenario = (id: string) => {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`dist/examples/chats/scenarios.json has no scenario ${id}`);
  return s;
};

/** The Report button of a message in a host's chat. */
export const reportButton = (page: Page, messageId: string) => page.locator(`[data-message-id="${messageId}"] button.report`);

/** Opens a host on the case's chat and presses "Report" on its message, as a person would. */
const openInHost = (host: string) => async (page: Page, c: Case) => {
  const s = scenario(c.scenario);
  await page.goto(`${host}?chat=${s.conversation_id}&lang=${c.locale}&platform=${c.platform}`);
  await reportButton(page, s.chosen_message_id).click();
};
export const openInPlainHost = openInHost(PLAIN_HOST);
export const openInReactHost = openInHost(REACT_HOST);

/** The paths of the package's files among `requests`, in request order. */
export const componentFiles = (requests: Request[]) =>
  requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith("/package/"));

/** What opening the flow downloads: the package and the wording of one locale. */
export const packageFilesWith = (locale: string) =>
  ["/package/index.js", `/package/locales/${locale}/report.ftl`, "/package/report-flow.css", "/package/report_flow.js", "/package/report_flow_bg.wasm"].sort();

/** Whether the focus is inside the report dialog. */
export const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-testid="report-dialog"]'));

/**
 * In `host`: Tab keeps the focus in the dialog; Cancel, then reopening the
 * same message and Escape, send nothing, tell the host twice that the flow
 * closed, and return the focus to "Report" each time.
 */
export async function expectClosingSendsNothing(page: Page, host: string) {
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
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
  await page.locator('input[name="reason"][value="spam"]').check();
  await page.getByTestId("next").click();
  await stepReady(page, "disclosure");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("report-dialog")).toHaveCount(0);
  await expect(report).toBeFocused();
  expect(await page.evaluate(() => (window as any).closedCount)).toBe(2);
  await expect(page.getByTestId("last-report")).toHaveText("");
  // How long a late send after closing is looked for (nothing must happen).
  await page.waitForTimeout(500);
  expect(posts).toEqual([]);
}

/**
 * In `host`, reporting `message` of `chat`: nothing is sent before agreement,
 * the one report sent holds exactly the previewed messages and the host's
 * version, the host hears exactly what was sent (and shows the reference),
 * the receiver verifies it, and the page logs no error (a CSP violation is a
 * console error in Chromium).
 */
export async function expectReportSentAsPreviewed(
  page: Page,
  host: string,
  { chat, message, platform, reason }: { chat: string; message: string; platform: string; reason: string },
) {
  const posts: any[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.postDataJSON()));
  const errors: string[] = [];
  // (The browser's own request for /favicon.ico, which the server does not have, is not the page's.)
  page.on("console", (m) => m.type() === "error" && !m.location().url.endsWith("/favicon.ico") && errors.push(`${m.text()} (${m.location().url})`));
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(`${host}?chat=${chat}&lang=en&platform=${platform}`);
  await reportButton(page, message).click();
  await page.locator(`input[name="reason"][value="${reason}"]`).check();
  await page.getByTestId("next").click();
  await stepReady(page, "disclosure");
  const shown = (await shownEntries(page)).filter((e) => e.sent);
  expect(shown.find((e) => e.role === "chosen")?.id).toBe(message);
  expect(posts, "nothing is sent before agreement").toEqual([]);
  await page.getByTestId("agree").click();
  await stepReady(page, "receipt");
  expect(posts).toHaveLength(1);
  expect(posts[0].messages.map((m: any) => m.id)).toEqual(shown.map((e) => e.id));
  expect(posts[0].host_app_version).toBe(SNAPSHOT_HOST_APP_VERSION);
  await expect(page.getByTestId("last-report")).toHaveText(/^Report filed: /);
  const heard = await page.evaluate(() => (window as any).lastSent);
  expect(heard.payload).toEqual(posts[0]);
  await expect(page.getByTestId("last-report")).toHaveText(`Report filed: ${heard.reference}`);
  const filed = (await (await page.request.get("/api/reports")).json()).find((r: any) => r.reference === heard.reference);
  expect(filed, `the receiver lists no report ${heard.reference}`).toBeTruthy();
  expect(filed.verified, `unverified: ${filed.unverified_reason}`).toBe(true);
  expect(errors, "console errors (CSP violations among them) or uncaught exceptions").toEqual([]);
}
