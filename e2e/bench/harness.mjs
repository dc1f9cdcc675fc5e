// What the browser benchmarks share: the build's own receiver serving its
// dist/, Debian's Chromium with the flags this machine needs, and quantiles.
import { chromium } from "@playwright/test";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The build's receiver serving `folder` (its dist/ unless told). */
export async function startServer(dir, port, folder = join(dir, "dist")) {
  const bin = join(dir, "target/release/report-server");
  // A receiver with storage keeps it in a directory of its own here, not the
  // demo's data/ (which a running demo may hold); older builds have no --data.
  const help = spawnSync(bin, ["--help"], { encoding: "utf8" }).stdout ?? "";
  const data = help.includes("--data") ? ["--data", mkdtempSync(join(tmpdir(), "bench-data-"))] : [];
  const server = spawn(bin, ["--port", String(port), "--dir", folder, ...data], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error("the report server did not start");
}

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const launchChromium = () => chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });

export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
