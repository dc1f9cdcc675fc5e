// Child processes of a run (report-server, Xvfb, WebDriver servers): started
// on free ports, waited for, and all stopped on exit, also after a failure or
// Ctrl-C, so no browser outlives the run.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { openSync } from "node:fs";

const started = new Set();

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts `cmd`; output goes to `logFile` so a failure can be diagnosed. */
export function start(name, cmd, args, { env, logFile, cwd, extraStdio = [] } = {}) {
  const out = logFile ? openSync(logFile, "a") : "ignore";
  // detached: the child leads its own process group, so stopping it also
  // stops what it spawned (MiniBrowser, Firefox and their helpers).
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, cwd, stdio: ["ignore", out, out, ...extraStdio], detached: true });
  const proc = { name, child, exited: null };
  proc.exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  child.on("error", (e) => console.error(`${name}: ${e.message}`));
  started.add(proc);
  return proc;
}

function signalGroup(proc, signal) {
  try {
    process.kill(-proc.child.pid, signal);
  } catch {}
}

export async function stop(proc) {
  if (!started.delete(proc)) return;
  // Signalled even if the driver itself has exited (or crashed): the browser
  // it started is in its process group and may still run.
  signalGroup(proc, "SIGTERM");
  await Promise.race([proc.exited, new Promise((r) => setTimeout(r, 3000))]);
  signalGroup(proc, "SIGKILL");
}

export async function stopAll() {
  await Promise.all([...started].map(stop));
}

function stopAllNow() {
  for (const p of started) {
    try {
      process.kill(-p.child.pid, "SIGKILL");
    } catch {}
  }
}
process.on("exit", stopAllNow);
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    stopAllNow();
    process.exit(130);
  });
}

/** Polls `url` until it answers, or fails naming the process and its log. */
export async function waitForHttp(proc, url, { timeoutMs = 20_000, logFile } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) break;
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${proc.name} did not answer at ${url}${logFile ? ` (log: ${logFile})` : ""}`);
}
