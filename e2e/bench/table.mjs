// Prints the benchmark as a table, with budgets and, when asked, the ratio to
// an earlier commit. Returns whether any budget is exceeded.
const KB = 1024;
// What a host downloads (package wasm + JS + largest locale) must not
// rise above the measured floor accepted on the embedding issue.
const BUDGET_BROTLI = 150 * KB;
const BUDGET_MS = { 1: 16, 4: 50 };
// Issue 23: a planner sees an edit on every platform within 2 seconds.
const BUDGET_WORKBENCH_MS = 2000;

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const ms = (n) => (n === undefined || n === null ? "n/a" : `${n.toFixed(1)} ms`);
const ratio = (now, before) => (before ? `x${(now / before).toFixed(2)}` : "");

export function printTable(current, previous, runs) {
  let over = false;
  const rows = [];
  const row = (what, now, before, fmt, budget) => {
    const exceeded = budget !== undefined && now > budget;
    over ||= exceeded;
    const compared = previous && before !== undefined;
    rows.push([what, fmt(now), compared ? fmt(before) : "", compared ? ratio(now, before) : "", budget === undefined ? "" : `${fmt(budget)} ${exceeded ? "OVER BUDGET" : "ok"}`]);
  };

  // Rows are matched by what they measure; older builds may lack some.
  const key = (file) => (file.startsWith("largest locale") ? "locale" : file === "wasm + JS" ? "total" : file);
  for (const s of current.sizes) {
    const p = previous?.sizes.find((x) => key(x.file) === key(s.file));
    for (const kind of ["raw", "gzip", "brotli"]) {
      const budget = key(s.file) === "total" && kind === "brotli" ? BUDGET_BROTLI : undefined;
      row(`size ${s.file} ${kind}`, s[kind], p?.[kind], kb, budget);
    }
  }
  for (const throttle of [1, 4]) {
    const t = current.timings?.[throttle];
    const p = previous?.timings?.[throttle];
    const cpu = throttle === 1 ? "no throttling" : "4x CPU throttling";
    for (const [key, what] of [
      ["dialog", "Report click -> dialog rendered"],
      ["disclosure", "Next click -> disclosure rendered"],
      ["total", "Report -> disclosure, app time"],
    ]) {
      for (const stat of ["median", "p95"]) {
        const budget = key === "total" && stat === "median" ? BUDGET_MS[throttle] : undefined;
        row(`${what}, ${stat}, ${cpu}`, t?.[key][stat], p?.[key]?.[stat], ms, budget);
      }
    }
  }
  // The cold path in the plain host (coldpath.mjs); null for older builds.
  const cold = current.coldPath;
  const pc = previous?.coldPath ?? undefined;
  if (cold) {
    const cpu = (n) => `${n}x CPU`;
    const network = (slow) => (slow ? "1.6 Mbps down, 750 kbps up, 150 ms RTT" : "no network throttling");
    // Builds before the peers measured the package in Japanese only.
    const previousOf = (key) => pc?.targets?.find((t) => t.key === key) ?? (key === "package-ja" && pc ? pc : undefined);
    const targets = cold.targets ?? [{ key: "package-ja", label: "report-disclosure package (ja)", conditions: cold.conditions, bytes: cold.bytes }];
    for (const c of cold.conditions) {
      const where = `${cpu(c.cpu)}, ${network(c.network)}`;
      for (const t of targets) {
        const mine = t.conditions.find((x) => x.key === c.key);
        const p = previousOf(t.key)?.conditions.find((x) => x.key === c.key);
        for (const stat of ["median", "p95"]) {
          row(`cold path: Report -> reason list painted, ${where}, ${t.label}, ${stat}`, mine[stat], p?.[stat], ms);
        }
      }
      // The measure: our median over the React peer's, per locale.
      for (const lang of ["en", "ja"]) {
        const ours = targets.find((t) => t.key === `package-${lang}`)?.conditions.find((x) => x.key === c.key);
        for (const peer of ["react", "preact"]) {
          const theirs = targets.find((t) => t.key === `${peer}-${lang}`);
          const m = theirs?.conditions.find((x) => x.key === c.key);
          if (!ours || !m) continue;
          rows.push([`cold path ratio, ${where}: package (${lang}) / ${theirs.label}, median`, `${(ours.median / m.median).toFixed(2)}x`, "", "", ""]);
        }
      }
    }
    for (const t of targets) {
      const p = previousOf(t.key);
      const files = `${t.bytes.files.length} requests`;
      row(`cold path: bytes after the click, ${t.label}, ${files} (transferSize, headers included)`, t.bytes.transferSize, p?.bytes.transferSize, kb);
      row(`cold path: encoded body bytes after the click, ${t.label}, ${files}`, t.bytes.encodedBodySize, p?.bytes.encodedBodySize, kb);
      if (t.flow) {
        const all = `${t.flow.files.length} requests`;
        row(`whole flow to the disclosure: encoded body bytes (brotli), ${t.label}, ${all}`, t.flow.encodedBodySize, p?.flow?.encodedBodySize, kb, BUDGET_BROTLI);
        row(`whole flow to the disclosure: bytes with headers, ${t.label}, ${all}`, t.flow.transferSize, p?.flow?.transferSize, kb);
      }
    }
    // The wait the first step hides: a person who presses Next as soon as
    // the reason list is painted gets the disclosure (from the wasm) then.
    for (const t of targets.filter((x) => x.flow)) {
      for (const c of t.flow.conditions) {
        const cond = cold.conditions.find((x) => x.key === c.key);
        const p = previousOf(t.key)?.flow?.conditions.find((x) => x.key === c.key);
        row(`Report -> disclosure rendered, Next pressed at once, ${cpu(cond.cpu)}, ${network(cond.network)}, ${t.label}, median`, c.median, p?.median, ms);
      }
    }
    // One cold run (the median one) at 4x CPU without network throttling.
    // V8 compiles wasm functions on first call: those of the first render
    // count in the third row, not the second.
    const b = cold.breakdown;
    const pb = pc?.breakdown ?? undefined;
    const what = "cold path breakdown, median run, 4x CPU, no network throttling";
    row(`${what}: Report -> reason list rendered (index.js fetched and run)`, b?.firstStep, pb?.firstStep, ms);
    row(`${what}: wasm fetch (Resource Timing, request -> last byte)`, b?.wasmFetch, pb?.wasmFetch, ms);
    row(`${what}: wasm compile + instantiate (last byte -> report-flow:load-end)`, b?.compile, pb?.compile, ms);
    row(`${what}: loaded -> disclosure rendered (options, locale fetch, lazy compile, render)`, b?.disclosure, pb?.disclosure, ms);
  } else {
    rows.push(["cold path", "n/a (no plain host)", "", "", ""]);
  }

  const count = (n) => String(n);
  const perSecond = (n) => `${n.toFixed(0)} reports/s`;
  const receiverRows = (r, pr, store) => {
    const what = `receiver${store}, ${r.clients} concurrent clients, ${r.reports} reports`;
    row(`${what}: throughput`, r.reports_per_second, pr?.reports_per_second, perSecond);
    row(`${what}: p50 latency`, r.p50_ms, pr?.p50_ms, ms);
    row(`${what}: p99 latency`, r.p99_ms, pr?.p99_ms, ms);
    // A report lost or filed twice is a defect, not a slowdown.
    row(`${what}: lost`, r.lost, pr?.lost, count, 0);
    row(`${what}: duplicated`, r.duplicated, pr?.duplicated, count, 0);
    row(`${what}: sends without a reference`, r.errors, pr?.errors, count, 0);
  };
  const r = current.receiver;
  if (r) {
    receiverRows(r, previous?.receiver ?? undefined, "");
  } else {
    rows.push(["receiver under load", "n/a (no load command)", "", "", ""]);
  }
  const long = current.longRegister;
  if (long) {
    const lr = previous?.longRegister ?? undefined;
    const g = long.register;
    receiverRows(long, lr, ` with a ${g.notices}-notice register`);
    const us = (n) => `${n.toFixed(0)} us`;
    const what = `verifying one report, ${g.notices}-notice register`;
    row(`${what}: load the register folder (every wording parsed)`, g.load_ms, lr?.register.load_ms, ms);
    row(`${what}: a current notice (median)`, g.verify_current_us, lr?.register.verify_current_us, us);
    row(`${what}: the oldest superseded notice (median)`, g.verify_oldest_us, lr?.register.verify_oldest_us, us);
    row(`verifying one report, the compiled-in register (median)`, g.verify_compiled_in_us, lr?.register.verify_compiled_in_us, us);
    // At full load a 2-core receiver spends 2 / throughput CPU-seconds per
    // report; verification's share of that is what the register could cost.
    const share = (g.verify_current_us * long.reports_per_second) / (2 * 1e6);
    rows.push([`${what}: share of a report's CPU time at full load (2 cores)`, `${(share * 100).toFixed(0)} %`, "", "", ""]);
  } else {
    rows.push(["receiver with a long register", "n/a (no --notices)", "", "", ""]);
  }
  if (current.postgres) {
    for (const p of current.postgres) {
      const pp = previous?.postgres?.find((x) => x.receivers === p.receivers);
      receiverRows(p, pp, ` on PostgreSQL x${p.receivers}`);
    }
  } else {
    rows.push(["receiver on PostgreSQL", "n/a (no --database)", "", "", ""]);
  }
  // The planners' workbench (workbench.mjs); null for builds without it.
  const wb = current.workbench;
  const pw = previous?.workbench ?? undefined;
  if (wb) {
    row("workbench: open -> every platform's preview shown (ja, one scenario)", wb.open, pw?.open, ms);
    for (const stat of ["median", "p95"]) {
      row(`workbench: last keystroke -> all three platforms show the edit, ${stat}`, wb.roundTrip[stat], pw?.roundTrip?.[stat], ms, stat === "median" ? BUDGET_WORKBENCH_MS : undefined);
    }
  } else {
    rows.push(["workbench", "n/a (no /workbench/)", "", "", ""]);
  }
  for (const s of current.suites ?? []) {
    rows.push([`wall time: ${s.label}${s.ok ? "" : " (FAILED)"}`, `${s.seconds.toFixed(1)} s`, "", "", ""]);
  }

  const header = ["measure", "current", previous ? previous.label : "", previous ? "ratio" : "", "budget"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  console.log(`report-disclosure benchmark (timings: median and p95 of ${runs} runs, ja, 19-message disclosure)`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
  return over;
}
