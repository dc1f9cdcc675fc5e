// The services a run needs: a demo server per engine, a virtual display for
// WebKitGTK, and the WebDriver servers.
import { join } from "node:path";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { freePort, start, waitForHttp } from "./processes.mjs";
import { ROOT, RESULTS } from "./paths.mjs";

/**
 * A private copy of dist/, taken once per run: `.ci/build-web` starts with
 * `rm -rf dist`, and a rebuild during a run (seen here: pages answered 404
 * mid-run) must not turn into wording failures.
 */
export function copyOfDist() {
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "index.html")) || !existsSync(join(dist, "pkg"))) throw new Error("dist/ is missing or incomplete (being rebuilt?): run `bash .ci/build-web` first");
  const copy = mkdtempSync(join(tmpdir(), "engine-dist-"));
  cpSync(dist, copy, { recursive: true });
  // Drafts a planner might load with ?ftl=: one altered, one not.
  mkdirSync(join(copy, "drafts"), { recursive: true });
  for (const dir of readdirSync(join(ROOT, "locales"))) {
    const approved = readFileSync(join(ROOT, "locales", dir, "report.ftl"), "utf8");
    const altered = approved.replace(/^(why-heading = .*)$/m, "$1 (draft)");
    if (altered === approved) throw new Error(`locales/${dir}/report.ftl has no why-heading to alter`);
    writeFileSync(join(copy, ALTERED_DRAFT(dir)), altered);
    writeFileSync(join(copy, UNALTERED_DRAFT(dir)), approved);
  }
  return copy;
}

export const ALTERED_DRAFT = (locale) => `drafts/${locale}-altered.ftl`;
export const UNALTERED_DRAFT = (locale) => `drafts/${locale}-approved.ftl`;

export async function startReportServer(label, dir) {
  const bin = join(ROOT, "target", "release", "report-server");
  if (!existsSync(bin)) throw new Error("target/release/report-server is missing: run `bash .ci/build-web` first");
  const port = await freePort();
  const logFile = join(RESULTS, `server-${label}.log`);
  // A fresh database per run: this run's reports alone.
  const data = mkdtempSync(join(tmpdir(), `engine-data-${label}-`));
  const proc = start(`report-server (${label})`, bin, ["--port", String(port), "--dir", dir, "--data", data, "--demo"], { logFile });
  proc.exited.then(() => rmSync(data, { recursive: true, force: true }));
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(proc, `${base}/api/reports`, { logFile });
  return { proc, base };
}

/** Xvfb on a display it picks itself (-displayfd), so parallel runs never collide. */
export async function startXvfb() {
  const logFile = join(RESULTS, "xvfb.log");
  const proc = start("Xvfb", "Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    logFile,
    extraStdio: ["pipe"],
  });
  const display = await new Promise((resolve, reject) => {
    let got = "";
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start (log: ${logFile})`)), 10_000);
    proc.child.stdio[3].on("data", (d) => {
      got += d;
      if (got.includes("\n")) {
        clearTimeout(timer);
        resolve(`:${got.trim()}`);
      }
    });
    proc.exited.then(() => reject(new Error(`Xvfb exited (log: ${logFile})`)));
  });
  return { proc, display };
}

export async function startDriver(name, bin, portArgs, { env, logName }) {
  const port = await freePort();
  const logFile = join(RESULTS, `${logName}.log`);
  const proc = start(name, bin, portArgs(port), { env, logFile });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(proc, `${url}/status`, { logFile });
  return { proc, url };
}
