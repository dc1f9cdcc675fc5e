// Steps of the report flow through WebDriver, as a person performs them, and
// the demo server's record of what it received.
import { By } from "selenium-webdriver";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.mjs";
import { SNAPSHOT_REASON } from "./snapshots.mjs";
import { isPseudo } from "./browser-languages.mjs";
import { readTimeline, recordTimeline } from "./page-scripts.mjs";
import hostPages from "../page/host-pages.cjs";

const { hostPage } = hostPages;

const css = (s) => By.css(s);

/**
 * Opens the report dialog for a case. No `lang` for shipped locales: the
 * browser's language decides, as for real people.
 */
export async function openCase(driver, base, c) {
  const lang = isPseudo(c.locale) ? `&lang=${c.locale}` : "";
  await driver.get(`${base}/?scenario=${c.scenario}&platform=${c.platform}${lang}`);
  await recordTimeline(driver);
  await waitStep(driver, "reason");
}

// The build the run serves: run.mjs points this at its own copy of dist/, so
// a rebuild of dist/ during a run (another engineer's) changes nothing here.
let distDir = join(ROOT, "dist");
/** Reads the scenarios from `dir` (the run's copy of dist/) from now on. */
export const useDist = (dir) => {
  distDir = dir;
};

/** The snapshot scenarios: what each one reports (examples/chats/scenarios.json of the build served). */
export function scenarioOf(id) {
  const scenarios = JSON.parse(readFileSync(join(distDir, "examples", "chats", "scenarios.json"), "utf8"));
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`dist/examples/chats/scenarios.json has no scenario ${id}`);
  return s;
}

/** In the page: scrolls the element into view; true once it stayed in place for two frames. */
const STILL = `
  const [selector, done] = arguments;
  const el = document.querySelector(selector);
  el.scrollIntoView({ block: "center" });
  const at = () => { const r = el.getBoundingClientRect(); return r.top + "," + r.left; };
  const first = at();
  requestAnimationFrame(() => requestAnimationFrame(() => done(at() === first)));
`;

/**
 * Opens an example host (app/host/examples/<host>, which uses only the
 * component package) where the case's scenario is (a chat, a profile or the
 * feed) and presses "Report" there, as a person would.
 */
async function openInExampleHost(host, driver, base, c) {
  const { query, button, what } = hostPage(scenarioOf(c.scenario));
  const lang = isPseudo(c.locale) ? `&lang=${c.locale}` : "";
  await driver.get(`${base}/examples/${host}/?${query}&platform=${c.platform}${lang}`);
  await recordTimeline(driver);
  const located = css(button);
  await waitFor(driver, async () => (await driver.findElements(located)).length > 0, `the ${host} host shows no Report button for ${what}`);
  // A chat kit scrolls its list after it renders (to the latest message): a
  // click aimed while it moves lands beside the button. Wait until the button
  // stands still on screen.
  await waitFor(driver, () => driver.executeAsyncScript(STILL, button), `the ${host} host's Report button for ${what} kept moving`);
  await driver.findElement(located).click();
  await waitStep(driver, "reason");
}

/** The plain HTML + JavaScript host (app/host/examples/plain). */
export const openInPlainHost = (driver, base, c) => openInExampleHost("plain", driver, base, c);

/** The React host bundled by esbuild (app/host/examples/react). */
export const openInReactHost = (driver, base, c) => openInExampleHost("react", driver, base, c);

/**
 * The chat-kit host (app/host/examples/chatkit): a third-party React chat UI
 * kit, a CSS reset and hostile host CSS. It shows chats only (a message is
 * what it reports).
 */
export const openInChatkitHost = (driver, base, c) => openInExampleHost("chatkit", driver, base, c);

// A step is ready for the next action once the frame after its rendering has
// run: the component moves the focus to the step's title in that frame (and
// the benchmark marks it), and in Chromium focusing scrolls the dialog. Acting
// before that frame (a busy machine delays it) can compute a click position
// that the focus then scrolls away. One animation frame requested after the
// step is in the document runs after the component's own.
const STEP_READY = `const [step, done] = arguments;
  // The package renders the dialog inside the open shadow root of <report-disclosure-flow>;
  // the disclosure is ready for "Agree and send" once the component's display check ran.
  const dialog = () => (document.querySelector('[data-testid="report-dialog"]') ?? [...document.querySelectorAll("report-disclosure-flow")].map((h) => h.shadowRoot?.querySelector('[data-testid="report-dialog"]')).find(Boolean) ?? null);
  // A display check that failed closed replaces the disclosure for good:
  // answered at once, with the component's cause, instead of a long wait.
  const failed = dialog()?.getAttribute("data-display-check") === "failed" && step !== "not-displayed";
  if (failed) return done({ failed: dialog().querySelector('[data-step="not-displayed"]')?.getAttribute("data-cause") ?? "(no cause given)" });
  const shown = () => !!dialog()?.querySelector('[data-step="' + step + '"]') && dialog().getAttribute("data-display-check") !== "pending";
  if (!shown()) return done(false);
  // A page whose frames do not run (throttled, hidden) must not hang the
  // poll past the wait's own limit: it answers "not yet" instead.
  const later = setTimeout(() => done(false), 1000);
  requestAnimationFrame(() => { clearTimeout(later); done(shown()); });`;

/** Thrown by a wait when the component's on-device display check failed closed; `cause` is the component's. */
export class DisplayCheckFailed extends Error {
  constructor(step, cause) {
    super(`step "${step}" cannot come: the on-device display check failed closed (data-display-check="failed"): ${cause}`);
    this.name = "DisplayCheckFailed";
    this.cause = cause;
  }
}

export const waitStep = (driver, step, { ms } = {}) =>
  waitFor(driver, async () => {
    const ready = await driver.executeAsyncScript(STEP_READY, step);
    if (ready?.failed !== undefined) throw new DisplayCheckFailed(step, ready.failed);
    return ready === true;
  }, `step "${step}" did not appear`, ms);

/**
 * Waits for a state of the page; if it does not come, the error carries what
 * the page recorded (e2e/page/timeline.js), so a failure under load says
 * where the press landed and what the page did instead.
 */
async function waitFor(driver, condition, what, ms = 20_000) {
  try {
    await driver.wait(condition, ms);
  } catch (e) {
    const error = e.name === "TimeoutError" ? new Error(`${what} within ${ms / 1000} s`) : e;
    error.timeline ??= await readTimeline(driver);
    throw error;
  }
}

// WebDriver's findElement does not pierce shadow roots, and the package
// renders the dialog inside the open shadow root of <report-disclosure-flow>
// (the demo page renders it in the document). So the dialog's controls are
// located by a script that looks in both places and returns the element;
// WebDriver then clicks it as a person would (scrolled into view, at its
// centre, refused if something covers it). One way for Firefox and WebKit
// alike: no reliance on each driver's "find element from shadow root".
const DIALOG = `const dialog = document.querySelector('[data-testid="report-dialog"]') ??
    [...document.querySelectorAll("report-disclosure-flow")].map((h) => h.shadowRoot?.querySelector('[data-testid="report-dialog"]')).find(Boolean) ?? null;`;
const IN_DIALOG = `${DIALOG}
  return dialog && (arguments[0] === null ? dialog : dialog.querySelector(arguments[0]));`;

/**
 * The element `selector` matches inside the open report dialog (the dialog
 * itself for null), wherever the dialog is (document or the package's open
 * shadow root); throws, naming it, if there is none.
 */
export async function inDialog(driver, selector) {
  const el = await driver.executeScript(IN_DIALOG, selector);
  if (!el) throw new Error(`no ${selector ?? "report dialog"} ${selector ? "in the report dialog" : "on the page"} (looked in the document and in <report-disclosure-flow>'s shadow root)`);
  return el;
}

/** Whether a report dialog is open (in the document or a flow's shadow root). */
export const dialogOpen = (driver) => driver.executeScript(`${DIALOG} return dialog !== null;`);

// "Agree and send" is enabled only once the on-device display check passed
// (data-display-check="passed"); a press before that does nothing, and a
// check that failed closed (data-display-check="failed") never enables it.
const DISPLAY_CHECK = `${DIALOG}
  if (!dialog) return { state: "no dialog" };
  const agree = dialog.querySelector('[data-testid="agree"]');
  return { state: dialog.getAttribute("data-display-check"), enabled: !!agree && !agree.disabled,
    cause: dialog.querySelector('[data-step="not-displayed"]')?.getAttribute("data-cause") ?? "(no cause given)" };`;

async function waitDisplayPassed(driver) {
  await waitFor(driver, async () => {
    const now = await driver.executeScript(DISPLAY_CHECK);
    if (now.state === "failed") throw new DisplayCheckFailed("receipt", now.cause);
    return now.state === "passed" && now.enabled;
  }, 'the display check did not pass (data-display-check did not become "passed" with "Agree and send" enabled)');
}

export async function chooseReasonAndContinue(driver) {
  const radio = await inDialog(driver, `input[name="reason"][value="${SNAPSHOT_REASON}"]`);
  if (!(await radio.isSelected())) await radio.click();
  await (await inDialog(driver, '[data-testid="next"]')).click();
  await waitStep(driver, "disclosure");
}

export async function agree(driver) {
  await waitDisplayPassed(driver);
  await (await inDialog(driver, '[data-testid="agree"]')).click();
  await waitStep(driver, "receipt");
}

export async function cancel(driver, { ms } = {}) {
  await (await inDialog(driver, '[data-testid="cancel"]')).click();
  await waitFor(driver, async () => !(await dialogOpen(driver)), "the dialog stayed open after Cancel", ms);
}

/** Everything the demo server received, in arrival order, a page at a time. */
export async function serverReports(base) {
  const all = [];
  let url = `${base}/api/reports?limit=1000`;
  for (;;) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`GET ${url}: ${r.status}`);
    const page = await r.json();
    all.push(...page.reports);
    if (!page.next_after) return all;
    url = `${base}/api/reports?limit=1000&after=${page.next_after}`;
  }
}
