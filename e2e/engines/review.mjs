// The one matrix legal reads: Chromium's displayed-wording cases (Playwright's
// JSON report, merged from its shards in CI) and the WebKit and Firefox rows
// (e2e/engines/run.mjs, one job per engine in CI), all of one build.
//   node e2e/engines/review.mjs        (`bash .ci/suite review`)
// Writes e2e/engine-results/matrix.{json,html}; exits 1 if any row failed, an
// engine's results are missing, or a part tested another build.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGINES } from "./engines.mjs";
import { buildIdOf } from "./build-id.mjs";
import { chromiumRows } from "./chromium-results.mjs";
import { printTable, report, writeMatrix } from "./matrix.mjs";
import { DIST, RESULTS } from "./paths.mjs";
import { casesFor, locales } from "./snapshots.mjs";

const failedRow = (engine, message) => ({
  locale: "-", platform: ENGINES[engine]?.platform ?? "-", engine, scenario: "-", check: "results",
  viewport: "-", ok: false, failures: [message], shots: [], ms: 0,
});

const parts = Object.keys(ENGINES).map((engine) => {
  const file = join(RESULTS, engine, "rows.json");
  if (!existsSync(file)) return { engine, build: null, ms: 0, rows: [failedRow(engine, `no ${engine} results (${file} is missing: its run did not finish)`)] };
  return JSON.parse(readFileSync(file, "utf8"));
});

// The build under review: the local build if there is one, else the one the
// engine parts agree on (CI's review job has their results, not the build).
const local = buildIdOf(DIST);
const build = local ?? parts.find((p) => p.build)?.build ?? "(unknown)";
for (const p of parts) {
  if (p.filters?.length) p.rows = [failedRow(p.engine, `the ${p.engine} results are of a filtered run (${p.filters.join(" ")}), not the whole matrix`)];
  else if (p.build && p.build !== build) p.rows = [failedRow(p.engine, `the ${p.engine} results are of build ${p.build}, not of the build under review (${build})`)];
}

// Chromium checks every approved case on every platform; a shard that did not
// report would otherwise leave its cases out without a trace.
const chromium = chromiumRows(build);
const key = (c) => `${c.locale} ${c.platform} ${c.scenario}`;
const ran = new Set(chromium.map(key));
const notRun = locales()
  .flatMap((l) => ["ios", "android", "desktop"].flatMap((p) => casesFor(l, p)))
  .filter((c) => !ran.has(key(c)))
  .map((c) => ({ ...c, engine: "chromium", check: "wording", viewport: "-", ok: false, ms: 0, shots: [], failures: [`approved case not run in Chromium (snapshots/${c.locale}/${c.platform}-${c.scenario}.snap)`] }));

const rows = [...chromium, ...notRun, ...parts.flatMap((p) => p.rows)];
const timings = Object.fromEntries(parts.map((p) => [p.engine, p.ms]));
printTable(rows);
mkdirSync(RESULTS, { recursive: true });
writeMatrix(rows, timings);
process.exitCode = report(rows, timings, `build ${build.slice(0, 12)}`);
