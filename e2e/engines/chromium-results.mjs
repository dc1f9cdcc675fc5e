// The Chromium half of the matrix: the displayed-wording cases that the
// Playwright suite ran (its JSON report), as rows like the engines' own.
import { existsSync, readFileSync } from "node:fs";
import { CHROMIUM_REPORT } from "./paths.mjs";
import { failedRow } from "./matrix.mjs";
const CASE = /^locale (\S+), platform (\S+), scenario (\S+)$/;

function* specs(suite) {
  for (const spec of suite.specs ?? []) yield spec;
  for (const child of suite.suites ?? []) yield* specs(child);
}

const missing = (why) => [failedRow({ locale: "-", platform: "-", scenario: "-" }, "chromium", "wording", `no Chromium results for this build: ${why}`)];

/** Rows for every displayed-wording case of the Playwright run on build
 * `build` (merged from its shards in CI); a failing row if there is no such
 * run, or a case ran on another build. */
export function chromiumRows(build) {
  if (!existsSync(CHROMIUM_REPORT)) return missing(`${CHROMIUM_REPORT} does not exist (run Playwright first)`);
  const report = JSON.parse(readFileSync(CHROMIUM_REPORT, "utf8"));
  const rows = [];
  for (const suite of report.suites ?? []) {
    for (const spec of specs(suite)) {
      const m = spec.title.match(CASE);
      if (!m) continue;
      for (const t of spec.tests) {
        const last = t.results.at(-1);
        const ranOn = (t.annotations ?? []).find((a) => a.type === "build")?.description ?? "(not recorded)";
        const failures = [];
        if (last?.status !== "passed") failures.push(last?.error?.message ?? `status ${last?.status ?? "not run"}`);
        if (ranOn !== build) failures.push(`this case ran on build ${ranOn}, not on the build under review (${build})`);
        const ok = failures.length === 0;
        rows.push({
          locale: m[1],
          platform: m[2],
          engine: "chromium",
          scenario: m[3],
          check: "wording",
          viewport: (t.annotations ?? []).find((a) => a.type === "viewport")?.description ?? "?",
          ok,
          ms: Math.round(last?.duration ?? 0),
          failures,
          shots: [],
        });
      }
    }
  }
  if (!rows.length) return missing("the Playwright report holds no displayed-wording case");
  return rows;
}
