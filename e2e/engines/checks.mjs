// The checks the Chromium suite makes, for one WebDriver session: displayed
// wording (with glyphs), payload equals preview, nothing before agreement,
// and the browser's language choosing the wording.
import { createTwoFilesPatch } from "diff";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { approvedSteps, snapshotPath, SNAPSHOT_REFERENCE } from "./snapshots.mjs";
import { displayedStep, missingGlyphs, previewedLines, reportRequestsSeen, stepMarkedText } from "./page-scripts.mjs";
import { agree, cancel, chooseReasonAndContinue, DisplayCheckFailed, inDialog, openCase, scenarioOf, serverReports, waitStep } from "./flow.mjs";
import { ALTERED_DRAFT, UNALTERED_DRAFT } from "./services.mjs";
import { browserTag } from "./browser-languages.mjs";
import { RESULTS } from "./paths.mjs";

const patch = (fromName, toName, from, to, header) =>
  createTwoFilesPatch(fromName, toName, from.join("\n") + "\n", to.join("\n") + "\n", header, header, { context: 2 });

async function screenshot(s, c, step) {
  const dir = join(RESULTS, s.engine);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${c.locale}-${c.platform}-${c.scenario}${s.tag ?? ""}-${step}.png`);
  // In the package's open shadow root in the example hosts, which
  // WebDriver's findElement does not enter (see inDialog).
  const section = await inDialog(s.driver, `[data-step="${step}"]`);
  // The dialog scrolls inside the viewport, and both WebDriver engines capture
  // only what the viewport shows; the step's start (title and headline) is
  // what a person sees first, so that is the screenshot.
  await s.driver.executeScript("arguments[0].scrollIntoView({ block: 'start' })", section);
  const png = await s.driver.takeScreenshot();
  writeFileSync(file, png, "base64");
  return file;
}

// The server numbers references R-000001, R-000002, ...; the approved text says
// R-123456. WebDriver cannot answer the POST the way Playwright's route does,
// so the receipt is checked against the real server: the reference the page
// shows must be the one the server gave this report, and only that exact
// string is replaced by the snapshot's placeholder before the otherwise exact
// comparison. A wrong or missing reference on the page still fails.
function withSnapshotReference(lines, reference) {
  return lines.map((line) => line.split(reference).join(SNAPSHOT_REFERENCE));
}

// Firefox's innerText leaves out bidi control characters (U+200E/F, U+202A-E,
// U+061C; measured on ESR with the ar-XB pseudo-locale, whose words are wrapped
// in RLM+RLO..PDF+RLM), while Chromium and WebKitGTK keep them. They draw
// nothing, so what a person sees is the same. displayed.js says whether the
// engine keeps them (the component's own check relies on the same answer);
// where it drops them, they are removed from both sides before comparing.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E]/g;

/**
 * Walks the flow for case `c` like checkCase in e2e/tests/displayed.ts; returns
 * one readable failure per step that is off. `prepare` runs once the page is up
 * (the self-test injects CSS there); `open` opens the flow (default: the demo
 * page; `openInPlainHost`, `openInReactHost`: the example hosts that use only
 * the package).
 */
export async function checkWording(s, c, { prepare, open = openCase } = {}) {
  const { driver, base } = s;
  const failures = [];
  const received = (await serverReports(base)).length;
  await open(driver, base, c);
  if (prepare) await prepare(driver);
  const advance = {
    reason: () => chooseReasonAndContinue(driver),
    disclosure: () => agree(driver),
    receipt: async () => {},
  };
  for (let [step, expected] of approvedSteps(c)) {
    await waitStep(driver, step);
    const shown = await displayedStep(driver, step);
    let lines = shown.lines;
    if (step === "receipt") {
      const fresh = (await serverReports(base)).slice(received);
      if (fresh.length !== 1) failures.push(`step receipt: the server received ${fresh.length} reports for one agreement (expected 1)`);
      else if (fresh[0].verified !== true) {
        failures.push(`step receipt: the receiver could not verify that the approved notice was shown (${fresh[0].unverified_reason})`);
      } else if (!lines.some((l) => l.includes(fresh[0].reference))) {
        failures.push(`step receipt: the reference the server gave (${fresh[0].reference}) is not shown`);
      } else lines = withSnapshotReference(lines, fresh[0].reference);
    }
    const glyphs = await missingGlyphs(driver, stepMarkedText(step));
    s.shots.push(await screenshot(s, c, step));
    const comparable = shown.keepsBidiControls === false ? (l) => l.replace(BIDI_CONTROLS, "") : (l) => l;
    lines = lines.map(comparable);
    expected = expected.map(comparable);
    if (lines.join("\n") !== expected.join("\n")) {
      failures.push(`step ${step}: the displayed wording differs from the approved snapshot\n` +
        patch(`approved: ${snapshotPath(c)}`, `displayed in ${s.engine}`, expected, lines, `step ${step}`));
    }
    if (shown.problems.length) failures.push(`step ${step}: approved wording is not readable on screen:\n  - ${shown.problems.join("\n  - ")}`);
    for (const g of glyphs.filter((g) => g.missing.length)) {
      failures.push(`step ${step}: no installed font draws ${g.missing.join(", ")} (shown as boxes) in "${g.text}" (font ${g.font})`);
    }
    if (step === "disclosure") {
      const early = await reportRequestsSeen(driver);
      if (early.length) failures.push(`step disclosure: the page contacted ${early.join(", ")} before agreement`);
    }
    const next = advance[step];
    if (!next) {
      failures.push(`the snapshot has a step "${step}" the flow does not have`);
      break;
    }
    try {
      await next();
    } catch (e) {
      // The component refused to show the disclosure as unreadable (or to
      // enable "Agree and send"): a finding of this check, not a stop.
      if (!(e instanceof DisplayCheckFailed)) throw e;
      failures.push(`after step ${step}: ${e.message}`);
      break;
    }
  }
  return failures;
}

/**
 * (b) What the server receives is exactly what the preview shows as sent, for
 * every kind (e2e/page/previewed.js): a message report's messages with their
 * roles (the chosen one among them), an account's facts and the messages
 * received from it, a post with its text, every media link and its author's
 * facts. `open` opens the flow (default: the demo page); `prepare` runs at
 * the disclosure step, before the preview is read (the self-test alters the
 * preview there).
 */
export async function checkPayload(s, c, { open = openCase, prepare } = {}) {
  const { driver, base } = s;
  const failures = [];
  const kind = scenarioOf(c.scenario).kind;
  await open(driver, base, c);
  await chooseReasonAndContinue(driver);
  if (prepare) await prepare(driver);
  const previewed = await previewedLines(driver);
  if (!previewed.length) return ["the preview shows nothing as sent"];
  if (kind === "message") {
    const chosen = previewed.filter((l) => l.startsWith("chosen "));
    if (chosen.length !== 1) return [`the preview marks ${chosen.length} messages as the chosen one (expected 1)`];
  }
  const received = (await serverReports(base)).length;
  await agree(driver);
  const mine = (await serverReports(base)).slice(received);
  if (mine.length !== 1) return [`the server received ${mine.length} reports after one agreement (expected 1)`];
  const reported = Object.keys(mine[0].payload.reported ?? {});
  if (reported.join() !== kind) failures.push(`the payload reports ${JSON.stringify(reported)}; scenario ${c.scenario} reports a ${kind}`);
  const sent = await previewedLines(driver, mine[0].payload);
  if (sent.join("\n") !== previewed.join("\n")) {
    failures.push(`the payload differs from the preview\n${patch("shown in the preview as sent", "received by the server", previewed, sent, kind)}`);
  }
  // Proves that Resource Timing sees this engine's fetch at all; without it
  // the "no request before agreement" checks could never fail.
  const seen = await reportRequestsSeen(driver);
  if (!seen.length) failures.push("Resource Timing shows no /api/reports request even after agreement: the before-agreement checks would be blind");
  return failures;
}

/** (c) Nothing reaches the server, nor is requested, before agreement; Cancel sends nothing. */
export async function checkNothingBeforeAgreement(s, c) {
  const { driver, base } = s;
  const failures = [];
  const received = (await serverReports(base)).length;
  await openCase(driver, base, c);
  await chooseReasonAndContinue(driver);
  const early = await reportRequestsSeen(driver);
  if (early.length) failures.push(`the page contacted ${early.join(", ")} before agreement`);
  await cancel(driver);
  // Not a wait for a state (there is none to wait for: nothing must happen).
  // It is how long a late send after Cancel is looked for; on a slow machine
  // it can only miss a late send, never fail a correct page.
  await driver.sleep(500);
  const late = await reportRequestsSeen(driver);
  if (late.length) failures.push(`the page contacted ${late.join(", ")} after Cancel`);
  const now = (await serverReports(base)).length;
  if (now !== received) failures.push(`the server received ${now - received} reports after Cancel (expected none)`);
  return failures;
}

/** The browser's own language setting, with no `lang` in the URL, picks the wording. */
export async function checkLanguage(s, c) {
  const { driver, base } = s;
  await openCase(driver, base, c);
  const [languages, lang] = await driver.executeScript("return [navigator.languages, document.documentElement.lang]");
  const failures = [];
  if (languages[0] !== browserTag(c.locale)) failures.push(`navigator.languages is ${JSON.stringify(languages)}, expected ${browserTag(c.locale)} first: the browser's language is not set`);
  if (lang !== c.locale) failures.push(`the page negotiated <html lang="${lang}"> from ${JSON.stringify(languages)}, expected "${c.locale}"`);
  return failures;
}

/**
 * (e) A client whose wording was altered (a draft loaded at run time) still
 * files its report, and the receiver marks it unverified; the same draft
 * unaltered verifies, so the mark comes from the alteration.
 */
export async function checkAlteredWording(s, c) {
  const { driver, base } = s;
  const failures = [];
  for (const [draft, expected] of [[ALTERED_DRAFT, "unknown_notice_version"], [UNALTERED_DRAFT, null]]) {
    const received = (await serverReports(base)).length;
    await driver.get(`${base}/?scenario=${c.scenario}&platform=${c.platform}&lang=${c.locale}&ftl=/${draft(c.locale)}`);
    await waitStep(driver, "reason");
    await chooseReasonAndContinue(driver);
    await agree(driver);
    const fresh = (await serverReports(base)).slice(received);
    const got = fresh.map((r) => (r.verified ? null : r.unverified_reason));
    if (fresh.length !== 1 || got[0] !== expected) {
      failures.push(`draft ${draft(c.locale)}: the receiver filed ${JSON.stringify(got)} (verified = null); expected [${JSON.stringify(expected)}]`);
    }
  }
  return failures;
}
