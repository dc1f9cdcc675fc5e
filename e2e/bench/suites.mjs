// Wall time of the snapshot suite and of the browser suite per engine.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function timed(label, command, args, options) {
  console.error(`bench: running ${label}`);
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { stdio: ["ignore", "ignore", "ignore"], ...options });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, seconds, ok: r.status === 0 };
}

export function measureSuites(root) {
  // Compile first, so the figure is the suite, not the compiler.
  spawnSync("cargo", ["test", "--quiet", "--locked", "-p", "report-core", "--test", "snapshots", "--no-run"], { cwd: root, stdio: "ignore" });
  const rows = [
    timed("snapshot suite (cargo test, all cases)", "cargo", ["test", "--quiet", "--locked", "-p", "report-core", "--test", "snapshots"], { cwd: root }),
    timed("browser suite, Chromium (displayed wording, 3 platforms)", "npx", ["playwright", "test", "tests/displayed.spec.ts"], { cwd: `${root}/e2e` }),
  ];
  if (existsSync(`${root}/e2e/engines/run.mjs`)) {
    for (const engine of ["webkit", "firefox"]) {
      rows.push(timed(`browser suite, ${engine}`, "node", ["e2e/engines/run.mjs"], { cwd: root, env: { ...process.env, ENGINES: engine } }));
    }
  }
  return rows;
}
