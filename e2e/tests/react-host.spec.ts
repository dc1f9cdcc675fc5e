// The component in a React 19 host bundled by esbuild (app/host/examples/react),
// which imports the package at run time when "Report" is first pressed. The
// core proofs hold there too: displayed wording equals the snapshot (and the
// receiver verifies it), nothing of the component is downloaded before
// "Report", the payload is the preview and the host hears exactly what was
// sent, Cancel sends nothing, focus stays in the dialog and returns to the
// Report button, also when React re-renders the host around the dialog.
import { test, expect, type Request } from "@playwright/test";
import { caseName, checkCase, type Case } from "./displayed";
import { shownEntries, stepReady } from "./flow";
import { HOST_LOCALES, REACT_HOST as HOST, componentFiles, focusInDialog, openInReactHost, packageFilesWith, reportButton, scenario } from "./hosts";

for (const locale of HOST_LOCALES) {
  const c: Case = { locale, platform: "desktop", scenario: "full-window" };
  test(`react host: ${caseName(c)}`, async ({ page }) => {
    const failures = await checkCase(page, c, undefined, openInReactHost);
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
}

test("react host: the bundle holds no component code; nothing of it is downloaded before Report, then the package and one locale", async ({ page }) => {
  const bundle = await (await page.request.get(`${HOST}app.js`)).text();
  expect(bundle, "the package stays a runtime import").toContain('import("../../package/index.js")');
  for (const part of ["report_flow", "report-flow.css", "__wbindgen"]) expect(bundle.includes(part), `the bundle has "${part}" in it`).toBe(false);

  const requests: Request[] = [];
  page.on("request", (r) => requests.push(r));
  await page.goto(`${HOST}?chat=one-to-one&lang=ja`);
  await expect(reportButton(page, "o20")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(componentFiles(requests)).toEqual([]);
  await reportButton(page, "o20").click();
  await stepReady(page, "reason");
  expect(componentFiles(requests).sort()).toEqual(packageFilesWith("ja"));
});

test("react host: payload equals the preview, the host hears exactly what was sent, the receiver verifies it, no CSP violation", async ({ page }) => {
  const s = scenario("full-window");
  const posts: any[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.postDataJSON()));
  // Under the server's strict CSP: a violation is a console error in Chromium.
  const errors: string[] = [];
  // (The browser's own request for /favicon.ico, which the server does not have, is not the page's.)
  page.on("console", (m) => m.type() === "error" && !m.location().url.endsWith("/favicon.ico") && errors.push(`${m.text()} (${m.location().url})`));
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(`${HOST}?chat=${s.conversation_id}&lang=en&platform=desktop`);
  await reportButton(page, s.chosen_message_id).click();
  await page.locator('input[name="reason"][value="spam"]').check();
  await page.getByTestId("next").click();
  await stepReady(page, "disclosure");
  const shown = (await shownEntries(page)).filter((e) => e.sent);
  expect(shown.find((e) => e.role === "chosen")?.id).toBe(s.chosen_message_id);
  expect(posts, "nothing is sent before agreement").toEqual([]);
  await page.getByTestId("agree").click();
  await stepReady(page, "receipt");
  expect(posts).toHaveLength(1);
  expect(posts[0].messages.map((m: any) => m.id)).toEqual(shown.map((e) => e.id));
  expect(posts[0].host_app_version).toBe("Chatline demo 1.0");
  await expect(page.getByTestId("last-report")).toHaveText(/^Report filed: /);
  const heard = await page.evaluate(() => (window as any).lastSent);
  expect(heard.payload).toEqual(posts[0]);
  await expect(page.getByTestId("last-report")).toHaveText(`Report filed: ${heard.reference}`);
  const filed = (await (await page.request.get("/api/reports")).json()).find((r: any) => r.reference === heard.reference);
  expect(filed, `the receiver lists no report ${heard.reference}`).toBeTruthy();
  expect(filed.verified, `unverified: ${filed.unverified_reason}`).toBe(true);
  expect(errors, "console errors (CSP violations among them) or uncaught exceptions").toEqual([]);
});

test("react host: Tab keeps the focus in the dialog; Cancel and Escape send nothing and return the focus to Report", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
  await page.goto(`${HOST}?chat=one-to-one&lang=en`);
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
});
