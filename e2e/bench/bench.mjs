// Benchmark: transfer size of the demo, time from "Report" to the disclosure,
// the cold path in the plain host (Report -> reason list painted, downloads
// and compile included), and wall time of the test suites; optionally the
// same for an earlier commit.
//   node e2e/bench/bench.mjs [--runs 30] [--compare <git rev>] [--no-suites]
// Run from the repository root after `bash .ci/setup --browsers`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { measureSizes } from "./sizes.mjs";
import { measureTimings } from "./timings.mjs";
import { measureColdPath } from "./coldpath.mjs";
import { measureSuites } from "./suites.mjs";
import { measureLongRegister, measurePostgresReceivers, measureReceiver } from "./receiver.mjs";
import { printTable } from "./table.mjs";
import { measureWorkbench } from "./workbench.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option("--runs", 30));
// Cold runs are slow (a new browser context each, 6 targets x 4 conditions).
const coldRuns = Number(option("--cold-runs", 20));
const compare = option("--compare", null);
const suites = !args.includes("--no-suites");
const root = resolve(".");

function build(dir) {
  const result = spawnSync("bash", [".ci/build-web"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`build failed in ${dir}`);
}

async function measure(dir, label) {
  console.error(`bench: measuring ${label}`);
  const sizes = measureSizes(join(dir, "dist"));
  const timings = await measureTimings(dir, runs);
  // null for builds without the plain host (dist/examples/plain).
  // The peers only beside the current tree: they are the same for both.
  const coldPath = await measureColdPath(dir, coldRuns, { peers: dir === root ? root : null });
  const workbench = await measureWorkbench(dir, Math.min(runs, 20));
  const receiver = measureReceiver(dir);
  const longRegister = measureLongRegister(dir);
  const postgres = measurePostgresReceivers(dir);
  return { label, sizes, timings, coldPath, workbench, receiver, longRegister, postgres };
}

build(root);
const current = await measure(root, "current");
if (suites) current.suites = measureSuites(root);

let previous = null;
if (compare) {
  const rev = execFileSync("git", ["rev-parse", "--short", compare], { encoding: "utf8" }).trim();
  const tree = join("/tmp", `report-disclosure-bench-${rev}`);
  rmSync(tree, { recursive: true, force: true });
  execFileSync("git", ["worktree", "add", "--detach", "-f", tree, rev], { stdio: "ignore" });
  try {
    mkdirSync(join(tree, "e2e"), { recursive: true });
    if (!existsSync(join(tree, "e2e", "node_modules"))) symlinkSync(join(root, "e2e", "node_modules"), join(tree, "e2e", "node_modules"));
    build(tree);
    previous = await measure(tree, rev);
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", tree], { stdio: "ignore" });
    // The earlier commit's build replaced ours in the shared cargo cache.
    build(root);
  }
}

const overBudget = printTable(current, previous, runs);
process.exitCode = overBudget ? 1 : 0;
