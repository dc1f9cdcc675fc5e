// The result matrix: printed, and written as JSON and HTML next to the screenshots.
import { writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { RESULTS } from "./paths.mjs";

/** A failing row for case `c` (locale, platform, scenario) that no check produced. */
export const failedRow = (c, engine, check, message) => ({ ...c, engine, check, viewport: "-", ok: false, failures: [message], shots: [], ms: 0 });

// viewport: the CSS size the case was checked at (width x height).
const COLUMNS = ["locale", "platform", "engine", "viewport", "scenario", "check"];

export function printTable(rows) {
  const header = [...COLUMNS, "result", "ms"];
  const cells = rows.map((r) => [...COLUMNS.map((k) => String(r[k] ?? "-")), r.ok ? "pass" : "FAIL", String(r.ms)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => v.padEnd(widths[i])).join("  ");
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}

const escape = (s) => String(s).replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]);

export function writeMatrix(rows, timings) {
  const json = { generated: new Date().toISOString(), timings, rows };
  writeFileSync(join(RESULTS, "matrix.json"), JSON.stringify(json, null, 2) + "\n");
  const body = rows
    .map((r) => {
      const shots = r.shots.map((f) => `<a href="${escape(relative(RESULTS, resolve(RESULTS, f)))}">${escape(f.split("-").pop().replace(".png", ""))}</a>`).join(" ");
      const first = r.secondRun ? `<pre>second run; the first stopped on an engine trap:\n${escape(r.secondRun.join("\n\n"))}</pre>` : "";
      const detail = (r.failures.length ? `<pre>${escape(r.failures.join("\n\n"))}</pre>` : "") + first;
      return `<tr class="${r.ok ? "pass" : "fail"}">${COLUMNS.map((k) => `<td>${escape(r[k])}</td>`).join("")}<td>${r.ok ? "pass" : "FAIL"}${detail}</td><td>${shots}</td></tr>`;
    })
    .join("\n");
  const html = `<!doctype html>
<meta charset="utf-8"><title>Engine matrix</title>
<style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}.pass td:nth-child(7){color:#060}.fail td:nth-child(7){color:#b00;font-weight:bold}pre{font-weight:normal;white-space:pre-wrap}</style>
<h1>Report wording in Chromium, WebKit and Firefox</h1>
<p>${escape(Object.entries(timings).map(([k, v]) => `${k}: ${(v / 1000).toFixed(1)} s`).join(", "))}</p>
<table><tr>${[...COLUMNS, "result", "screenshots"].map((h) => `<th>${h}</th>`).join("")}</tr>
${body}
</table>
`;
  writeFileSync(join(RESULTS, "matrix.html"), html);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Prints every failure with its case, the wall times and the counts; the exit code. */
export function report(rows, timings, how) {
  const failed = rows.filter((r) => !r.ok);
  for (const r of failed) {
    console.log(`\nFAIL locale ${r.locale}, platform ${r.platform}, engine ${r.engine}, scenario ${r.scenario}, check ${r.check}:`);
    for (const f of r.failures) console.log(`  ${f.replace(/\n/g, "\n  ")}`);
  }
  for (const r of rows.filter((r) => r.secondRun)) {
    console.log(`\nSECOND RUN locale ${r.locale}, platform ${r.platform}, engine ${r.engine}, scenario ${r.scenario}, check ${r.check} (${r.ok ? "passed" : "failed"} the second time); the first:`);
    for (const f of r.secondRun) console.log(`  ${f.replace(/\n/g, "\n  ")}`);
  }
  console.log(`\nwall time: ${Object.entries(timings).map(([k, v]) => `${k} ${seconds(v)}`).join(", ")} (${how})`);
  const again = rows.filter((r) => r.secondRun).length;
  console.log(`${rows.length - failed.length} passed, ${failed.length} failed${again ? `, ${again} run twice after an engine trap` : ""}; results in e2e/engine-results/matrix.html`);
  return failed.length ? 1 : 0;
}
