// Names every Playwright test that did not pass (from its JSON report), so
// the end of a long CI log says which ones: the list reporter's own summary
// sits hundreds of lines above, before the engine matrix.
import { existsSync, readFileSync } from "node:fs";
import { CHROMIUM_REPORT } from "./paths.mjs";

function* specs(suite, path) {
  const here = suite.title ? [...path, suite.title] : path;
  for (const spec of suite.specs ?? []) yield [here, spec];
  for (const child of suite.suites ?? []) yield* specs(child, here);
}

if (!existsSync(CHROMIUM_REPORT)) {
  console.log(`chromium: no report at ${CHROMIUM_REPORT}`);
} else {
  const report = JSON.parse(readFileSync(CHROMIUM_REPORT, "utf8"));
  let count = 0;
  for (const suite of report.suites ?? []) {
    for (const [path, spec] of specs(suite, [])) {
      for (const t of spec.tests) {
        const last = t.results.at(-1);
        if (t.status === "expected" || t.status === "skipped") continue;
        count++;
        const why = (last?.error?.message ?? `status ${last?.status ?? "not run"}`).split("\n").find((l) => l.trim()) ?? "";
        console.log(`chromium: ${t.status}: [${t.projectName}] ${spec.file}:${spec.line} ${[...path.slice(1), spec.title].join(" > ")}`);
        console.log(`  ${why.replace(/\x1b\[[0-9;]*m/g, "").slice(0, 300)}`);
      }
    }
  }
  console.log(`chromium: ${count} test(s) did not pass`);
}
