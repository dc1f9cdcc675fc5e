// Screenshots of the screens a wording change touches, before and after, per
// platform, for the review page. Both come from one build of the demo page
// (dist/, served by the project's receiver): the base's wording file and the
// working tree's are each served as a planner's draft (`?ftl=`, as
// e2e/tests/receiver.spec.ts does), so a wording-only change shows the same
// code with other text. Chromium with the devices of e2e/playwright.config.ts.
import { chromium, devices } from "@playwright/test";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, start, stop, waitForHttp } from "../engines/processes.mjs";
import { scenarioOrder, wordingSources } from "./wording-change.mjs";

// As e2e/playwright.config.ts: Debian's Chromium, and each platform's device.
const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};
export const DEVICES = { ios: "iPhone 14", android: "Galaxy S5", desktop: "Desktop Chrome" };
const DRAFT_PATH = "/review-drafts/wording.ftl";

/**
 * Which (entry, scenario) pairs get screenshots: for each locale at most
 * `perLocale` pairs (each on every platform the entry shows on), entries in
 * page order, an entry's scenarios one kind first (wording-change.mjs
 * scenarioOrder). Returns { plan: [{ entry, scenario, step, platforms }], skipped: Map(key -> note), capped }.
 */
export function planScreens(entries, { perLocale = 3 } = {}) {
  const plan = [];
  const skipped = new Map();
  const used = new Map();
  for (const entry of entries) {
    const scenarios = [...new Set(entry.cases.filter((c) => c.status !== "case removed").map((c) => c.scenario))].sort(scenarioOrder);
    const budget = perLocale - (used.get(entry.locale) ?? 0);
    const taken = scenarios.slice(0, Math.max(0, budget));
    used.set(entry.locale, (used.get(entry.locale) ?? 0) + taken.length);
    for (const scenario of taken) {
      const cases = entry.cases.filter((c) => c.scenario === scenario);
      plan.push({ entry, scenario, step: cases[0].steps[0], platforms: cases.map((c) => c.platform) });
    }
    if (taken.length < scenarios.length) {
      skipped.set(entry.key, `Screenshots capped at ${perLocale} scenarios per locale (each on every platform): ${taken.length} of the ${scenarios.length} scenarios this change shows in are pictured${taken.length ? "" : " here (the cap was used by the entries above)"}; the other scenarios are in the cases listed.`);
    }
  }
  return { plan, skipped, capped: skipped.size > 0 };
}

/** The longest text of `part` that the screen must show: a changed piece first. */
const needle = (entry, side) => {
  const pick = (list) => [...list].sort((a, b) => [...b].length - [...a].length)[0];
  for (const p of entry.parts) {
    const changed = side === "before" ? p.oldFragments : p.newFragments;
    const all = side === "before" ? p.allBefore : p.allAfter;
    const n = pick(changed) ?? pick(all);
    if (n) return n;
  }
  return null;
};

// As stepReady in e2e/tests/flow.ts: the step rendered, its display check
// settled (disclosure), and the frame after its rendering run.
async function stepReady(page, step) {
  if (step === "disclosure") {
    const settled = page.locator('[data-testid="report-dialog"][data-display-check="passed"], [data-testid="report-dialog"][data-display-check="failed"]');
    await settled.waitFor({ state: "attached" });
    if ((await settled.getAttribute("data-display-check")) === "failed") throw new Error("the notice failed the display check on the device");
  }
  await page.locator(`[data-testid="report-dialog"] [data-step="${step}"]`).waitFor({ state: "attached" });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Opens the case on `wording`, walks to `step`, scrolls to `text`; a PNG of the dialog as shown. */
async function screenOf(context, base, { locale, platform, scenario, step, wording, text, reason, reference, path }) {
  const page = await context.newPage();
  try {
    await page.route((url) => url.pathname === DRAFT_PATH, (route) => route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body: wording }));
    // Nothing is filed: the receipt is answered here, as displayed.ts does.
    await page.route("**/api/reports", (route) =>
      route.request().method() === "POST" ? route.fulfill({ status: 201, contentType: "application/json", body: JSON.stringify({ reference }) }) : route.continue(),
    );
    await page.goto(`${base}/?scenario=${encodeURIComponent(scenario)}&lang=${encodeURIComponent(locale)}&platform=${platform}&ftl=${DRAFT_PATH}`);
    const failed = page.getByTestId("page-error");
    await page.locator('[data-testid="report-dialog"] [data-step], [data-testid="page-error"]').first().waitFor();
    if (await failed.count()) throw new Error(`the page refused the wording: ${await failed.innerText()}`);
    await stepReady(page, "reason");
    if (step === "disclosure" || step === "receipt") {
      await page.locator(`input[name="reason"][value="${reason}"]`).check();
      await page.getByTestId("next").click();
      await stepReady(page, "disclosure");
    }
    if (step === "receipt") {
      await page.getByTestId("agree").click();
      await stepReady(page, "receipt");
    }
    const found = await page.evaluate((t) => {
      const plain = (s) => (s ?? "").replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ");
      const want = plain(t).trim();
      const dialog = document.querySelector('[data-testid="report-dialog"]');
      if (!dialog || !want) return false;
      let best = null;
      for (const el of dialog.querySelectorAll("*")) {
        const text = plain(el.textContent);
        if (text.includes(want) && (!best || text.length < plain(best.textContent).length)) best = el;
      }
      if (!best) return false;
      best.scrollIntoView({ block: "center" });
      return true;
    }, text ?? "");
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    // The dialog's box (inside its full-screen backdrop) as far as it is on screen.
    const box = await page.getByTestId("report-dialog").evaluate((d) => {
      const r = (d.querySelector(".dialog") ?? d).getBoundingClientRect();
      const x = Math.max(0, r.left), y = Math.max(0, r.top);
      return { x, y, width: Math.min(innerWidth, r.right) - x, height: Math.min(innerHeight, r.bottom) - y };
    });
    const clip = box.width > 10 && box.height > 10 ? box : undefined;
    // CSS pixels: readable at the size the page shows them, a ninth of the bytes at 3x.
    await page.screenshot({ path, clip, scale: "css" });
    const size = clip ?? page.viewportSize();
    return { found, width: Math.round(size.width), height: Math.round(size.height) };
  } finally {
    await page.close();
  }
}

/**
 * Takes the planned screenshots into `outDir/screensDir`. Returns
 * { byEntry: Map(key -> [{ platform, scenario, step, before, after }]), skipped, capNote, build, note? }.
 * Without dist/, the receiver or Chromium it returns { note } saying why.
 */
export async function takeScreens(change, { root, dist, server, outDir, screensDir = "review-screens", perLocale = 3, log = () => {} }) {
  const missing = [
    !existsSync(join(dist, "index.html")) && `no demo build (${dist}/index.html)`,
    !existsSync(server) && `no receiver (${server})`,
    !existsSync(LAUNCH.executablePath) && `no Chromium (${LAUNCH.executablePath})`,
  ].filter(Boolean);
  const { plan, skipped, capped } = planScreens(change.entries, { perLocale });
  if (!plan.length) return { byEntry: new Map(), skipped, capNote: "" };
  if (missing.length) return { note: `Screenshots were not taken: ${missing.join(", ")}. Run \`bash .ci/suite build\` and \`bash .ci/setup chromium\` first.` };

  const constants = JSON.parse(readFileSync(join(root, "snapshots", "case-constants.json"), "utf8"));
  const build = existsSync(join(dist, "build-id")) ? readFileSync(join(dist, "build-id"), "utf8").trim() : null;
  rmSync(join(outDir, screensDir), { recursive: true, force: true });
  mkdirSync(join(outDir, screensDir), { recursive: true });
  const data = mkdtempSync(join(tmpdir(), "review-data-"));
  const port = await freePort();
  const proc = start("report-server (review)", server, ["--port", String(port), "--dir", dist, "--data", data, "--demo"]);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch(LAUNCH);
  const byEntry = new Map();
  try {
    await waitForHttp(proc, `${base}/`);
    const wordings = new Map();
    const contexts = new Map();
    for (const platform of ["ios", "android", "desktop"]) {
      contexts.set(platform, await browser.newContext({ ...devices[DEVICES[platform]], timezoneId: constants.time_zone }));
    }
    let n = 0;
    for (const item of plan) {
      const { entry, scenario, step } = item;
      if (!wordings.has(entry.locale)) wordings.set(entry.locale, wordingSources(root, change.base.rev, entry.locale));
      const w = wordings.get(entry.locale);
      for (const platform of item.platforms) {
        const row = { platform, scenario, step };
        for (const side of ["before", "after"]) {
          const file = `${screensDir}/${String(++n).padStart(3, "0")}-${entry.locale}-${entry.id}-${scenario}-${platform}-${side}.png`.replace(/[^A-Za-z0-9_./-]/g, "_");
          if (w[side] == null) {
            row[side] = { error: side === "before" ? "the locale has no wording file in the base" : "the locale has no wording file in the working tree" };
            continue;
          }
          try {
            const shot = await screenOf(contexts.get(platform), base, {
              locale: entry.locale, platform, scenario, step, wording: w[side], text: needle(entry, side),
              reason: constants.reason, reference: constants.reference, path: join(outDir, file),
            });
            row[side] = { file, ...shot };
          } catch (e) {
            row[side] = { error: String(e.message).split("\n")[0] };
          }
          log(`review: ${entry.locale} ${entry.id} ${scenario} ${platform} ${side}: ${row[side].file ?? row[side].error}`);
        }
        if (!byEntry.has(entry.key)) byEntry.set(entry.key, []);
        byEntry.get(entry.key).push(row);
      }
    }
  } finally {
    await browser.close();
    await stop(proc);
    rmSync(data, { recursive: true, force: true });
  }
  const capNote = capped ? `Screenshots are capped at ${perLocale} scenarios per locale; where an entry has more, it says so.` : `Every scenario of every entry is pictured (at most ${perLocale} per locale).`;
  return { byEntry, skipped, capNote, build };
}
