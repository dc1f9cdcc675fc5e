// The component in a React 19 host bundled by esbuild (app/host/examples/react),
// which imports the package at run time when "Report" is first pressed. The
// core proofs hold there too: displayed wording equals the snapshot (and the
// receiver verifies it), nothing of the component is downloaded before
// "Report", the payload is the preview and the host hears exactly what was
// sent, Cancel sends nothing, focus stays in the dialog and returns to the
// Report button, also when React re-renders the host around the dialog.
import { test, expect, type Request } from "@playwright/test";
import { caseName, checkCase, type Case } from "./displayed";
import { stepReady } from "./flow";
import { HOST_LOCALES, REACT_HOST as HOST, componentFiles, expectClosingSendsNothing, expectReportSentAsPreviewed, openInReactHost, packageFilesWith, reportButton, scenario } from "./hosts";

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

test("react host: payload equals the preview, the host hears exactly what was sent, the receiver verifies it, no CSP violation", ({ page }) => {
  const s = scenario("full-window");
  return expectReportSentAsPreviewed(page, HOST, { chat: s.conversation_id, message: s.chosen_message_id, platform: "desktop", reason: "spam" });
});

test("react host: Tab keeps the focus in the dialog; Cancel and Escape send nothing and return the focus to Report", ({ page }) =>
  expectClosingSendsNothing(page, HOST));
