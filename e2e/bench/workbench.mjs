// The planner's round trip in the wording workbench (/workbench/): from the
// last keystroke of an edit of the ja headline to all three platforms'
// previews showing it (the page's own "workbench-round-trip" measure: typing
// pause, wording check, every case rendered, each frame's component walked
// to the disclosure and its display check passed), and from opening the
// page to every preview shown. Headless Chromium, no throttling.
import { launchChromium, quantile, startServer } from "./harness.mjs";
import { SNAPSHOT_TIME_ZONE } from "../engines/snapshots.mjs";

const HEADLINE = "    この通報を送信すると、{ $total ->";
const allShown = () =>
  [...document.querySelectorAll("[data-testid=frame-status]")].every((s) => s.textContent === "Up to date; display check: passed");

export async function measureWorkbench(dir, runs) {
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = await startServer(dir, port);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, timezoneId: SNAPSHOT_TIME_ZONE });
    const opened = performance.now();
    const response = await page.goto(`http://127.0.0.1:${port}/workbench/?lang=ja`);
    if (!response?.ok()) return null; // a build without the workbench
    await page.waitForFunction(allShown, null, { timeout: 30_000 });
    const open = performance.now() - opened;
    const trips = [];
    for (let run = 0; run < runs; run++) {
      await page.getByTestId("ftl").evaluate((area, headline) => {
        const at = area.value.indexOf(headline) + 4;
        area.focus();
        area.setSelectionRange(at, at);
      }, HEADLINE);
      const before = await page.evaluate(() => performance.getEntriesByName("workbench-round-trip").length);
      await page.keyboard.insertText("確");
      await page.waitForFunction((n) => performance.getEntriesByName("workbench-round-trip").length > n, before, { timeout: 30_000 });
      trips.push(await page.evaluate(() => performance.getEntriesByName("workbench-round-trip").at(-1).duration));
    }
    return { open, roundTrip: { median: quantile(trips, 0.5), p95: quantile(trips, 0.95) } };
  } finally {
    await browser.close();
    server.kill();
  }
}
