// The cold path: from pressing "Report" in the plain host
// (dist/examples/plain/, which loads the package only then) to the reason
// list painted. It includes downloading index.js, report_flow.js, the wasm,
// the CSS and the locale file, compiling the wasm and the first render.
// Measured in headless Chromium at 1x and 4x CPU, each with and without a
// throttled network.
//
// Every run is cold. A new browser context has its own empty HTTP cache and
// its own renderer process, so there is no cached response and no cached
// compiled wasm. In that context the host page is loaded and left to go
// idle, then "Report" is pressed. A run where a package file did not come
// over the network fails the benchmark.
//
// Start: the click event's timeStamp (the time the input reached the page),
// read by a capture-phase listener that the bench adds before the click. The
// plain host sets no `report-click` mark of its own.
// End: the first frame rendered after the component's
// `report-disclosure:dialog-rendered` mark, which is set once the reason step
// is in the DOM and laid out. We wrap performance.mark so that the mark
// itself calls requestAnimationFrame. That callback posts a message, and the
// time it arrives is the end. A task posted from a rAF callback runs right
// after that frame's rendering update (style, layout, paint, commit), so it
// sees the frame that painted the reason list. A second rAF would add the
// wait for the next vsync, up to 16.7 ms of noise, to every run. A
// PerformanceObserver for "paint" is no use here: it reports only the page's
// first paint and first contentful paint, which happened when the host
// loaded.
//
// The peers (peers/, issue 24): the same first step written with React 19 +
// @fluent/react and with Preact, each a lazy chunk of a host page that
// already runs its framework, served by a second receiver from the peers'
// build. Every target and condition takes its turn in every run.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, quantile, startServer } from "./harness.mjs";
import { buildPeers } from "./peers/build.mjs";

const packageHost = (lang) => `/examples/plain/?chat=one-to-one&lang=${lang}&platform=android`;
// `files`: where the target's own files are; a run that got one of them from
// a cache is not cold.
const PACKAGE_TARGETS = [
  { key: "package-en", label: "report-disclosure package (en)", site: "dist", path: packageHost("en"), files: "/package/", flow: true },
  { key: "package-ja", label: "report-disclosure package (ja)", site: "dist", path: packageHost("ja"), files: "/package/", flow: true },
];
const PEER_TARGETS = [
  { key: "react-en", label: "React 19 + @fluent/react chunk (en)", site: "peers", path: "/react/?lang=en", files: "/react/" },
  { key: "react-ja", label: "React 19 + @fluent/react chunk (ja)", site: "peers", path: "/react/?lang=ja", files: "/react/" },
  { key: "preact-en", label: "Preact + @fluent/bundle chunk (en)", site: "peers", path: "/preact/?lang=en", files: "/preact/" },
  { key: "preact-ja", label: "Preact + @fluent/bundle chunk (ja)", site: "peers", path: "/preact/?lang=ja", files: "/preact/" },
];
const REPORT = '[data-message-id="o20"] button.report';
// A slow mobile connection: 1.6 Mbps down, 750 kbps up, 150 ms round trip.
const SLOW = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CONDITIONS = [
  { key: "1x-fast", cpu: 1, network: null },
  { key: "1x-slow", cpu: 1, network: SLOW },
  { key: "4x-fast", cpu: 4, network: null },
  { key: "4x-slow", cpu: 4, network: SLOW },
];
// The run whose breakdown is printed: 4x CPU, no network throttling.
const BREAKDOWN = "4x-fast";
const WARMUP = 1;
const TIMEOUT_MS = 30_000;

// Runs in the page before any of its own scripts.
function instrument() {
  const cold = (window.__coldPath = {});
  // Resource Timing of the page's requests since `from`.
  cold.resourcesSince = (from) =>
    performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime >= from)
      .map((e) => ({
        path: new URL(e.name).pathname,
        start: e.startTime,
        end: e.responseEnd,
        transferSize: e.transferSize,
        encodedBodySize: e.encodedBodySize,
      }));
  addEventListener(
    "click",
    (e) => {
      if (cold.click === undefined && e.target instanceof Element && e.target.closest("button.report")) cold.click = e.timeStamp;
    },
    { capture: true },
  );
  const mark = performance.mark.bind(performance);
  cold.painted = new Promise((resolve) => {
    performance.mark = (name, ...rest) => {
      const entry = mark(name, ...rest);
      if (name === "report-disclosure:dialog-rendered" && cold.rendered === undefined) {
        cold.rendered = entry.startTime;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      }
      return entry;
    };
  });
}

/**
 * The rest of the flow, for the package: a reason chosen and "Next" pressed
 * as soon as the list is painted, then the disclosure (the wasm's) rendered.
 * Gives when that was, and every file the flow downloaded.
 */
async function walkToDisclosure(page, click) {
  await page.locator('input[name="reason"]').first().check();
  await page.getByTestId("next").click();
  return page.evaluate(
    async ({ click, timeout }) => {
      const mark = (name) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? null;
      const until = Date.now() + timeout;
      while (mark("report-disclosure:disclosure-rendered") === null) {
        if (Date.now() > until) return null;
        await new Promise((r) => setTimeout(r, 20));
      }
      return { disclosure: mark("report-disclosure:disclosure-rendered"), loadEnd: mark("report-flow:load-end"), resources: window.__coldPath.resourcesSince(click) };
    },
    { click, timeout: TIMEOUT_MS },
  );
}

/** One cold run: a new context, the host loaded, "Report" pressed, reason list painted (and for the package, the rest of the flow). */
async function coldRun(browser, url, condition, flow) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: "Asia/Tokyo" });
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: condition.cpu });
    if (condition.network) {
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", condition.network);
    }
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    await page.locator(REPORT).click();
    const run = await page.evaluate(
      async (timeout) => {
        const cold = window.__coldPath;
        const painted = await Promise.race([cold.painted, new Promise((r) => setTimeout(() => r(null), timeout))]);
        if (painted === null || cold.click === undefined) return null;
        const mark = (name) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? null;
        return {
          click: cold.click,
          rendered: cold.rendered,
          painted,
          loadStart: mark("report-flow:load-start"),
          resources: cold.resourcesSince(cold.click),
        };
      },
      TIMEOUT_MS,
    );
    if (run !== null && flow) {
      run.flow = await walkToDisclosure(page, run.click);
      if (run.flow === null) throw new Error(`cold path (${url}): the disclosure was not rendered within ${TIMEOUT_MS} ms`);
    }
    return run;
  } finally {
    await context.close();
  }
}

/**
 * Where a cold run of the package spent its time, from its marks
 * (report-flow:load-end in index.js, the component's dialog-rendered and
 * disclosure-rendered) and Resource Timing. V8 compiles wasm functions
 * lazily, on their first call, so `compile` is the streaming compile left
 * after the last byte plus instantiation, and the functions the disclosure
 * calls are compiled within `disclosure`.
 */
function breakdown(run) {
  const wasm = run.flow?.resources.find((r) => r.path.endsWith(".wasm"));
  if (!wasm || run.flow.loadEnd === null) return null;
  return {
    firstStep: run.rendered - run.click, // host handler, index.js fetched and run, the list rendered
    wasmFetch: wasm.end - wasm.start,
    compile: run.flow.loadEnd - wasm.end,
    disclosure: run.flow.disclosure - run.flow.loadEnd, // options checked, locale fetched, Next handed over, rendered
  };
}

/**
 * Median and p95 of the cold path per target and condition, the bytes each
 * transfers after the click, and the breakdown of the package's median run
 * in Japanese at 4x CPU. `peers`: also the React and Preact peers (the
 * current tree's, built from `root`). Returns null for builds without the
 * plain host.
 */
export async function measureColdPath(dir, runs, { peers = null } = {}) {
  if (!existsSync(join(dir, "dist", "examples", "plain"))) return null;
  const servers = [];
  const base = {};
  const browser = await launchChromium();
  const targets = [...PACKAGE_TARGETS, ...(peers ? PEER_TARGETS : [])];
  const samples = Object.fromEntries(targets.map((t) => [t.key, Object.fromEntries(CONDITIONS.map((c) => [c.key, []]))]));
  try {
    const port = 4800 + Math.floor(Math.random() * 400);
    servers.push(await startServer(dir, port));
    base.dist = `http://127.0.0.1:${port}`;
    if (peers) {
      const out = await buildPeers(peers, join(peers, "target", "bench-peers"));
      servers.push(await startServer(dir, port + 1, out));
      base.peers = `http://127.0.0.1:${port + 1}`;
    }
    // Targets and conditions take turns run by run (the order turned each
    // run), so a slow spell of the machine does not land on one of them only.
    const pairs = targets.flatMap((target) => CONDITIONS.map((condition) => ({ target, condition })));
    for (let run = 0; run < runs + WARMUP; run++) {
      const turn = run % pairs.length;
      for (const { target, condition } of [...pairs.slice(turn), ...pairs.slice(0, turn)]) {
        const result = await coldRun(browser, base[target.site] + target.path, condition, target.flow);
        // Every build with the plain host has the marks this waits for: a run
        // that ends without them is a broken cold path, not a missing host.
        if (result === null) throw new Error(`cold path (${target.key}, ${condition.key}): the reason step was not rendered within ${TIMEOUT_MS} ms`);
        const cached = result.resources.filter((r) => r.path.startsWith(target.files) && r.transferSize === 0);
        if (cached.length > 0) throw new Error(`cold path (${target.key}): not cold, from a cache: ${cached.map((r) => r.path).join(", ")}`);
        if (run >= WARMUP) samples[target.key][condition.key].push(result);
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }

  const measured = targets.map((target) => {
    const conditions = CONDITIONS.map(({ key, cpu, network }) => {
      const totals = samples[target.key][key].map((r) => r.painted - r.click);
      return { key, cpu, network: network !== null, median: quantile(totals, 0.5), p95: quantile(totals, 0.95) };
    });
    // Bytes: the same files in every run; taken from the first unthrottled one.
    const files = samples[target.key]["1x-fast"][0].resources;
    const bytes = {
      files: files.map((r) => ({ path: r.path, transferSize: r.transferSize, encodedBodySize: r.encodedBodySize })),
      transferSize: files.reduce((t, r) => t + r.transferSize, 0),
      encodedBodySize: files.reduce((t, r) => t + r.encodedBodySize, 0),
    };
    // The package: when the disclosure came, for a person who pressed Next
    // as soon as the list was painted, and every file the flow downloaded.
    let flow = null;
    if (target.flow) {
      flow = {
        conditions: CONDITIONS.map(({ key }) => {
          const waits = samples[target.key][key].map((r) => r.flow.disclosure - r.click);
          return { key, median: quantile(waits, 0.5), p95: quantile(waits, 0.95) };
        }),
        files: samples[target.key]["1x-fast"][0].flow.resources.map((r) => ({ path: r.path, transferSize: r.transferSize, encodedBodySize: r.encodedBodySize })),
      };
      flow.transferSize = flow.files.reduce((t, r) => t + r.transferSize, 0);
      flow.encodedBodySize = flow.files.reduce((t, r) => t + r.encodedBodySize, 0);
    }
    return { key: target.key, label: target.label, conditions, bytes, flow };
  });
  const ja = measured.find((t) => t.key === "package-ja");
  const byTotal = [...samples["package-ja"][BREAKDOWN]].sort((a, b) => a.painted - a.click - (b.painted - b.click));
  const median = byTotal[Math.ceil(byTotal.length / 2) - 1];
  // `conditions` and `bytes`: the package in Japanese, as builds before the
  // peers reported it, for --compare.
  return { conditions: ja.conditions, bytes: ja.bytes, targets: measured, breakdown: breakdown(median) };
}
