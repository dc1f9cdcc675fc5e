// The one matrix legal reads: Chromium's displayed-wording cases (Playwright's
// JSON report, merged from its shards in CI) and the WebKit and Firefox rows
// (e2e/engines/run.mjs, one job per engine in CI), all of one build.
//   node e2e/engines/review.mjs        (`bash .ci/suite review`)
// Writes e2e/engine-results/matrix.{json,html}; exits 1 if any row failed, an
// engine's results are missing or incomplete, a part tested another build, or
// there is no build to review.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGINES } from "./engines.mjs";
import { buildIdOf } from "./build-id.mjs";
import { chromiumRows } from "./chromium-results.mjs";
import { failedRow, printTable, report, writeMatrix } from "./matrix.mjs";
import { DIST, RESULTS } from "./paths.mjs";
import { casesFor, locales } from "./snapshots.mjs";

const partFailed = (engine, message) => failedRow({ locale: "-", platform: ENGINES[engine].platform, scenario: "-" }, engine, "results", message);

// The build under review is the one in dist/ (CI's review job extracts its
// build-id from the build artefact); without it nothing can be judged.
const build = buildIdOf(DIST);
if (!build) {
  console.log(`FAIL: no build under review (${DIST}/build-id is missing): run \`bash .ci/suite build\` first`);
  process.exit(1);
}

const key = (c) => `${c.locale} ${c.platform} ${c.scenario}`;
/** Rows for every approved case of `platform` that `rows` has no wording row for. */
const notRun = (engine, platform, rows) => {
  const ran = new Set(rows.filter((r) => r.check === "wording").map(key));
  return locales()
    .flatMap((l) => casesFor(l, platform))
    .filter((c) => !ran.has(key(c)))
    .map((c) => failedRow(c, engine, "wording", `approved case not run in ${engine} (snapshots/${c.locale}/${c.platform}-${c.scenario}.snap)`));
};

const parts = Object.keys(ENGINES).map((engine) => {
  const file = join(RESULTS, engine, "rows.json");
  if (!existsSync(file)) return { engine, ms: 0, rows: [partFailed(engine, `no ${engine} results (${file} is missing: its run did not finish)`)] };
  const part = JSON.parse(readFileSync(file, "utf8"));
  if (part.filters?.length) return { ...part, rows: [partFailed(engine, `the ${engine} results are of a filtered run (${part.filters.join(" ")}), not the whole matrix`)] };
  if (part.build !== build) return { ...part, rows: [partFailed(engine, `the ${engine} results are of build ${part.build ?? "(not recorded)"}, not of the build under review (${build})`)] };
  // A run that stopped early, or of a checkout with fewer snapshots, misses cases.
  return { ...part, rows: [...part.rows, ...notRun(engine, ENGINES[engine].platform, part.rows)] };
});

// Chromium checks every approved case on every platform; a shard that did not
// report would otherwise leave its cases out without a trace.
const chromium = chromiumRows(build);
const chromiumMissing = ["ios", "android", "desktop"].flatMap((p) => notRun("chromium", p, chromium.filter((r) => r.platform === p)));

const rows = [...chromium, ...chromiumMissing, ...parts.flatMap((p) => p.rows)];
const timings = Object.fromEntries(parts.map((p) => [p.engine, p.ms]));
printTable(rows);
mkdirSync(RESULTS, { recursive: true });
writeMatrix(rows, timings);
process.exitCode = report(rows, timings, `build ${build}`);
