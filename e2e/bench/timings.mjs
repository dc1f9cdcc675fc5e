// Time from pressing "Report" to the dialog, and from "Next" to the
// disclosure, read from the component's Performance marks in headless
// Chromium, without and with 4x CPU throttling.
import { chromium } from "@playwright/test";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MARK = (name) => `report-disclosure:${name}`;
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

async function startServer(dir, port) {
  const bin = join(dir, "target/release/report-server");
  // A receiver with storage keeps it in a directory of its own here, not the
  // demo's data/ (which a running demo may hold); older builds have no --data.
  const help = spawnSync(bin, ["--help"], { encoding: "utf8" }).stdout ?? "";
  const data = help.includes("--data") ? ["--data", mkdtempSync(join(tmpdir(), "bench-data-"))] : [];
  const server = spawn(bin, ["--port", String(port), "--dir", join(dir, "dist"), ...data], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error("the demo server did not start");
}

async function between(page, from, to) {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK(to), { timeout: 10_000 });
  return page.evaluate(([a, b]) => performance.getEntriesByName(b)[0].startTime - performance.getEntriesByName(a)[0].startTime, [MARK(from), MARK(to)]);
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

export async function measureTimings(dir, runs) {
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = await startServer(dir, port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
  const result = {};
  try {
    for (const throttle of [1, 4]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: "Asia/Tokyo" });
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
