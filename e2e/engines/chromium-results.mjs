// The Chromium half of the matrix: the displayed-wording cases that the
// Playwright suite ran (its JSON report), as rows like the engines' own.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export const CHROMIUM_REPORT = join(import.meta.dirname, "..", "chromium-results.json");
const CASE = /^locale (\S+), platform (\S+), scenario (\S+)$/;

function* specs(suite) {
  for (const spec of suite.specs ?? []) yield spec;
  for (const child of suite.suites ?? []) yield* specs(child);
}

const missing = (why) => [{
  locale: "-", platform: "-", engine: "chromium", scenario: "-", check: "wording", viewport: "-",
  ok: false, ms: 0, failures: [`no Chromium results for this build: ${why}`], shots: [],
}];

/** Rows for every displayed-wording case of the Playwright run on the build
 * in `dist`; a failing row if there is no such run (missing or older). */
export function chromiumRows(dist) {
  if (!existsSync(CHROMIUM_REPORT)) return missing(`${CHROMIUM_REPORT} does not exist (run Playwright first)`);
  const report = JSON.parse(readFileSync(CHROMIUM_REPORT, "utf8"));
  const built = statSync(join(dist, "pkg", "report_web_bg.wasm")).mtimeMs;
  const ran = Date.parse(report.stats?.startTime ?? "");
  if (!(ran >= built)) return missing(`the Playwright report (${report.stats?.startTime}) is older than the build it would describe`);
  const rows = [];
  for (const suite of report.suites ?? []) {
    for (const spec of specs(suite)) {
      const m = spec.title.match(CASE);
      if (!m) continue;
      for (const t of spec.tests) {
        const last = t.results.at(-1);
        const ok = last?.status === "passed";
        rows.push({
          locale: m[1],
          platform: m[2],
          engine: "chromium",
          scenario: m[3],
          check: "wording",
          viewport: (t.annotations ?? []).find((a) => a.type === "viewport")?.description ?? "?",
          ok,
          ms: Math.round(last?.duration ?? 0),
          failures: ok ? [] : [last?.error?.message ?? `status ${last?.status ?? "not run"}`],
          shots: [],
        });
      }
    }
  }
  if (!rows.length) return missing("the Playwright report holds no displayed-wording case");
  return rows;
}
