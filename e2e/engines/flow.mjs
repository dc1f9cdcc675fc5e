// Steps of the report flow through WebDriver, as a person performs them, and
// the demo server's record of what it received.
import { By } from "selenium-webdriver";
import { SNAPSHOT_REASON } from "./snapshots.mjs";
import { isPseudo } from "./browser-languages.mjs";

const css = (s) => By.css(s);

/**
 * Opens the report dialog for a case. No `lang` for shipped locales: the
 * browser's language decides, as for real people.
 */
export async function openCase(driver, base, c) {
  const lang = isPseudo(c.locale) ? `&lang=${c.locale}` : "";
  await driver.get(`${base}/?scenario=${c.scenario}&platform=${c.platform}${lang}`);
  await waitStep(driver, "reason");
}

// A step is ready for the next action once it holds the keyboard focus: the
// component moves focus to the step's title one frame after rendering it, and
// focusing scrolls the dialog back to the title. Acting before that frame (a
// busy machine delays it by seconds) lets WebDriver scroll a button into view
// and compute where to click, and then the focus moves the button away: a
// Cancel click landed on the preview and the dialog stayed open.
const STEP_READY = `const step = document.querySelector('[data-testid="report-dialog"] [data-step="' + arguments[0] + '"]');
  const focused = document.activeElement;
  return !!step && !!focused && focused.id === 'report-title' && step.contains(focused);`;

export const waitStep = (driver, step) =>
  driver.wait(() => driver.executeScript(STEP_READY, step), 20_000, `step "${step}" did not appear with focus on its title within 20 s`);

export async function chooseReasonAndContinue(driver) {
  const radio = await driver.findElement(css(`input[name="reason"][value="${SNAPSHOT_REASON}"]`));
  if (!(await radio.isSelected())) await radio.click();
  await driver.findElement(css('[data-testid="next"]')).click();
  await waitStep(driver, "disclosure");
}

export async function agree(driver) {
  await driver.findElement(css('[data-testid="agree"]')).click();
  await waitStep(driver, "receipt");
}

export async function cancel(driver) {
  await driver.findElement(css('[data-testid="cancel"]')).click();
  await driver.wait(async () => (await driver.findElements(css('[data-testid="report-dialog"]'))).length === 0, 20_000, "the dialog stayed open after Cancel");
}

/** The preview entries marked as sent, as the person reads them. */
export const sentEntries = (driver) =>
  driver.executeScript(`return [...document.querySelectorAll('[data-testid="preview"] > li[data-sent="true"]')].map((li) => ({
    id: li.getAttribute('data-message-id'),
    role: li.getAttribute('data-role'),
    text: li.querySelector('.content')?.innerText ?? null,
  }));`);

/** Everything the demo server received, in arrival order. */
export async function serverReports(base) {
  const r = await fetch(`${base}/api/reports`);
  if (!r.ok) throw new Error(`GET /api/reports: ${r.status}`);
  return r.json();
}
