// The reference receiver under load: `report-server load` starts a receiver of
// its own (SQLite on a temporary directory) and sends valid reports from many
// clients at once, some of them twice (a retry), then counts what was stored.
// On PostgreSQL it starts one or two receivers of its own on one database of a
// throwaway cluster (.ci/postgres), a retry going to the other receiver.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// This checkout's script: an older commit being compared may have none.
const clusterScript = fileURLToPath(new URL("../../.ci/postgres", import.meta.url));

function help(bin) {
  return existsSync(bin) ? execFileSync(bin, ["--help"], { encoding: "utf8" }) : "";
}

function load(bin, args) {
  const out = execFileSync(bin, ["load", ...args], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop());
}

export function measureReceiver(dir, { clients = 200, reports = 4000 } = {}) {
  const bin = join(dir, "target", "release", "report-server");
  // Older commits have no load command; their row stays empty.
  if (!help(bin).includes("report-server load")) return null;
  return load(bin, ["--clients", String(clients), "--reports", String(reports)]);
}

/**
 * The same load on a receiver reading a register of `notices` notice versions
 * from a folder (years of releases), with verification against it timed;
 * null for builds without --notices.
 */
export function measureLongRegister(dir, { clients = 200, reports = 4000, notices = 1000 } = {}) {
  const bin = join(dir, "target", "release", "report-server");
  if (!help(bin).includes("--notices")) return null;
  return load(bin, ["--notices", String(notices), "--clients", String(clients), "--reports", String(reports)]);
}

/** One row per receiver count, each on a fresh database; null without Postgres support. */
export function measurePostgresReceivers(dir, { clients = 200, reports = 4000, receivers = [1, 2] } = {}) {
  const bin = join(dir, "target", "release", "report-server");
  if (!help(bin).includes("--receivers")) return null;
  const cluster = mkdtempSync(join(tmpdir(), "report-bench-pg-"));
  const databases = receivers.map((n) => `load${n}`);
  try {
    const started = Date.now();
    const base = execFileSync("bash", [clusterScript, "start", cluster, ...databases], { encoding: "utf8" }).trim();
    console.error(`bench: PostgreSQL cluster started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return receivers.map((n, i) =>
      load(bin, ["--database", `${base}/${databases[i]}`, "--receivers", String(n), "--clients", String(clients), "--reports", String(reports)]),
    );
  } finally {
    try {
      execFileSync("bash", [clusterScript, "stop", cluster], { stdio: "ignore" });
    } finally {
      rmSync(cluster, { recursive: true, force: true });
    }
  }
}
