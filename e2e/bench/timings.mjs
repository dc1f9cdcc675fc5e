// Time from pressing "Report" to the dialog, and from "Next" to the
// disclosure, read from the component's Performance marks in headless
// Chromium, without and with 4x CPU throttling.
import { launchChromium, quantile, startServer } from "./harness.mjs";
import { SNAPSHOT_TIME_ZONE } from "../engines/snapshots.mjs";

const MARK = (name) => `report-disclosure:${name}`;

async function between(page, from, to) {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK(to), { timeout: 10_000 });
  return page.evaluate(([a, b]) => performance.getEntriesByName(b)[0].startTime - performance.getEntriesByName(a)[0].startTime, [MARK(from), MARK(to)]);
}


export async function measureTimings(dir, runs) {
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = await startServer(dir, port);
  const browser = await launchChromium();
  const result = {};
  try {
    for (const throttle of [1, 4]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: SNAPSHOT_TIME_ZONE });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
      const dialog = [];
      const disclosure = [];
      for (let run = 0; run < runs + 3; run++) {
        await page.goto(`http://127.0.0.1:${port}/?lang=ja&chat=one-to-one&platform=android`);
        await page.locator('[data-message-id="o20"] .report').click();
        const open = await between(page, "report-click", "dialog-rendered").catch(() => null);
        await page.locator('input[name="reason"][value="harassment"]').check();
        await page.getByTestId("next").click();
        const shown = await between(page, "next-click", "disclosure-rendered").catch(() => null);
        if (open === null || shown === null) return null; // a build without marks
        if (run >= 3) {
          dialog.push(open);
          disclosure.push(shown);
        }
      }
      const total = dialog.map((d, i) => d + disclosure[i]);
      result[throttle] = {
        dialog: { median: quantile(dialog, 0.5), p95: quantile(dialog, 0.95) },
        disclosure: { median: quantile(disclosure, 0.5), p95: quantile(disclosure, 0.95) },
        total: { median: quantile(total, 0.5), p95: quantile(total, 0.95) },
      };
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return result;
}
