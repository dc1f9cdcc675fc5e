// Proofs that the engine checks can fail: run at the end of every engine run,
// they make the suite fail if a detection ever stops working.
import { checkPayload, checkWording } from "./checks.mjs";
import { missingGlyphs } from "./page-scripts.mjs";
import { cancel, chooseReasonAndContinue, inDialog, openCase, waitStep } from "./flow.mjs";

// WebKitGTK supports the prefixed -webkit-backdrop-filter; Firefox ESR and
// Chromium do not (measured with CSS.supports). So this rule is a bug only
// WebKit shows. It goes in through CSSOM because the demo's CSP
// (style-src 'self') blocks inline <style>, but not insertRule; into the
// stylesheets of the tree the dialog is in (the document on the demo page,
// the package's shadow root in a host), where its selector can match.
const WEBKIT_ONLY_RULE = '@supports (-webkit-backdrop-filter: none) { [data-testid="report-dialog"] [data-snap="title"] { visibility: hidden } }';

async function injectWebkitOnlyBug(driver) {
  const inserted = await driver.executeScript(
    `const dialog = document.querySelector('[data-testid="report-dialog"]') ?? [...document.querySelectorAll("report-disclosure-flow")].map((h) => h.shadowRoot?.querySelector('[data-testid="report-dialog"]')).find(Boolean);
     const sheet = dialog?.getRootNode().styleSheets[0]; if (!sheet) return false;
     const n = sheet.cssRules.length; sheet.insertRule(arguments[0], n); return sheet.cssRules.length === n + 1;`,
    WEBKIT_ONLY_RULE,
  );
  if (!inserted) throw new Error("could not insert the WebKit-only rule");
}

/** WebKit must report the hidden title; any other engine must pass untouched. */
export async function selfTestEngineOnlyCss(s, c) {
  const failures = await checkWording({ ...s, tag: "-selftest-css" }, c, { prepare: injectWebkitOnlyBug });
  const caught = failures.some((f) => f.includes("visibility: hidden") && f.startsWith("step reason"));
  if (s.engine === "webkit") {
    return caught ? [] : [`the title hidden by a WebKit-only rule was NOT detected; the check reported:\n${failures.join("\n") || "(nothing)"}`];
  }
  return failures.length ? [`a WebKit-only rule was reported on ${s.engine}, where it does not apply:\n${failures.join("\n")}`] : [];
}

// U+E000 (Private Use) and U+10000 (Linear B) have no font on these machines
// (fc-list ':charset=e000' is empty); Japanese has Noto Sans CJK.
const GLYPH_PROBES = [
  { text: "通報を送信する前に", missing: [] },
  { text: "Report \uE000", missing: ["U+E000"] },
  { text: "Linear B \u{10000}", missing: ["U+10000"] },
];

/** glyphs.js must flag the characters no font draws, and only those. */
export async function selfTestGlyphs(s, c) {
  const { driver, base } = s;
  await openCase(driver, base, c);
  await driver.executeScript(
    `const dialog = document.querySelector('[data-testid="report-dialog"]') ?? [...document.querySelectorAll("report-disclosure-flow")].map((h) => h.shadowRoot?.querySelector('[data-testid="report-dialog"]')).find(Boolean);
     const host = dialog.querySelector('[data-step]');
     for (const [i, t] of arguments[0].entries()) {
       const p = document.createElement('p');
       p.setAttribute('data-glyph-probe', i);
       p.textContent = t;
       host.append(p);
     }`,
    GLYPH_PROBES.map((p) => p.text),
  );
  const found = await missingGlyphs(driver, "[data-glyph-probe]");
  return GLYPH_PROBES.flatMap((p, i) => {
    const got = found[i]?.missing ?? ["(element not found)"];
    return got.join() === p.missing.join()
      ? []
      : [`glyph check on "${p.text}": expected missing [${p.missing}], got [${got}] (font ${found[i]?.font})`];
  });
}

/**
 * A wait that gives up must say what the page did. Cancel is made to do
 * nothing (its click stops before any handler), so the dialog stays open: the
 * failure must carry the page's timeline, with the press on Cancel and the
 * step still shown.
 */
export async function selfTestTimeline(s, c) {
  const { driver, base } = s;
  await openCase(driver, base, c);
  await chooseReasonAndContinue(driver);
  // composedPath: in a shadow root, e.target at the window is the shadow host.
  await driver.executeScript(`window.addEventListener('click', (e) => {
    if (e.composedPath()[0]?.closest?.('[data-testid="cancel"]')) e.stopPropagation();
  }, true);`);
  let error;
  try {
    await cancel(driver, { ms: 2_000 });
  } catch (e) {
    error = e;
  }
  if (!error) return ["Cancel closed the dialog although its click was stopped: the fault was not injected"];
  return unexplained(error, [/pointerdown at \d+,\d+ on button\[cancel\]/, /dialog shows step disclosure/]);
}

function unexplained(error, expected) {
  const timeline = (error.timeline ?? []).join("\n");
  const missing = expected.filter((re) => !re.test(timeline));
  return missing.length ? [`the failure "${error.message}" does not explain itself; the timeline lacks ${missing.join(", ")}:\n${timeline || "(empty)"}`] : [];
}

/**
 * A page whose frames never run (a throttled or frozen page) must not hang the
 * step wait past its limit, and the failure must still carry the timeline:
 * the disclosure is shown, but the frame after it never comes.
 */
export async function selfTestFrozenFrames(s, c) {
  const { driver, base } = s;
  await openCase(driver, base, c);
  await driver.executeScript("window.requestAnimationFrame = () => 0;");
  await (await inDialog(driver, 'input[name="reason"]')).click();
  await (await inDialog(driver, '[data-testid="next"]')).click();
  const started = Date.now();
  let error;
  try {
    await waitStep(driver, "disclosure", { ms: 3_000 });
  } catch (e) {
    error = e;
  }
  const took = Date.now() - started;
  if (!error) return ["the disclosure counted as ready although no frame ran after it: the fault was not injected"];
  const late = took > 8_000 ? [`the wait gave up after ${took} ms, far past its 3 s limit: a poll hung`] : [];
  return [...late, ...unexplained(error, [/dialog shows step disclosure/])];
}

/**
 * The payload check must see a preview that shows other than what is sent:
 * at the disclosure, the post's second media link and its author's photo
 * are altered on screen (the payload is built from the report, not from the
 * page), so both must show up as differences.
 */
export async function selfTestPayloadPreview(s, c) {
  const alter = (driver) =>
    driver.executeScript(`const dialog = document.querySelector('[data-testid="report-dialog"]') ?? [...document.querySelectorAll("report-disclosure-flow")].map((h) => h.shadowRoot?.querySelector('[data-testid="report-dialog"]')).find(Boolean);
      const step = dialog.querySelector('[data-step="disclosure"]');
      const img = step.querySelectorAll('[data-testid="preview"] figure.media img')[1];
      const photo = step.querySelector('[data-testid="profile"] > dd.photo img');
      if (!img || !photo) return false;
      img.setAttribute('src', '/media/not-sent.svg');
      photo.setAttribute('src', '/media/not-the-photo.svg');
      return true;`).then((done) => {
      if (!done) throw new Error("the post's second media or its author's photo is not in the preview: the fault was not injected");
    });
  const failures = await checkPayload(s, c, { prepare: alter });
  const diff = failures.find((f) => f.startsWith("the payload differs from the preview")) ?? "";
  const caught = ["/media/not-sent.svg", "/media/not-the-photo.svg"].every((altered) => diff.includes(altered));
  return caught && failures.length === 1 ? [] : [`the altered preview was NOT reported as differing from the payload (media link and photo); the check reported:\n${failures.join("\n") || "(nothing)"}`];
}
