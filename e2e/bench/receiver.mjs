// The reference receiver under load: `report-server load` starts a receiver of
// its own (SQLite on a temporary directory) and sends valid reports from many
// clients at once, some of them twice (a retry), then counts what was stored.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export function measureReceiver(dir, { clients = 200, reports = 4000 } = {}) {
  const bin = join(dir, "target", "release", "report-server");
  // Older commits have no load command; their row stays empty.
  const help = existsSync(bin) ? execFileSync(bin, ["--help"], { encoding: "utf8" }) : "";
  if (!help.includes("report-server load")) return null;
  const out = execFileSync(bin, ["load", "--clients", String(clients), "--reports", String(reports)], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop());
}
