// The Chromium half of the matrix: the displayed-wording cases that the
// Playwright suite ran (its JSON report), as rows like the engines' own.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const CHROMIUM_REPORT = join(import.meta.dirname, "..", "chromium-results.json");
const CASE = /^locale (\S+), platform (\S+), scenario (\S+)$/;

function* specs(suite) {
  for (const spec of suite.specs ?? []) yield spec;
  for (const child of suite.suites ?? []) yield* specs(child);
}

/** Rows for every displayed-wording case in the last Playwright run, if any. */
export function chromiumRows() {
  if (!existsSync(CHROMIUM_REPORT)) return [];
  const report = JSON.parse(readFileSync(CHROMIUM_REPORT, "utf8"));
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
          ok,
          ms: Math.round(last?.duration ?? 0),
          failures: ok ? [] : [last?.error?.message ?? `status ${last?.status ?? "not run"}`],
          shots: [],
        });
      }
    }
  }
  return rows;
}
