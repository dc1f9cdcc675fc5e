// The component in a React 19 host bundled by esbuild (app/host/examples/react),
// which imports the package at run time when "Report" is first pressed. The
// core proofs hold there too: displayed wording equals the snapshot (and the
// receiver verifies it), nothing of the component is downloaded before
// "Report", the payload is the preview and the host hears exactly what was
// sent, Cancel sends nothing, focus stays in the dialog and returns to the
// Report button, also when React re-renders the host around the dialog.
import { test, expect } from "@playwright/test";
import { caseName, checkCase, type Case } from "./displayed";
import { HOST_LOCALES, KIND_SCENARIOS, REACT_HOST as HOST, expectClosingSendsNothing, expectPackageLoadedOnReport, expectReportSentAsPreviewed, openInReactHost } from "./hosts";

/** The plain host checks four locales per kind; the React host's own code for each kind is the same in any locale. */
const REACT_KIND_LOCALES = ["en", "ar-XB"];

// Every locale for a message; an account and a post in a few (see KIND_LOCALES).
for (const locale of HOST_LOCALES) {
  for (const s of ["full-window", ...(REACT_KIND_LOCALES.includes(locale) ? KIND_SCENARIOS : [])]) {
    const c: Case = { locale, platform: "desktop", scenario: s };
    test(`react host: ${caseName(c)}`, async ({ page }) => {
      const failures = await checkCase(page, c, undefined, openInReactHost);
      expect(failures, failures.join("\n\n")).toEqual([]);
    });
  }
}

test("react host: the bundle holds no component code; nothing of it is downloaded before Report, then the package and one locale", async ({ page }) => {
  const bundle = await (await page.request.get(`${HOST}app.js`)).text();
  expect(bundle, "the package stays a runtime import").toContain('import("../../package/index.js")');
  for (const part of ["report_flow", "report-flow.css", "__wbindgen"]) expect(bundle.includes(part), `the bundle has "${part}" in it`).toBe(false);

  await expectPackageLoadedOnReport(page, HOST);
});

for (const [scenario, platform] of [["full-window", "desktop"], ["account-ten", "ios"], ["post-text", "android"]]) {
  test(`react host, scenario ${scenario}: payload equals the preview, the host hears exactly what was sent, the receiver verifies it, no CSP violation`, ({ page }) =>
    expectReportSentAsPreviewed(page, HOST, { scenario, platform, reason: "spam" }));
}

test("react host: Tab keeps the focus in the dialog; Cancel and Escape send nothing and return the focus to Report", ({ page }) =>
  expectClosingSendsNothing(page, HOST));
