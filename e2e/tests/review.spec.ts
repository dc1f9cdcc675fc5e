// The review (`bash .ci/suite review`) joins the results of the suite's parts,
// which CI runs as separate jobs. It must fail whenever the matrix it writes
// is not the whole matrix of one build: a part missing, a shard lost, a
// filtered run, or results of another build. Each case here breaks a
// complete, passing set of results in one way.
import { test, expect } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { caseName, casesFor, type Case } from "./displayed";

const REVIEW = join(__dirname, "..", "engines", "review.mjs");
const BUILD = "build-under-review";
const ENGINE_PLATFORM: Record<string, string> = { webkit: "ios", firefox: "desktop" };

interface Parts {
  chromium: Case[];
  chromiumBuild?: (c: Case) => string;
  engines: Record<string, { build?: string | null; filters?: string[]; drop?: (c: Case) => boolean } | null>;
  noDist?: boolean;
}

const allCases = (platform: string) => casesFor(platform);
const complete = (): Parts => ({
  chromium: ["ios", "android", "desktop"].flatMap(allCases),
  engines: { webkit: {}, firefox: {} },
});

/** Writes the parts' results as the jobs leave them, runs the review on them. */
function review(parts: Parts) {
  const dir = mkdtempSync(join(tmpdir(), "review-"));
  const report = {
    suites: [{
      specs: parts.chromium.map((c) => ({
        title: caseName(c),
        tests: [{
          annotations: [{ type: "viewport", description: "360x640" }, { type: "build", description: parts.chromiumBuild?.(c) ?? BUILD }],
          results: [{ status: "passed", duration: 1 }],
        }],
      })),
    }],
  };
  writeFileSync(join(dir, "chromium-results.json"), JSON.stringify(report));
  for (const [engine, part] of Object.entries(parts.engines)) {
    if (!part) continue;
    mkdirSync(join(dir, "results", engine), { recursive: true });
    const rows = allCases(ENGINE_PLATFORM[engine]).filter((c) => !part.drop?.(c)).map((c) => ({
      ...c, engine, check: "wording", viewport: "447x806", ok: true, failures: [], shots: [], ms: 1,
    }));
    writeFileSync(join(dir, "results", engine, "rows.json"), JSON.stringify({ engine, build: part.build === undefined ? BUILD : part.build, filters: part.filters ?? [], ms: 1, rows }));
  }
  mkdirSync(join(dir, "dist"));
  if (!parts.noDist) writeFileSync(join(dir, "dist", "build-id"), BUILD + "\n");
  const run = spawnSync("node", [REVIEW], {
    encoding: "utf8",
    env: { ...process.env, ENGINE_RESULTS: join(dir, "results"), CHROMIUM_REPORT: join(dir, "chromium-results.json"), REVIEW_DIST: join(dir, "dist") },
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

test("review: the complete results of one build pass", () => {
  const r = review(complete());
  expect(r.out).toMatch(/^\d+ passed, 0 failed;/m);
  expect(r.status).toBe(0);
});

test("review: a lost Chromium shard fails, naming every case it would have run", () => {
  const parts = complete();
  const lost = parts.chromium.filter((_, i) => i % 4 === 3);
  parts.chromium = parts.chromium.filter((_, i) => i % 4 !== 3);
  const r = review(parts);
  expect(r.status).toBe(1);
  for (const c of lost) expect(r.out).toContain(`approved case not run in chromium (snapshots/${c.locale}/${c.platform}-${c.scenario}.snap)`);
  expect(r.out).toMatch(new RegExp(`^\\d+ passed, ${lost.length} failed;`, "m"));
});

test("review: an engine whose job did not finish fails", () => {
  const r = review({ ...complete(), engines: { webkit: {}, firefox: null } });
  expect(r.status).toBe(1);
  expect(r.out).toContain("no firefox results");
});

test("review: a filtered engine run is not the whole matrix", () => {
  const r = review({ ...complete(), engines: { webkit: { filters: ["LOCALES=ja"] }, firefox: {} } });
  expect(r.status).toBe(1);
  expect(r.out).toContain("the webkit results are of a filtered run (LOCALES=ja)");
});

test("review: engine results of another build fail", () => {
  const r = review({ ...complete(), engines: { webkit: {}, firefox: { build: "older-build" } } });
  expect(r.status).toBe(1);
  expect(r.out).toContain(`the firefox results are of build older-build, not of the build under review (${BUILD})`);
});

test("review: a Chromium case that ran on another build fails", () => {
  const parts = complete();
  const stale = parts.chromium[0];
  parts.chromiumBuild = (c) => (c === stale ? "older-build" : BUILD);
  const r = review(parts);
  expect(r.status).toBe(1);
  expect(r.out).toContain(`this case ran on build older-build, not on the build under review (${BUILD})`);
  expect(r.out).toMatch(/^\d+ passed, 1 failed;/m);
});

test("review: an engine run that stopped early fails, naming the cases it did not check", () => {
  const r = review({ ...complete(), engines: { webkit: { drop: (c) => c.locale === "th" }, firefox: {} } });
  expect(r.status).toBe(1);
  for (const c of allCases("ios").filter((c) => c.locale === "th")) {
    expect(r.out).toContain(`approved case not run in webkit (snapshots/th/ios-${c.scenario}.snap)`);
  }
});

test("review: engine results that do not say their build fail", () => {
  const r = review({ ...complete(), engines: { webkit: { build: null }, firefox: {} } });
  expect(r.status).toBe(1);
  expect(r.out).toContain(`the webkit results are of build (not recorded), not of the build under review (${BUILD})`);
});

test("review: without a build to review, nothing passes", () => {
  const r = review({ ...complete(), noDist: true });
  expect(r.status).toBe(1);
  expect(r.out).toContain("no build under review");
});
