// Steps of the report flow through WebDriver, as a person performs them, and
// the demo server's record of what it received.
import { By, until } from "selenium-webdriver";
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

export const waitStep = (driver, step) =>
  driver.wait(until.elementLocated(css(`[data-testid="report-dialog"] [data-step="${step}"]`)), 20_000, `step "${step}" did not appear within 20 s`);

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
  await driver.wait(async () => (await driver.findElements(css('[data-testid="report-dialog"]'))).length === 0, 5_000, "the dialog stayed open after Cancel");
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
