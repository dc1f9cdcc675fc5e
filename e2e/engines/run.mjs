// Runs the report checks in WebKitGTK (ios) and Firefox ESR (desktop):
//   node e2e/engines/run.mjs            (from the repository root)
// Filters: ENGINES=webkit,firefox  LOCALES=ja,en  SCENARIOS=full-window
//          ENGINES_SERIAL=1 runs one engine after the other (default: both at once).
// Writes e2e/engine-results/<engine>/{rows.json,*.png} and, for the engines it
// ran, e2e/engine-results/matrix.{json,html}; exits 1 on any failure.
// `bash .ci/suite review` then joins every engine's rows with Chromium's.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { ENGINES } from "./engines.mjs";
import { casesFor, locales } from "./snapshots.mjs";
import { checkAlteredWording, checkLanguage, checkNothingBeforeAgreement, checkPayload, checkWording } from "./checks.mjs";
import { selfTestEngineOnlyCss, selfTestFrozenFrames, selfTestGlyphs, selfTestPayloadPreview, selfTestTimeline } from "./self-test.mjs";
import { copyOfDist, startReportServer } from "./services.mjs";
import { openInChatkitHost, openInPlainHost, openInReactHost, scenarioOf, useDist } from "./flow.mjs";
import { stop, stopAll } from "./processes.mjs";
import { failedRow, printTable, report, writeMatrix } from "./matrix.mjs";
import { RESULTS } from "./paths.mjs";
import { isPseudo } from "./browser-languages.mjs";
import { buildIdOf } from "./build-id.mjs";

const list = (v) => (v ? v.split(",").map((x) => x.trim()).filter(Boolean) : null);
const engineNames = list(process.env.ENGINES) ?? Object.keys(ENGINES);
const wantedLocales = list(process.env.LOCALES);
const wantedScenarios = list(process.env.SCENARIOS);
// Payload and Cancel checks need one scenario with messages on both sides.
const FLOW_SCENARIO = "full-window";
// Besides it, an account (with messages received from it) and a post (with a
// photo and a video) go through the payload check and both example hosts:
// each kind is handed over by the host and previewed its own way. Every case
// of every kind has its wording checked on the demo page in every locale;
// these run in the locales of KIND_LOCALES (Latin, CJK, Thai, RTL: as the
// Chromium host specs), to keep the run short on 2 cores, or in the first
// locale of a filtered run that has none of them.
const KIND_SCENARIOS = ["account-three", "post-media"];
const KIND_LOCALES = ["en", "ja", "th", "ar-XB"];

for (const e of engineNames) if (!ENGINES[e]) throw new Error(`unknown engine ${e}; known: ${Object.keys(ENGINES).join(", ")}`);

async function screenshotOnError(s, c, check) {
  const file = join(RESULTS, s.engine, `${c.locale}-${c.platform}-${c.scenario}-${check}-error.png`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await s.driver.takeScreenshot(), "base64");
  } catch {}
  return file;
}

async function runOnce(s, c, check, fn) {
  const row = { ...c, engine: s.engine, check, viewport: s.viewport, ok: false, failures: [], shots: [], ms: 0 };
  const started = Date.now();
  try {
    row.failures = await fn({ ...s, shots: row.shots }, c);
  } catch (e) {
    row.failures = [`${check} stopped: ${e.message.split("\n")[0]}`];
    if (e.timeline) row.failures.push(`what the page recorded until then:\n  ${e.timeline.join("\n  ")}`);
    row.shots.push(await screenshotOnError(s, c, check));
  }
  row.ms = Date.now() - started;
  row.ok = row.failures.length === 0;
  return row;
}

// A wasm trap the engine raised on its own ("Out of bounds memory access" in
// WebKitGTK, seen once in about ten full runs of the matrix on 2 cores; on
// the demo page it can come before the recording starts, which then lists
// it as "before recording", from app/demo/static/main.js) is
// not a verdict on the wording. Such a row runs once more; the matrix keeps
// the first failure next to the second result, and the summary counts it. A
// Rust panic traps as "unreachable" (any case, in every engine) and is never
// run again.
const engineTrap = (failures) => failures.some((f) => /(uncaught error|did not start): RuntimeError: (?!unreachable)/i.test(f));

async function runCheck(rows, s, c, check, fn) {
  let row = await runOnce(s, c, check, fn);
  if (!row.ok && engineTrap(row.failures)) {
    const first = row;
    row = await runOnce(s, c, check, fn);
    row.secondRun = first.failures;
    row.shots.unshift(...first.shots);
  }
  rows.push(row);
  const again = row.secondRun ? " on its second run, after an engine trap" : "";
  console.log(`${row.ok ? "pass" : "FAIL"}  ${s.engine} ${c.locale} ${c.platform} ${c.scenario} ${check} (${row.ms} ms)${again}`);
}

async function runLocale(rows, engine, name, shared, server, locale, withSelfTests, withKinds) {
  const cases = casesFor(locale, engine.platform).filter((c) => !wantedScenarios || wantedScenarios.includes(c.scenario));
  if (!cases.length) {
    // A filter or a snapshot layout that selects nothing must not pass silently.
    rows.push(failedRow({ locale, platform: engine.platform, scenario: "-" }, name, "cases",
      `no ${engine.platform} snapshot case for locale ${locale}${wantedScenarios ? ` and scenarios ${wantedScenarios.join(",")}` : ""}`));
    return;
  }
  const flowCase = cases.find((c) => c.scenario === FLOW_SCENARIO) ?? cases[0];
  const kindCases = withKinds ? KIND_SCENARIOS.map((k) => cases.find((c) => c.scenario === k)).filter(Boolean) : [];
  if (withKinds && !wantedScenarios) {
    // A renamed scenario must not drop a kind from the payload and host checks silently.
    for (const k of KIND_SCENARIOS.filter((k) => !cases.some((c) => c.scenario === k))) {
      rows.push(failedRow({ locale, platform: engine.platform, scenario: k }, name, "cases", `no ${engine.platform} snapshot case ${k} for locale ${locale} (KIND_SCENARIOS in e2e/engines/run.mjs)`));
    }
  }
  const payloadCases = [flowCase, ...kindCases.filter((c) => c !== flowCase)];
  let session;
  try {
    session = await engine.openSession(shared, locale);
  } catch (e) {
    rows.push(failedRow({ ...flowCase, scenario: "-" }, name, "session", `no ${name} session for ${locale}: ${e.message}`));
    console.log(`FAIL  ${name} ${locale}: no session: ${e.message}`);
    return;
  }
  const s = { engine: name, driver: session.driver, base: server.base, viewport: session.viewport };
  try {
    // Negotiation never picks a pseudo-locale; those cases pass lang= instead.
    if (!isPseudo(locale)) await runCheck(rows, s, flowCase, "language", checkLanguage);
    for (const c of cases) await runCheck(rows, s, c, "wording", checkWording);
    for (const c of payloadCases) await runCheck(rows, s, c, "payload", checkPayload);
    await runCheck(rows, s, flowCase, "nothing-before-agreement", checkNothingBeforeAgreement);
    // Drafts exist for shipped locales only (a pseudo-locale is generated from en).
    if (withSelfTests && !isPseudo(locale)) await runCheck(rows, s, flowCase, "altered-wording-unverified", checkAlteredWording);
    // The same wording check through the example hosts, plain and React,
    // which use only the package (WebKit is what iOS web views use).
    // (A message, an account and a post: each kind the host hands over.)
    for (const c of payloadCases) {
      await runCheck(rows, s, c, "plain-host-wording", (s2, c2) => checkWording(s2, c2, { open: openInPlainHost }));
      await runCheck(rows, s, c, "react-host-wording", (s2, c2) => checkWording(s2, c2, { open: openInReactHost }));
      // The chat-kit host (a third-party chat UI kit, a CSS reset, hostile host CSS) reports messages.
      if (scenarioOf(c.scenario).kind === "message") {
        await runCheck(rows, s, c, "chatkit-host-wording", (s2, c2) => checkWording(s2, c2, { open: openInChatkitHost }));
      }
    }
    if (withSelfTests) {
      const selfTest = { ...flowCase, scenario: `self-test ${flowCase.scenario}` };
      await runCheck(rows, s, selfTest, "webkit-only-css", (s2) => selfTestEngineOnlyCss(s2, flowCase));
      await runCheck(rows, s, selfTest, "glyphs", (s2) => selfTestGlyphs(s2, flowCase));
      await runCheck(rows, s, selfTest, "timeline", (s2) => selfTestTimeline(s2, flowCase));
      await runCheck(rows, s, selfTest, "frozen-frames", (s2) => selfTestFrozenFrames(s2, flowCase));
      const postCase = cases.find((c) => KIND_SCENARIOS.includes(c.scenario) && scenarioOf(c.scenario).kind === "post");
      if (postCase) {
        await runCheck(rows, s, { ...postCase, scenario: `self-test ${postCase.scenario}` }, "payload-preview", (s2) => selfTestPayloadPreview(s2, postCase));
      }
    }
  } finally {
    await session.close();
  }
}

async function runEngine(name) {
  const engine = ENGINES[name];
  const rows = [];
  const shared = await engine.setUp();
  // One demo server per engine: its report count is then this engine's alone.
  const server = await startReportServer(name, dist);
  try {
    const chosen = locales().filter((l) => !wantedLocales || wantedLocales.includes(l));
    if (!chosen.length) throw new Error(`LOCALES=${wantedLocales} matches no snapshot locale (${locales().join(", ")})`);
    // Self-tests once per engine, in a shipped locale (pseudo text would make
    // their failure messages harder to read).
    const selfTestLocale = chosen.find((l) => !isPseudo(l)) ?? chosen[0];
    const kindLocales = chosen.some((l) => KIND_LOCALES.includes(l)) ? KIND_LOCALES : [chosen[0]];
    for (const locale of chosen) await runLocale(rows, engine, name, shared, server, locale, locale === selfTestLocale, kindLocales.includes(locale));
  } finally {
    await stop(server.proc);
    await engine.tearDown(shared);
  }
  return rows;
}

const timings = {};
async function timed(name) {
  const started = Date.now();
  try {
    return await runEngine(name);
  } catch (e) {
    return [failedRow({ locale: "-", platform: ENGINES[name].platform, scenario: "-" }, name, "setup", `${name} could not run: ${e.message}`)];
  } finally {
    timings[name] = Date.now() - started;
  }
}

const started = Date.now();
for (const n of engineNames) rmSync(join(RESULTS, n), { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
let rows = [];
const dist = copyOfDist();
useDist(dist);
const build = buildIdOf(dist);
if (!build) throw new Error("dist/build-id is missing: run `bash .ci/build-web` first");
process.on("exit", () => rmSync(dist, { recursive: true, force: true }));
try {
  if (process.env.ENGINES_SERIAL) for (const n of engineNames) rows.push(...(await timed(n)));
  else rows = (await Promise.all(engineNames.map(timed))).flat();
} finally {
  await stopAll();
  rmSync(dist, { recursive: true, force: true });
}
timings.total = Date.now() - started;

// A filtered run is not the whole matrix; the review refuses it.
const filters = [["LOCALES", wantedLocales], ["SCENARIOS", wantedScenarios]].filter(([, v]) => v).map(([k, v]) => `${k}=${v.join(",")}`);
// Each engine's rows, for the review that joins them with Chromium's
// (e2e/engines/review.mjs); the build they describe goes with them.
for (const n of engineNames) {
  mkdirSync(join(RESULTS, n), { recursive: true });
  const mine = rows.filter((r) => r.engine === n);
  writeFileSync(join(RESULTS, n, "rows.json"), JSON.stringify({ engine: n, build, filters, ms: timings[n], rows: mine.map((r) => ({ ...r, shots: r.shots.map((f) => relative(RESULTS, f)) })) }, null, 2) + "\n");
}
console.log("");
printTable(rows);
writeMatrix(rows, timings);
process.exitCode = report(rows, timings, process.env.ENGINES_SERIAL ? "engines one after the other" : "engines in parallel");
