// Issue 3: the wording a browser displays equals the approved snapshot, for
// every locale x platform x scenario, and all of it is readable on screen.
// Each platform's cases run in that platform's project (playwright.config.ts).
import { test, expect, type Page, type TestInfo } from "@playwright/test";
import { caseName, casesFor, checkCase, type Case } from "./displayed";

/** Screens as the person scrolls through the dialog, top to bottom. */
async function attachScreens(page: Page, info: TestInfo, c: Case, step: string) {
  const backdrop = page.locator(".backdrop");
  await backdrop.evaluate((el) => el.scrollTo(0, 0));
  for (let screen = 1; screen <= 12; screen++) {
    // A file, not an inline body: the JSON report stays small.
    const name = `${c.locale}-${c.platform}-${c.scenario}-${step}-${screen}.png`;
    const path = info.outputPath(name);
    await page.screenshot({ path });
    await info.attach(name, { path, contentType: "image/png" });
    const more = await backdrop.evaluate((el) => {
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return false;
      el.scrollBy(0, el.clientHeight * 0.9);
      return true;
    });
    if (!more) break;
  }
}

for (const platform of ["ios", "android", "desktop"]) {
  for (const c of casesFor(platform)) {
    test(caseName(c), async ({ page }, info) => {
      const failures = await checkCase(page, c, (step) => attachScreens(page, info, c, step));
      // The engine matrix shows the CSS viewport the page was checked in.
      const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      info.annotations.push({ type: "viewport", description: `${width}x${height}` });
      // The build the page was served from: the matrix takes no row of another build.
      const build = await page.request.get("/build-id");
      info.annotations.push({ type: "build", description: build.ok() ? (await build.text()).trim() : `none (HTTP ${build.status()})` });
      expect(failures, failures.join("\n\n")).toEqual([]);
    });
  }
}
