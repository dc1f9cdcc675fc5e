// Runs the report checks in WebKitGTK (ios) and Firefox ESR (desktop):
//   node e2e/engines/run.mjs            (from the repository root)
// Filters: ENGINES=webkit,firefox  LOCALES=ja,en  SCENARIOS=full-window
//          ENGINES_SERIAL=1 runs one engine after the other (default: both at once).
// Writes e2e/engine-results/{matrix.json,matrix.html,<engine>/*.png}; exits 1 on any failure.
import { mkdirSync, rmSync } from "node:fs";
import { ENGINES } from "./engines.mjs";
import { casesFor, locales } from "./snapshots.mjs";
import { checkLanguage, checkNothingBeforeAgreement, checkPayload, checkWording } from "./checks.mjs";
import { selfTestEngineOnlyCss, selfTestGlyphs } from "./self-test.mjs";
import { startReportServer } from "./services.mjs";
import { stop, stopAll } from "./processes.mjs";
import { printTable, writeMatrix } from "./matrix.mjs";
import { RESULTS } from "./paths.mjs";

const list = (v) => (v ? v.split(",").map((x) => x.trim()).filter(Boolean) : null);
const engineNames = list(process.env.ENGINES) ?? Object.keys(ENGINES);
const wantedLocales = list(process.env.LOCALES);
const wantedScenarios = list(process.env.SCENARIOS);
// Payload and Cancel checks need one scenario with messages on both sides.
const FLOW_SCENARIO = "full-window";

for (const e of engineNames) if (!ENGINES[e]) throw new Error(`unknown engine ${e}; known: ${Object.keys(ENGINES).join(", ")}`);

async function runCheck(rows, s, c, check, fn) {
  const row = { ...c, engine: s.engine, check, ok: false, failures: [], shots: [], ms: 0 };
  const t0 = Date.now();
  try {
    row.failures = await fn({ ...s, shots: row.shots }, c);
  } catch (e) {
    row.failures = [`${check} stopped: ${e.message.split("\n")[0]}`];
  }
  row.ms = Date.now() - t0;
  row.ok = row.failures.length === 0;
  rows.push(row);
  console.log(`${row.ok ? "pass" : "FAIL"}  ${s.engine} ${c.locale} ${c.platform} ${c.scenario} ${check} (${row.ms} ms)`);
}

async function runEngine(name) {
  const engine = ENGINES[name];
  const rows = [];
  const shared = await engine.setUp();
  const server = await startReportServer(name);
  try {
    const chosen = locales().filter((l) => !wantedLocales || wantedLocales.includes(l));
    for (const [i, locale] of chosen.entries()) {
      const cases = casesFor(locale, engine.platform).filter((c) => !wantedScenarios || wantedScenarios.includes(c.scenario));
      if (!cases.length) continue;
      const flowCase = cases.find((c) => c.scenario === FLOW_SCENARIO) ?? cases[0];
      const session = await engine.openSession(shared, locale);
      const s = { engine: name, driver: session.driver, base: server.base };
      try {
        await runCheck(rows, s, flowCase, "language", checkLanguage);
        for (const c of cases) await runCheck(rows, s, c, "wording", checkWording);
        await runCheck(rows, s, flowCase, "payload", checkPayload);
        await runCheck(rows, s, flowCase, "nothing-before-agreement", checkNothingBeforeAgreement);
        if (i === 0) {
          await runCheck(rows, s, { ...flowCase, scenario: `self-test ${flowCase.scenario}` }, "webkit-only-css", (s2, c) =>
            selfTestEngineOnlyCss(s2, { ...c, scenario: flowCase.scenario }),
          );
          await runCheck(rows, s, { ...flowCase, scenario: `self-test ${flowCase.scenario}` }, "glyphs", (s2, c) =>
            selfTestGlyphs(s2, { ...c, scenario: flowCase.scenario }),
          );
        }
      } finally {
        await session.close();
      }
    }
  } finally {
    await stop(server.proc);
    await engine.tearDown(shared);
  }
  return rows;
}

const t0 = Date.now();
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const timings = {};
const timed = async (name) => {
  const start = Date.now();
  try {
    return await runEngine(name);
  } catch (e) {
    const c = { locale: "-", platform: ENGINES[name].platform, scenario: "-" };
    return [{ ...c, engine: name, check: "setup", ok: false, failures: [`${name} could not run: ${e.message}`], shots: [], ms: 0 }];
  } finally {
    timings[name] = Date.now() - start;
  }
};
let rows;
try {
  rows = process.env.ENGINES_SERIAL
    ? await engineNames.reduce(async (acc, n) => [...(await acc), ...(await timed(n))], Promise.resolve([]))
    : (await Promise.all(engineNames.map(timed))).flat();
} finally {
  await stopAll();
}
timings.total = Date.now() - t0;

console.log("");
printTable(rows);
writeMatrix(rows, timings);
const failed = rows.filter((r) => !r.ok);
for (const r of failed) {
  console.log(`\nFAIL locale ${r.locale}, platform ${r.platform}, engine ${r.engine}, scenario ${r.scenario}, check ${r.check}:`);
  for (const f of r.failures) console.log(`  ${f.replace(/\n/g, "\n  ")}`);
}
console.log(`\nwall time: ${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(", ")}` +
  `${process.env.ENGINES_SERIAL ? " (engines one after the other)" : " (engines in parallel)"}`);
console.log(`${rows.length - failed.length} passed, ${failed.length} failed; results in e2e/engine-results/matrix.html`);
process.exitCode = failed.length ? 1 : 0;
