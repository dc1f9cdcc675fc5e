// Understandable at a glance: on a 360x640 phone, the disclosure's first
// screen answers what is sent, how many messages, to whom and why (the title,
// the headline and the summary), in every locale, before any scrolling.
import { test, expect, type Page } from "@playwright/test";
import { SNAPSHOT_REASON, snapshotLocales } from "./displayed";
import { stepReady } from "./flow";

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

const locales = snapshotLocales();
const FIRST_SCREEN = ["report-title", "headline", "summary"];

/** Each report kind, with its longest headline and summary. */
const SCENARIOS = ["full-window", "account-many", "account-none", "post-media"];

async function openDisclosure(page: Page, locale: string, scenario = "full-window") {
  await page.goto(`/?scenario=${scenario}&lang=${locale}&platform=android`);
  await stepReady(page, "reason");
  await page.locator(`input[name="reason"][value="${SNAPSHOT_REASON}"]`).check();
  await page.getByTestId("next").click();
  await stepReady(page, "disclosure");
}

/** What of the first screen is not wholly inside the 360x640 viewport as the step opens. */
async function offFirstScreen(page: Page): Promise<string[]> {
  return page.evaluate((ids) => {
    const problems: string[] = [];
    const scrolled = document.querySelector(".backdrop")?.scrollTop ?? 0;
    if (scrolled > 0) problems.push(`the dialog opens scrolled by ${scrolled}px`);
    for (const id of ids) {
      const el = document.getElementById(id) ?? document.querySelector(`[data-testid="${id}"]`);
      if (!el || !(el as HTMLElement).innerText.trim()) {
        problems.push(`${id}: not shown`);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
        problems.push(`${id}: at ${Math.round(r.top)}..${Math.round(r.bottom)}px, outside the first ${innerHeight}px`);
      }
    }
    return problems;
  }, FIRST_SCREEN);
}

for (const scenario of SCENARIOS) {
  for (const locale of locales) {
    test(`${locale}, ${scenario}: the first phone screen says what is sent, how many, to whom and why`, async ({ page }) => {
      await openDisclosure(page, locale, scenario);
      expect(await offFirstScreen(page)).toEqual([]);
    });
  }
}

test("self-test: a summary pushed below the first screen is found", async ({ page }) => {
  await openDisclosure(page, "en");
  // Through the CSSOM: the page's CSP refuses injected style sheets.
  await page.locator(".summary").evaluate((el: HTMLElement) => (el.style.marginTop = "640px"));
  const problems = await offFirstScreen(page);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^summary: at \d+\.\.\d+px, outside the first 640px$/);
});
